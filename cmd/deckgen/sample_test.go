package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSample(t *testing.T) {
	code, out, errOut := runCommand(t, "sample", "-n", "3", "-seed", "5", "testdata/check/good.json")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4, "a header and three cards")
	assert.Equal(t, "id\ttype\tprompt\tchoices\tanswer\taccept\tnote\tsource\tsentence", lines[0])
	for _, l := range lines[1:] {
		assert.Len(t, strings.Split(l, "\t"), 9, l)
	}

	_, again, _ := runCommand(t, "sample", "-n", "3", "-seed", "5", "testdata/check/good.json")
	assert.Equal(t, out, again, "the same seed draws the same cards")

	_, all, _ := runCommand(t, "sample", "-n", "100", "testdata/check/good.json")
	assert.Contains(t, all, "c-mcq\tmcq\t石破茂首相がホワイトハウスでトランプ大統領と会談したのはいつか。\t2025年3月7日 | 2024年2月7日 | 2025年2月7日 | 2025年2月17日\t2025年2月7日\t\t\tnews.txt\t2025年2月7日、石破茂首相はホワイトハウスでトランプ大統領と会談した。\n")
	assert.Equal(t, 7, strings.Count(all, "\n"), "never more cards than the deck has")
}

func TestSampleErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"no deck", nil, "usage: deckgen sample"},
		{"two decks", []string{"a.json", "b.json"}, "usage: deckgen sample"},
		{"negative count", []string{"-n", "-1", "testdata/check/good.json"}, "usage: deckgen sample"},
		{"invalid deck", []string{"testdata/check/invalid.json"}, "testdata/check/invalid.json: line 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCommand(t, "sample", tt.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, tt.msg)
		})
	}
}

func TestTSVCell(t *testing.T) {
	assert.Equal(t, "a b c d", tsvCell("a\tb\nc\r\nd"))
}
