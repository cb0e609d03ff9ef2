package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const corpusDeck = "../../assets/decks/corpus.json"

func TestListFiltersAsTableAndJSON(t *testing.T) {
	code, table, stderr := runCommand(t, "list", corpusDeck, "--tag", "tariffs", "--type", "mcq")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(table), "\n")
	assert.Contains(t, lines[0], "PROMPT")
	require.Greater(t, len(lines), 2)
	for _, l := range lines[1:] {
		assert.Contains(t, l, " mcq ")
	}

	// Flags before the file give the same cards.
	code, out, stderr := runCommand(t, "list", "--json", "--tag", "tariffs", "--type=mcq", corpusDeck)
	require.Equal(t, 0, code, stderr)
	var rows []listedCard
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	assert.Len(t, rows, len(lines)-1)
	for _, r := range rows {
		assert.Contains(t, r.Tags, "topic:trade-tariffs")
		assert.NotEmpty(t, r.Source)
	}
	var all struct {
		Cards []json.RawMessage `json:"cards"`
	}
	data, err := os.ReadFile(corpusDeck)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &all))
	assert.Contains(t, stderr, fmt.Sprintf("%d of %d cards", len(rows), len(all.Cards)))
}

func TestListNothingMatchesIsAnEmptyList(t *testing.T) {
	code, out, stderr := runCommand(t, "list", corpusDeck, "--text", "zzz-none", "--json")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "[]\n", out)
}

func TestListHelpAndErrors(t *testing.T) {
	code, out, _ := runCommand(t, "list", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "examples:")
	assert.Contains(t, out, "--tag tariffs")

	for _, tt := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no deck", nil, "usage: deckgen list"},
		{"two decks", []string{corpusDeck, corpusDeck}, "usage: deckgen list"},
		{"bad flag", []string{corpusDeck, "--colour"}, "flag provided but not defined: -colour"},
		{"invalid deck", []string{"testdata/check/invalid.json"}, "testdata/check/invalid.json: line 5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCommand(t, "list", tt.args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tt.msg)
		})
	}
}
