package layout_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/game/layout"
)

// cells measures text as a monospaced terminal would: one unit for ASCII,
// two for everything else.
func cells(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x80 {
			w++
		} else {
			w += 2
		}
	}
	return w
}

func TestWrapFitsWidth(t *testing.T) {
	text := "米国は日本の輸出額の約2割を占める最大の輸出先であり、トランプ氏が日本製品への関税引き上げを実行すると、自動車を中心に大きな打撃を受ける可能性がある。"
	lines := layout.Wrap(text, 20, cells, nil)
	require.Greater(t, len(lines), 5)
	for _, l := range lines {
		assert.LessOrEqual(t, cells(l), 20.0, "line %q", l)
	}
	assert.Equal(t, text, strings.Join(lines, ""), "no text lost or added")
}

func TestWrapKinsoku(t *testing.T) {
	// At width 10 (five kanji) a naive break would start a line with 。 or 」.
	for _, text := range []string{"日本政府は同盟の重要性を強調。今後は", "首相は「米国第一」と述べた", "トランプ氏は２期目に（仮）"} {
		for w := 6.0; w <= 16; w++ {
			for _, l := range layout.Wrap(text, w, cells, nil)[1:] {
				first, _ := utf8.DecodeRuneInString(l)
				assert.NotContains(t, "、。」）ー", string(first), "width %v line %q of %q", w, l, text)
			}
			lines := layout.Wrap(text, w, cells, nil)
			for _, l := range lines[:len(lines)-1] {
				last, _ := utf8.DecodeLastRuneInString(l)
				assert.NotContains(t, "「（", string(last), "width %v line %q", w, l)
			}
		}
	}
}

func TestWrapPrefersPhraseBreaks(t *testing.T) {
	text := "対米投資と雇用創出が重要になる"
	// Phrase starts (rune offsets): 対米投資と|雇用創出が|重要に|なる
	phrases := []int{5, 10, 13}
	lines := layout.Wrap(text, 16, cells, phrases)
	assert.Equal(t, []string{"対米投資と", "雇用創出が重要に", "なる"}, lines)
}

func TestWrapKeepsLatinWords(t *testing.T) {
	lines := layout.Wrap("the United States Agency for International Development", 20, cells, nil)
	for _, l := range lines {
		assert.LessOrEqual(t, cells(l), 20.0)
		assert.False(t, strings.HasPrefix(l, " ") || strings.HasSuffix(l, " "), "%q", l)
	}
	assert.Equal(t, []string{"the United States", "Agency for", "International", "Development"}, lines)
}

func TestWrapNumbersStayWhole(t *testing.T) {
	lines := layout.Wrap("総額は約2,400億ドルに達した", 14, cells, nil)
	joined := strings.Join(lines, "|")
	assert.NotContains(t, joined, "2|,", joined)
	assert.NotContains(t, joined, "2,|4", joined)
	assert.NotContains(t, joined, "2,4|00", joined)
}

func TestWrapKeepsNewlinesAndOverlongRuns(t *testing.T) {
	assert.Equal(t, []string{"一行目", "", "三行目"}, layout.Wrap("一行目\n\n三行目", 100, cells, nil))
	lines := layout.Wrap("https://example.com/aaaaaaaaaaaaaaaa", 10, cells, nil)
	for _, l := range lines {
		assert.LessOrEqual(t, cells(l), 10.0)
	}
	assert.Equal(t, "https://example.com/aaaaaaaaaaaaaaaa", strings.Join(lines, ""))
}

func TestWrapEarlySpaceDoesNotStrandALabel(t *testing.T) {
	lines := layout.Wrap("出典: トランプ氏の発言で揺れる日米関係?安全保障と経済的利益の均衡は?", 40, cells, nil)
	assert.NotEqual(t, "出典:", lines[0], "a space early in the line is no reason to leave it nearly empty")
	for _, l := range lines {
		assert.LessOrEqual(t, cells(l), 40.0)
	}
}

func TestWrapLooksPastSpacesForKinsoku(t *testing.T) {
	text := "出典: 日本は、第2次トランプ政権との早期会談を実現し、「アメリカ・ファースト 」の意味"
	for w := 20.0; w <= 60; w++ {
		for _, l := range layout.Wrap(text, w, cells, nil) {
			assert.False(t, strings.HasPrefix(l, "」"), "width %v: line starts with a closing bracket: %q", w, l)
		}
	}
}

func TestWrapJapaneseDoesNotGoBackToASpace(t *testing.T) {
	text := "進み具合のフォルダ /tmp/p は別の factdeck が使用中です。このウィンドウでの学習は保存されません。"
	lines := layout.Wrap(text, 60, cells, nil)
	require.Greater(t, len(lines), 1)
	assert.Equal(t, "進み具合のフォルダ /tmp/p は別の factdeck が使用中です。この", lines[0],
		"Japanese breaks between characters: the line is filled, not cut at the space before factdeck")
	assert.Equal(t, text, strings.Join(lines, ""), "no text lost")
}

// A cloze's blank ［＿＿＿］ is one thing to read: no line ends inside it,
// at any width where it fits on a line.
func TestWrapKeepsTheBlankWhole(t *testing.T) {
	const blank = "［＿＿＿］"
	text := "2025年2月7日の首脳会談で、両首脳は" + blank + "の新たな黄金時代を追求する共同声明を発表した。"
	for w := cells(blank); w <= 40; w++ {
		lines := layout.Wrap(text, w, cells, nil)
		assert.Equal(t, text, strings.Join(lines, ""), "width %v", w)
		found := false
		for _, l := range lines {
			found = found || strings.Contains(l, blank)
		}
		assert.True(t, found, "width %v: the blank is split in %q", w, lines)
	}
}

func TestWrapKeptNeverSplitsARubyWord(t *testing.T) {
	// 12 cells is six kanji: a plain wrap breaks 首脳会談 after 首脳,
	// which would tear its reading in two.
	text := "日米の首脳会談が開かれた"
	plain := layout.Wrap(text, 8, cells, nil)
	require.Equal(t, "日米の首", plain[0], "without the span the break falls inside the word")
	lines := layout.WrapKept(text, 8, cells, nil, []layout.Span{{Start: 3, End: 7}})
	assert.Equal(t, []string{"日米の", "首脳会談", "が開かれ", "た"}, lines)
	assert.Equal(t, text, strings.Join(lines, ""))
}

func TestWrapKeptSplitsASpanWiderThanTheLine(t *testing.T) {
	// A span that cannot fit on any line is split rather than overflow.
	lines := layout.WrapKept("国際連合安全保障理事会", 6, cells, nil, []layout.Span{{Start: 0, End: 11}})
	for _, l := range lines {
		assert.LessOrEqual(t, cells(l), 6.0, "line %q", l)
	}
	assert.Equal(t, "国際連合安全保障理事会", strings.Join(lines, ""))
}

func TestWrapKeptCountsSpansAcrossNewlines(t *testing.T) {
	// Offsets count the runes of the whole text, newlines included.
	text := "前置き\n日米の首脳会談が開かれた"
	lines := layout.WrapKept(text, 8, cells, nil, []layout.Span{{Start: 7, End: 11}})
	assert.Equal(t, []string{"前置き", "日米の", "首脳会談", "が開かれ", "た"}, lines)
}

func TestWrapKeepsANumberWithItsUnit(t *testing.T) {
	// At 16 cells a plain character break would leave 10 at a line's end
	// and start the next with 日.
	lines := layout.Wrap("課題(2025年2月10日)より", 16, cells, nil)
	for i, l := range lines[1:] {
		assert.NotEqual(t, '日', []rune(l)[0], "line %d %q starts with the unit of the number before it", i+1, l)
	}
	assert.Equal(t, "課題(2025年2月10日)より", strings.Join(lines, ""))
}
