package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheck(t *testing.T) {
	const dir = "testdata/check/"
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"good deck", []string{"-corpus", dir, dir + "good.json"}, 0,
			[]string{"6 cards checked, 0 violations\n"}, ""},
		{"good deck, documents named", []string{dir + "good.json", dir + "news.txt"}, 0,
			[]string{"6 cards checked, 0 violations\n"}, ""},
		{"reworded sentence", []string{"-corpus", dir, dir + "grounding.json"}, 1,
			[]string{"card c-reworded: rule grounding: sentence does not stand in news.txt", "7 cards checked, 1 violations"}, "deck testdata/check/grounding.json does not pass the quality check"},
		{"photo credit", []string{"-corpus", dir, dir + "no_noise.json"}, 1,
			[]string{"card c-credit: rule no-noise: sentence is noise (photo-credit)", "7 cards checked, 1 violations"}, "no_noise.json"},
		{"answer in prompt", []string{"-corpus", dir, dir + "answer_in_prompt.json"}, 1,
			[]string{`card c-gives-away: rule answer-in-prompt: prompt contains the answer "2400"`, "7 cards checked, 1 violations"}, "answer_in_prompt.json"},
		{"two right choices", []string{"-corpus", dir, dir + "mcq.json"}, 1,
			[]string{"card c-twice-right: rule mcq: choices", "card c-twice-right: rule mcq: 2 choices equal the answer", "7 cards checked, 2 violations"}, "mcq.json"},
		{"false statement that is true", []string{"-corpus", dir, dir + "truefalse.json"}, 1,
			[]string{"card c-false-but-true: rule truefalse: the false statement still states", "7 cards checked, 1 violations"}, "truefalse.json"},
		{"duplicate fact", []string{"-corpus", dir, dir + "duplicate_fact.json"}, 1,
			[]string{`fact f-treaty-again: rule duplicate-fact: same sentence and key "1951年" as fact f-treaty`, "6 cards checked, 1 violations"}, "duplicate_fact.json"},
		{"bare cloze", []string{"-corpus", dir, dir + "context.json"}, 1,
			[]string{"card c-bare: rule context:", "7 cards checked, 1 violations"}, "context.json"},
		{"correct choice always first", []string{"-corpus", dir, dir + "balance.json"}, 1,
			[]string{"deck: rule balance: the correct choice is choice 1 in 20 of 21", "26 cards checked, 4 violations"}, "balance.json"},
		{"documents without the deck's source", []string{dir + "good.json", "../../assets/corpus/000_6e700a6e0d1f6d3d.txt"}, 1,
			[]string{"card c-cloze: rule grounding: source document news.txt is not among the documents", "6 cards checked, 6 violations"}, "good.json"},
		{"source document missing from the folder", []string{"-corpus", "testdata", dir + "good.json"}, 1,
			nil, "testdata/news.txt: no such file"},
		{"invalid deck", []string{"-corpus", dir, dir + "invalid.json"}, 1,
			nil, "deck testdata/check/invalid.json: line 5, column 1: invalid JSON"},
		{"missing deck", []string{dir + "nope.json"}, 1,
			nil, "testdata/check/nope.json: no such file"},
		{"no deck", nil, 1, nil, "usage: deckgen check"},
		{"bad flag", []string{"-x"}, 1, nil, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.code, run(append([]string{"check"}, tt.args...), &stdout, &stderr), stderr.String())
			for _, s := range tt.stdout {
				assert.Contains(t, stdout.String(), s)
			}
			if tt.stderr == "" {
				assert.Empty(t, stderr.String())
			} else {
				assert.Contains(t, stderr.String(), tt.stderr)
			}
		})
	}
}
