package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builtinArgs reads the title and files that `make deck` passes.
func builtinArgs(t *testing.T) []string {
	t.Helper()
	mk, err := os.ReadFile("../../Makefile")
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^DECK_TITLE = (.+)$`).FindSubmatch(mk)
	require.NotNil(t, m, "Makefile defines DECK_TITLE")
	files, err := filepath.Glob("../../assets/corpus/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 5)
	return append([]string{"-title", string(m[1])}, files...)
}

// makeDeckArgs are builtinArgs with the paragraphs the source viewer
// needs, so a test rebuilds the built-in deck exactly as `make deck` does.
func makeDeckArgs(t *testing.T) []string {
	t.Helper()
	mk, err := os.ReadFile("../../Makefile")
	require.NoError(t, err)
	require.Contains(t, string(mk), "deckgen build --paragraphs", "make deck keeps the paragraphs")
	return append([]string{"--paragraphs"}, builtinArgs(t)...)
}

func TestCommittedDeckIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "corpus.json")
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"build", "-o", out}, makeDeckArgs(t)...), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	fresh, err := os.ReadFile(out)
	require.NoError(t, err)
	committed, err := os.ReadFile("../../assets/decks/corpus.json")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(committed, fresh), "assets/decks/corpus.json is stale: run `make deck` (then `bash assets/fonts/subset.sh`)")
	assert.Contains(t, stdout.String(), "facts by kind")
	assert.Contains(t, stdout.String(), "cards by type: cloze")
}

func TestBuildTwiceIsByteIdentical(t *testing.T) {
	dir := t.TempDir()
	var outs [2][]byte
	for i := range outs {
		path := filepath.Join(dir, "d.json")
		require.Equal(t, 0, run(append([]string{"build", "-o", path}, builtinArgs(t)...), &bytes.Buffer{}, &bytes.Buffer{}))
		var err error
		outs[i], err = os.ReadFile(path)
		require.NoError(t, err)
	}
	assert.Equal(t, outs[0], outs[1])
}

func TestBuildErrors(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "keep.json")
	require.NoError(t, os.WriteFile(existing, []byte("saved"), 0o644))
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no command", nil, 2, "usage: deckgen"},
		{"unknown command", []string{"bake"}, 2, `unknown command "bake"`},
		{"no output", []string{"build", "../../assets/corpus/000_6e700a6e0d1f6d3d.txt"}, 1, "usage: deckgen build"},
		{"no documents", []string{"build", "-o", existing}, 1, "usage: deckgen build"},
		{"bad flag", []string{"build", "-x"}, 1, "flag provided but not defined"},
		{"missing file", []string{"build", "-o", existing, "nope.txt"}, 1, "nope.txt"},
		{"invalid UTF-8", []string{"build", "-o", existing, "testdata/invalid.txt"}, 1, "testdata/invalid.txt: byte 2: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.msg)
			kept, err := os.ReadFile(existing)
			require.NoError(t, err)
			assert.Equal(t, "saved", string(kept), "a failed build leaves the old file alone")
		})
	}
}

// TestMainExitCode runs the real binary entry point once.
func TestMainExitCode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	cmd := exec.Command("go", "run", ".", "help")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "build -o FILE")
}

// runCommand runs deckgen's command with args and returns its exit code
// and output.
func runCommand(t *testing.T, command string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{command}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}
