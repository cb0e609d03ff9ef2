package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What each built-in document states about itself:
//   - 000 and 002 are digest pages. Their "公開日" lines sit over the summary of
//     a cited article with its 出典 link and date that article (000 quotes a
//     2019 article on a page about the 2024 election); the pages give no date
//     of their own.
//   - 001 gives no date line, but writes "2026年3月現在" (as of March 2026).
//   - 003 ends with "(脱稿日：2025年2月10日)", the date the manuscript was done.
//   - 004 opens with a breadcrumb ("活動"), its date, the author and his post,
//     and has no title in its text.
func TestTitlesAndDates(t *testing.T) {
	tests := []struct {
		id, title, date string
	}{
		{doc000, "トランプ再選で日米関係はどうなる? 懸念と期待 (2024年米大統領選)トランプ政権2.0が日米関係に与える影響", ""},
		{doc001, "首相訪米:トランプ再政権下の「アメリカ・ファースト」と日本の針路", "2026-03"},
		{doc002, "トランプ氏の発言で揺れる日米関係?安全保障と経済的利益の均衡は?トランプ氏の日米安全保障条約批判とその影響", ""},
		{doc003, "新政権と日米関係の課題", "2025-02-10"},
		{doc004, "", "2025-03-27"},
	}
	docs := loadCorpus(t)
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := docOf(t, docs, tt.id)
			assert.Equal(t, tt.title, d.Title)
			assert.Equal(t, tt.date, d.Date)
		})
	}
}

func TestDateRules(t *testing.T) {
	tests := []struct {
		name, in, date string
	}{
		{"date line in the header", "見出し\n2025年3月7日\n本文である。\n", "2025-03-07"},
		{"labelled date in the header", "見出し\n公開日：2024/11/6\n本文である。\n", "2024-11-06"},
		{"manuscript date at the end", "見出し\n本文である。\n(脱稿日：2025年2月10日)\n", "2025-02-10"},
		{"公開日 over a cited excerpt dates the excerpt",
			"見出し\n本文である。\n公開日:2019/08/26\n✅ 要約の文である。\nさらに読む ⇒新聞出典/画像元: https://example.jp/a\n", ""},
		{"as-of date in the body", "見出し\n2026年3月現在、本文である。\n", "2026-03"},
		{"as-of day in the body", "見出し\n2025年2月10日現在、本文である。\n", "2025-02-10"},
		{"as-of date in a comment does not count", "見出し\n2026年3月現在、大変ですね。\n", ""},
		{"no date", "見出し\n本文である。\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.date, d.Date)
		})
	}
}

func TestTitleRules(t *testing.T) {
	tests := []struct {
		name, in, title string
	}{
		{"first heading", "\n\n■ 日米関係の課題\n\n本文である。\n2 節の見出し\n", "日米関係の課題"},
		{"breadcrumb and byline are no title", "活動\n2025年3月27日\nニコラス・セーチェーニ\n本文である。\n", ""},
		{"a heading after the body is no title", "本文である。\n見出し\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.title, d.Title)
		})
	}
}

func TestExcerptDates(t *testing.T) {
	text := "日米関係の見通し\n" +
		"トランプ氏の再選で日米関係は変わる可能性がある。\n" +
		"首脳会談の記録\n" +
		"公開日:2019/08/26\n" +
		"✅ 日米首脳会談で、貿易交渉の基本合意が発表された。\n" +
		"さらに読む ⇒ニュースサイト出典/画像元: https://example.com/a\n" +
		"官房長官は、日米同盟が外交の基軸であると強調しました。\n" +
		"今後の展望\n" +
		"石破首相はトランプ大統領と会談した。\n"
	d, err := Parse("x.txt", []byte(text))
	require.NoError(t, err)
	dates := map[string]string{}
	for _, s := range d.Sentences {
		if s.IsClaim() {
			dates[s.Text] = s.Date
		}
	}
	assert.Equal(t, "", dates["トランプ氏の再選で日米関係は変わる可能性がある。"])
	assert.Equal(t, "2019-08-26", dates["日米首脳会談で、貿易交渉の基本合意が発表された。"])
	assert.Equal(t, "", dates["官房長官は、日米同盟が外交の基軸であると強調しました。"], "the page's own comment after the 出典 link")
	assert.Equal(t, "", dates["石破首相はトランプ大統領と会談した。"], "a heading ends the excerpt")
}
