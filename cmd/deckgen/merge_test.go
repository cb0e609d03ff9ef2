package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func TestMergeTwoQuizzes(t *testing.T) {
	dir := t.TempDir()
	a, b, out := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), filepath.Join(dir, "c.json")
	code, _, stderr := runCommand(t, "assemble", corpusDeck, "--tag", "tariffs", "-o", a)
	require.Equal(t, 0, code, stderr)
	code, _, stderr = runCommand(t, "assemble", corpusDeck, "--tag", "security", "-o", b)
	require.Equal(t, 0, code, stderr)
	code, _, stderr = runCommand(t, "merge", a, "-o", out, b, "--title", "合併")
	require.Equal(t, 0, code, stderr)

	both, err := deck.Read(out)
	require.NoError(t, err)
	assert.Equal(t, "合併", both.Title)
	want, err := deck.Read(corpusDeck)
	require.NoError(t, err)
	n := 0
	for _, c := range want.Cards {
		for _, tag := range c.Tags {
			if tag == "topic:trade-tariffs" || tag == "topic:security" {
				n++
				break
			}
		}
	}
	assert.Len(t, both.Cards, n, "a card on both topics is kept once")
}

func TestMergeClashIsAnErrorAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	d, err := deck.Read("testdata/check/good.json")
	require.NoError(t, err)
	d.Cards[0].Answer = "2025年2月8日"
	changed := filepath.Join(dir, "changed.json")
	require.NoError(t, writeDeck(changed, d))
	out := filepath.Join(dir, "out.json")
	code, _, stderr := runCommand(t, "merge", "testdata/check/good.json", changed, "-o", out)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "card c-cloze differs between testdata/check/good.json and "+changed+`: field "answer"`)
	_, err = os.Stat(out)
	assert.ErrorIs(t, err, os.ErrNotExist)

	code, _, stderr = runCommand(t, "merge", "testdata/check/good.json", "-o", out)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "usage: deckgen merge")
}
