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

func TestExportAndImportErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("prompt,answer\n問い,答え\n問い2,\n"), 0o644))
	noTab := filepath.Join(dir, "set.tsv")
	require.NoError(t, os.WriteFile(noTab, []byte("term\tdefinition\nno tab here\n"), 0o644))
	for _, tt := range []struct {
		name    string
		command string
		args    []string
		msg     string
	}{
		{"export: no format", "export", []string{"testdata/check/good.json", "-o", out}, "usage: deckgen export"},
		{"export: unknown format", "export", []string{"testdata/check/good.json", "--format", "docx", "-o", out}, `--format "docx": want one of`},
		{"export: invalid deck", "export", []string{"testdata/check/invalid.json", "--format", "csv", "-o", out}, "testdata/check/invalid.json: line 5"},
		{"import: unknown format", "import", []string{bad, "--format", "xls", "-o", out}, `--format "xls": want one of`},
		{"import: empty answer", "import", []string{bad, "--format", "csv", "-o", out}, bad + `: line 3: card`},
		{"import: no tab", "import", []string{noTab, "--format", "quizlet", "-o", out}, noTab + ": line 2: no tab between the term and the definition"},
		{"import: missing file", "import", []string{filepath.Join(dir, "nope.csv"), "--format", "csv", "-o", out}, "nope.csv"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCommand(t, tt.command, tt.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr, tt.msg)
			_, err := os.Stat(out)
			assert.ErrorIs(t, err, os.ErrNotExist, "a failed command leaves no output")
		})
	}
	code, _, stderr := runCommand(t, "import", bad, "--format", "csv", "-o", out)
	require.Equal(t, 1, code)
	assert.Contains(t, stderr, `field "answer": is empty`)
}

func TestExportHelp(t *testing.T) {
	for _, command := range []string{"export", "import", "merge", "assemble"} {
		code, out, _ := runCommand(t, command, "-h")
		assert.Equal(t, 0, code, command)
		assert.Contains(t, out, "examples:\n  deckgen "+command, command)
	}
}
