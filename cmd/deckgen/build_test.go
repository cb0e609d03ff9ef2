package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// buildCorpusDeck runs `deckgen build` on the corpus with extra flags and reads
// the deck it writes.
func buildCorpusDeck(t *testing.T, flags ...string) (*deck.Deck, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "d.json")
	var stdout, stderr bytes.Buffer
	args := append(append([]string{"build", "-o", out}, flags...), builtinArgs(t)...)
	require.Equal(t, 0, run(args, &stdout, &stderr), stderr.String())
	d, err := deck.Read(out)
	require.NoError(t, err)
	return d, stdout.String()
}

func TestBuildFlags(t *testing.T) {
	all, _ := buildCorpusDeck(t)
	tests := []struct {
		name  string
		flags []string
		check func(t *testing.T, d *deck.Deck)
	}{
		{"types", []string{"--types", "cloze,numeric"}, func(t *testing.T, d *deck.Deck) {
			require.NotEmpty(t, d.Cards)
			for _, c := range d.Cards {
				assert.Contains(t, []string{deck.TypeCloze, deck.TypeNumeric}, c.Type)
			}
		}},
		{"kinds", []string{"--kinds", "percent"}, func(t *testing.T, d *deck.Deck) {
			require.NotEmpty(t, d.Facts)
			for _, f := range d.Facts {
				assert.Equal(t, deck.KindPercent, f.Kind)
			}
		}},
		{"seed", []string{"--seed", "2"}, func(t *testing.T, d *deck.Deck) {
			require.Equal(t, len(all.Cards), len(d.Cards))
			before := map[string]deck.Card{}
			for _, c := range all.Cards {
				before[c.ID] = c
			}
			changed := 0
			for _, c := range d.Cards {
				if c.Type == deck.TypeTrueFalse {
					continue // the seed decides which statement it makes
				}
				b, ok := before[c.ID]
				require.True(t, ok, "card %s (%s): ids do not depend on the seed", c.ID, c.Type)
				if strings.Join(c.Choices, "|") != strings.Join(b.Choices, "|") {
					changed++
				}
			}
			assert.Positive(t, changed, "another seed orders the choices otherwise")
		}},
		{"min quality", []string{"--min-quality", "0.9"}, func(t *testing.T, d *deck.Deck) {
			assert.Less(t, len(d.Cards), len(all.Cards))
		}},
		{"lang", []string{"--lang", "en"}, func(t *testing.T, d *deck.Deck) {
			assert.Equal(t, "en", d.Language)
			for _, c := range d.Cards {
				if c.Type == deck.TypeTrueFalse {
					p := c.Prompt
					if strings.HasPrefix(p, "[") { // a caveat: [According to …]
						_, p, _ = strings.Cut(p, "] ")
					}
					assert.True(t, strings.HasPrefix(p, "Correct or incorrect"), c.Prompt)
					assert.NotContains(t, p, "【", "caveats are worded in English too")
				}
			}
		}},
		{"skip caveated", []string{"--skip-caveated"}, func(t *testing.T, d *deck.Deck) {
			assert.Less(t, len(d.Cards), len(all.Cards))
			for _, c := range d.Cards {
				assert.Empty(t, c.Note, "card %s keeps a caveat", c.ID)
			}
		}},
		{"paragraphs", []string{"--paragraphs"}, func(t *testing.T, d *deck.Deck) {
			assert.Equal(t, len(all.Cards), len(d.Cards))
			with := 0
			for i, f := range d.Facts {
				assert.Empty(t, all.Facts[i].Paragraph, "only when asked for")
				if f.Paragraph != "" {
					with++
					assert.Contains(t, f.Paragraph, f.Sentence)
					assert.NotEqual(t, f.Sentence, f.Paragraph)
				}
			}
			assert.Greater(t, with, len(d.Facts)/2, "most facts stand in a paragraph of several sentences")
		}},
		{"single dash", []string{"-seed", "1", "-lang", "ja"}, func(t *testing.T, d *deck.Deck) {
			assert.Equal(t, len(all.Cards), len(d.Cards))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := buildCorpusDeck(t, tt.flags...)
			tt.check(t, d)
		})
	}
}

func TestBuildFlagErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "d.json")
	doc := "../../assets/corpus/000_6e700a6e0d1f6d3d.txt"
	tests := []struct {
		flags []string
		msg   string
	}{
		{[]string{"--types", "cloze,essay"}, `unknown card type "essay"`},
		{[]string{"--kinds", "rumour"}, `unknown fact kind "rumour"`},
		{[]string{"--lang", "fr"}, `unknown language "fr"`},
		{[]string{"--min-quality", "1.5"}, "outside 0..1"},
		{[]string{"--seed", "x"}, "invalid value"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		args := append(append([]string{"build", "-o", out}, tt.flags...), doc)
		assert.Equal(t, 1, run(args, &stdout, &stderr), tt.flags)
		assert.Contains(t, stderr.String(), tt.msg)
		_, err := os.Stat(out)
		assert.True(t, os.IsNotExist(err), "a failed build writes nothing")
	}
}

func TestBuildSummary(t *testing.T) {
	_, stdout := buildCorpusDeck(t)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 4, stdout)
	assert.Regexp(t, `: 5 documents, \d+ sentences \(\d+ noise, \d+ repeated, dropped\)$`, lines[0])
	assert.Regexp(t, `^facts by kind: date \d+`, lines[1])
	assert.Regexp(t, `^cards by type: cloze \d+, mcq \d+, truefalse \d+, numeric \d+`, lines[2])
	assert.Regexp(t, `^conflicts: \d+ facts whose sources disagree$`, lines[3])
}

// TestProgress checks the bar: drawn only for a large input on a terminal,
// and then as one line redrawn in place.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	assert.False(t, newProgress(&buf, 2<<20).on, "a buffer is no terminal")
	assert.False(t, isTerminal(&buf))

	p := &progress{w: &buf, on: true}
	p.show("cards", 1, 4)
	p.show("cards", 1, 4)
	p.show("cards", 4, 4)
	p.done()
	out := buf.String()
	assert.Equal(t, 2, strings.Count(out, "\r"), "an unchanged bar is not redrawn")
	assert.Contains(t, out, " 25%")
	assert.Contains(t, out, "100%")
	assert.True(t, strings.HasSuffix(out, "\n"))

	var quiet bytes.Buffer
	q := newProgress(&quiet, 10)
	q.show("cards", 1, 2)
	q.done()
	assert.Empty(t, quiet.String())
}
