//go:build !js

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A teacher's quiz file goes to quizzes/ of the progress folder; a second
// file of the same name gets a number instead of replacing the first.
func TestQuizSaverKeepsEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	save := quizSaver(dir)
	first, err := save("関税の小テスト.csv", []byte("one"))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "quizzes", "関税の小テスト.csv"), first)
	second, err := save("関税の小テスト.csv", []byte("two"))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "quizzes", "関税の小テスト-2.csv"), second)
	for path, want := range map[string]string{first: "one", second: "two"} {
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, want, string(got))
	}

	require.NoError(t, os.WriteFile(filepath.Join(dir, "blocked"), nil, 0o644))
	_, err = quizSaver(filepath.Join(dir, "blocked"))("q.json", []byte("{}"))
	assert.Error(t, err, "a progress folder that is a file")
}
