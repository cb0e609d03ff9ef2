package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func TestAssembleWritesAValidQuiz(t *testing.T) {
	out := filepath.Join(t.TempDir(), "quiz.json")
	code, _, stderr := runCommand(t, "assemble", corpusDeck, "--tag", "tariffs", "--count", "20", "--seed", "7", "-o", out, "--title", "関税")
	require.Equal(t, 0, code, stderr)
	quiz, err := deck.Read(out)
	require.NoError(t, err)
	assert.Len(t, quiz.Cards, 20)
	assert.Equal(t, "関税", quiz.Title)
	assert.Contains(t, stderr, "20 cards on 20 facts")

	again := filepath.Join(t.TempDir(), "again.json")
	code, _, stderr = runCommand(t, "assemble", "-o", again, "--seed=7", "--count=20", "--tag=tariffs", "--title=関税", corpusDeck)
	require.Equal(t, 0, code, stderr)
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(again)
	assert.Equal(t, string(a), string(b), "flags in any place, the same seed: the same file")
}

func TestAssembleErrorsLeaveNoFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "quiz.json")
	for _, tt := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no output", []string{corpusDeck}, "usage: deckgen assemble"},
		{"bad order", []string{corpusDeck, "-o", out, "--order", "abc"}, `order "abc"`},
		{"nothing passes", []string{corpusDeck, "-o", out, "--text", "zzz-none"}, "no card passes the filter"},
		{"missing deck", []string{"nope.json", "-o", out}, "nope.json"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCommand(t, "assemble", tt.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr, tt.msg)
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Empty(t, entries, "a failed command writes nothing")
		})
	}
}
