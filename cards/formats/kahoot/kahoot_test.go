package kahoot

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"factdeck/cards/deck"
)

func readDeck(t *testing.T, path string) *deck.Deck {
	t.Helper()
	d, err := deck.Read(path)
	require.NoError(t, err)
	return d
}

// readBack opens the spreadsheet with excelize, as Kahoot! would read it.
func readBack(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(Sheet)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(rows), HeaderRow)
	assert.Equal(t, append([]string{""}, Columns...), rows[HeaderRow-1], "the template's column titles on row 8")
	return rows[HeaderRow:]
}

// The built-in deck holds long prompts (a source and a context before
// the question), more than four choices and every card type.
func TestSpreadsheetKeepsKahootsLimits(t *testing.T) {
	d := readDeck(t, "../../../assets/decks/corpus.json")
	data, warns, err := Write(d)
	require.NoError(t, err)
	rows := readBack(t, data)
	choiceCards := 0
	for _, c := range d.Cards {
		if c.Type == deck.TypeMCQ || c.Type == deck.TypeTrueFalse {
			choiceCards++
		}
	}
	require.NotEmpty(t, rows)
	assert.LessOrEqual(t, len(rows), choiceCards)
	for i, row := range rows {
		require.Len(t, row, 8, "row %d", i+HeaderRow+1)
		assert.Equal(t, strconv.Itoa(i+1), row[0])
		assert.LessOrEqual(t, utf8.RuneCountInString(row[1]), MaxQuestion, row[1])
		answers := 0
		for _, a := range row[2:6] {
			assert.LessOrEqual(t, utf8.RuneCountInString(a), MaxAnswer, a)
			if a != "" {
				answers++
			}
		}
		assert.GreaterOrEqual(t, answers, 2)
		secs, err := strconv.Atoi(row[6])
		require.NoError(t, err)
		assert.Contains(t, TimeLimits, secs)
		n, err := strconv.Atoi(row[7])
		require.NoError(t, err, "one correct answer")
		assert.True(t, n >= 1 && n <= answers, "correct answer %d of %d", n, answers)
	}
	var leftOut, cut int
	for _, w := range warns {
		switch {
		case strings.HasSuffix(w.Msg, "left out"):
			leftOut++
		case strings.Contains(w.Msg, "cut to"):
			cut++
		}
	}
	assert.Equal(t, len(d.Cards)-len(rows), leftOut, "each card left out is said")
	assert.Positive(t, cut, "the built-in deck has prompts over 120 characters")
}

func TestQuestionsOfEachType(t *testing.T) {
	d := readDeck(t, "../testdata/sample.json")
	qs, warns := Questions(d)
	require.Len(t, qs, 3, "the multiple choice and the two true/false cards")
	assert.Equal(t, []string{"2025年3月7日", "2024年2月7日", "2025年2月7日", "2025年2月17日"}, qs[0].Answers)
	assert.Equal(t, []int{3}, qs[0].Correct)
	assert.Equal(t, []string{"正しい", "誤り"}, qs[1].Answers)
	assert.Equal(t, []int{1}, qs[1].Correct)
	assert.Equal(t, []int{2}, qs[2].Correct)
	var left []string
	for _, w := range warns {
		left = append(left, w.Card)
	}
	assert.Equal(t, []string{"c-cloze", "c-numeric", "c-basic", "c-cloze-end", "c-match", "c-order"}, left)
}

func TestFitKeepsTheQuestionsEnd(t *testing.T) {
	long := "【「新政権と日米関係の課題」（2025年2月10日）より】（文脈：" + strings.Repeat("長い文脈。", 30) + "）" + strings.Repeat("本文", 60) + "に入るのは何％か。"
	got, cut := fit(long, MaxQuestion, true)
	assert.True(t, cut)
	assert.Equal(t, MaxQuestion, utf8.RuneCountInString(got))
	assert.True(t, strings.HasSuffix(got, "に入るのは何％か。"))
	assert.NotContains(t, got, "文脈")

	short, cut := fit("短い", MaxQuestion, true)
	assert.False(t, cut)
	assert.Equal(t, "短い", short)

	answer, cut := fit(strings.Repeat("あ", 80), MaxAnswer, false)
	assert.True(t, cut)
	assert.Equal(t, MaxAnswer, utf8.RuneCountInString(answer))
}

func TestMoreThanFourChoicesKeepTheAnswer(t *testing.T) {
	c := deck.Card{ID: "x", Type: deck.TypeMCQ, Answer: "f", Choices: []string{"a", "b", "c", "d", "e", "f"}}
	got := fourChoices(c)
	assert.Len(t, got, MaxAnswers)
	assert.True(t, slices.Contains(got, "f"))
}

var update = flag.Bool("update", false, "rewrite testdata/sample.kahoot.tsv (then read it by eye)")

// The golden file holds the cells of the spreadsheet made from the
// sample deck, read back with excelize, a row a line and cells split by
// tabs; checked by hand against the template's layout (Kahoot! Help
// Center, "How to import questions from a spreadsheet": question, four
// answers, a time limit of 5–240 s, the correct answers' numbers).
func TestSpreadsheetGolden(t *testing.T) {
	data, _, err := Write(readDeck(t, "../testdata/sample.json"))
	require.NoError(t, err)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(Sheet)
	require.NoError(t, err)
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	path := "../testdata/sample.kahoot.tsv"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}

func TestNoMultipleChoiceIsAnError(t *testing.T) {
	d := readDeck(t, "../testdata/sample.json")
	d.Cards = d.Cards[:1]
	_, warns, err := Write(d)
	assert.ErrorContains(t, err, "Kahoot! has nothing to import")
	assert.Len(t, warns, 1)
}
