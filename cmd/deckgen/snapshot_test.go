package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func TestSnapshot(t *testing.T) {
	out := filepath.Join(t.TempDir(), "good.snapshot")
	code, stdout, stderr := runCommand(t, "snapshot", "-o", out, "testdata/check/good.json")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, out+": 6 cards")

	data, err := os.ReadFile(out)
	require.NoError(t, err)
	got, err := deck.DecodeSnapshot(data)
	require.NoError(t, err)
	want, err := deck.Read("testdata/check/good.json")
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestSnapshotErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.snapshot")
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"no output", []string{"testdata/check/good.json"}, "usage: deckgen snapshot"},
		{"no deck", []string{"-o", out}, "usage: deckgen snapshot"},
		{"invalid deck", []string{"-o", out, "testdata/check/invalid.json"}, "testdata/check/invalid.json: line 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCommand(t, "snapshot", tt.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, tt.msg)
			assert.NoFileExists(t, out, "nothing is written for bad input")
		})
	}
}
