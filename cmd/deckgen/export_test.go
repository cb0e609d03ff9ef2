package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tariffQuiz assembles the quiz a teacher makes first: 20 cards on
// tariffs, seed 7.
func tariffQuiz(t *testing.T) string {
	t.Helper()
	quiz := filepath.Join(t.TempDir(), "quiz.json")
	code, _, stderr := runCommand(t, "assemble", corpusDeck, "--tag", "tariffs", "--count", "20", "--seed", "7", "-o", quiz)
	require.Equal(t, 0, code, stderr)
	return quiz
}

func TestExportEveryFormat(t *testing.T) {
	quiz := tariffQuiz(t)
	dir := t.TempDir()
	for _, name := range exporterNames() {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, "quiz."+name)
			code, _, stderr := runCommand(t, "export", quiz, "--format", name, "-o", out)
			require.Equal(t, 0, code, stderr)
			info, err := os.Stat(out)
			require.NoError(t, err)
			assert.Positive(t, info.Size())
			assert.Contains(t, stderr, "of 20 cards as "+name)
		})
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	for _, tt := range []struct {
		name    string
		command string
		args    []string
		msg     string
	}{
		{"export: no format", "export", []string{"testdata/check/good.json", "-o", out}, "usage: deckgen export"},
		{"export: unknown format", "export", []string{"testdata/check/good.json", "--format", "docx", "-o", out}, `--format "docx": want one of`},
		{"export: invalid deck", "export", []string{"testdata/check/invalid.json", "--format", "csv", "-o", out}, "testdata/check/invalid.json: line 5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCommand(t, tt.command, tt.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr, tt.msg)
			_, err := os.Stat(out)
			assert.ErrorIs(t, err, os.ErrNotExist, "a failed command leaves no output")
		})
	}
}

func TestExportHelp(t *testing.T) {
	for _, command := range []string{"export", "merge", "assemble"} {
		code, out, _ := runCommand(t, command, "-h")
		assert.Equal(t, 0, code, command)
		assert.Contains(t, out, "examples:\n  deckgen "+command, command)
	}
}
