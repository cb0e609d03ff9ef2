package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"full stops", "日本は同盟国だ。米国も同じだ。", []string{"日本は同盟国だ。", "米国も同じだ。"}},
		{"no terminator at the end", "一文目。二文目", []string{"一文目。", "二文目"}},
		{"full stop inside 「」", "石破首相は「歴史に残る一枚。大統領が選ばれた」と述べた。次の文。",
			[]string{"石破首相は「歴史に残る一枚。大統領が選ばれた」と述べた。", "次の文。"}},
		{"nested 『』 inside 「」", "彼は「同盟を『費用対効果』で見る。日本は違う」と言う。",
			[]string{"彼は「同盟を『費用対効果』で見る。日本は違う」と言う。"}},
		{"full-width parentheses", "判決は（2月10日現在。仮）有効だ。以上。", []string{"判決は（2月10日現在。仮）有効だ。", "以上。"}},
		{"ASCII parentheses", "停戦(実現する? 未定)を目指す。", []string{"停戦(実現する? 未定)を目指す。"}},
		{"question and exclamation", "本当?そうだ!", []string{"本当?", "そうだ!"}},
		{"full-width ！ and ？", "驚いた！本当？", []string{"驚いた！", "本当？"}},
		{"terminators stay together", "えっ?!本当に。", []string{"えっ?!", "本当に。"}},
		{"space after a terminator", "影響は? 2025年に向けた備えとは?", []string{"影響は?", "2025年に向けた備えとは?"}},
		{"unclosed bracket protects nothing", "「閉じない括弧。次の文。", []string{"「閉じない括弧。", "次の文。"}},
		{"stray closer is ignored", "閉じ括弧だけ」。次の文。", []string{"閉じ括弧だけ」。", "次の文。"}},
		{"? inside a link", "詳細は https://www.jiji.com/jc/article?k=1&g=pol を参照。",
			[]string{"詳細は https://www.jiji.com/jc/article?k=1&g=pol を参照。"}},
		{"text glued to a source link", "出典/画像元: https://a.jp/x?k=1日本は重要ですね。次。",
			[]string{"出典/画像元: https://a.jp/x?k=1", "日本は重要ですね。", "次。"}},
		{"period is no terminator", "U.S.-Japan Relations, 2023. 日本。", []string{"U.S.-Japan Relations, 2023. 日本。"}},
		{"only white space", " \u3000 ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(tt.in) {
				got = append(got, tt.in[sp[0]:sp[1]])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLineBreaksEndSentences(t *testing.T) {
	d, err := Parse("t.txt", []byte("日米関係の課題\n本文の一文目。本文の二文目!\n三行目の文\n四行目の文。\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"日米関係の課題", "本文の一文目。", "本文の二文目!", "三行目の文", "四行目の文。"}, texts(d.Sentences))
	assert.Equal(t, []int{0, 1, 1, 2, 3}, paragraphsOf(d.Sentences))
}

// The corpus's page breaks: 003 is a PDF whose lines break mid-sentence,
// even mid-word, and whose 第1表 stands inside a sentence.
func TestRejoinPageBreaks(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc003)
	tests := []struct {
		name   string
		joined string // text that spans the break
		before string // end of the first part, verbatim
		after  string // start of the second part, verbatim
		next   string // the next sentence, which stays in the same paragraph
	}{
		{"between two words", "2024年大統領選挙での勝利", "2024年大統領", "選挙での勝利", ""},
		{"inside a word", "反映される傾向がある。", "反映される傾向があ", "る。", "例えば不法移民の強制送還において"},
		{"inside 見なければ", "言葉より行動を見なければならない。", "行動を見な", "ければならない。", ""},
		{"inside 依然として", "依然として困難である。", "依然とし", "て困難である。", "このため、日米安保条約の枠組み内で"},
		{"inside 破壊する", "ミサイル基地などを破壊する反撃能力", "基地などを破壊す", "る反撃能力", "2月7日に発表された日米共同声明には"},
		{"between さら and に", "さらに、環境技術や北極圏での協力", "さら", "に、環境技術", ""},
		{"across the table", "雇用を得て、その対価として得たドルで", "雇用を得て、", "その対価として", "一方で、アメリカの消費者は"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := sentencesWith(d, tt.joined)
			require.Len(t, ss, 1)
			s := ss[0]
			require.True(t, s.Rejoined())
			require.Len(t, s.Parts, 2)
			first, second := d.Raw[s.Parts[0].Start:s.Parts[0].End], d.Raw[s.Parts[1].Start:s.Parts[1].End]
			assert.True(t, strings.HasSuffix(first, tt.before), first)
			assert.True(t, strings.HasPrefix(second, tt.after), second)
			assert.Equal(t, first+second, s.Raw)
			assert.Less(t, s.Parts[0].End, s.Parts[1].Start)
			if tt.next != "" {
				n := d.Sentences[s.Index+1]
				assert.True(t, strings.HasPrefix(n.Text, tt.next), n.Text)
				assert.Equal(t, s.Paragraph, n.Paragraph)
			}
		})
	}
	// Only the table lies between the parts of the sentence it cut.
	s := sentenceWith(t, d, "雇用を得て、その対価")
	gap := d.Raw[s.Parts[0].End:s.Parts[1].Start]
	assert.True(t, strings.HasPrefix(strings.TrimSpace(gap), "第1表 目的別の関税概要"), gap)
	assert.True(t, strings.HasSuffix(strings.TrimSpace(gap), "(出所) 筆者作成。"), gap)
	assert.Equal(t, 7, countRejoined(d))
}

// 001 breaks paragraphs inside long quotes; the quote and its
// "…」と指摘します。" are one sentence.
func TestRejoinQuoteAcrossParagraphs(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc001)
	tests := []struct{ start, end string }{
		{"慶應義塾大学の神保謙教授は、「トランプ大統領は、", "具体的に提示する必要がある」と指摘します。"},
		{"また、日本国際問題研究所の研究員は、「", "巧みにマネージする必要がある」と提言しています。"},
		{"一方、米国のシンクタンク、", "トランプ政権も日本の貢献を評価するだろう」と述べています。"},
		{"日本自動車工業会の関係者は、「", "影響は避けられない」と語ります。"},
		{"また、日本経済団体連合会(経団連)は、「", "構築するよう求める」との声明を発表しました。"},
	}
	for _, tt := range tests {
		s := sentenceWith(t, d, tt.start)
		assert.True(t, strings.HasPrefix(s.Text, tt.start), s.Text)
		assert.True(t, strings.HasSuffix(s.Text, tt.end), s.Text)
		assert.True(t, s.Rejoined())
		assert.Equal(t, Claim, s.Noise)
	}
	assert.Equal(t, 5, countRejoined(d))
	// The sentence before the quote on the same line stays apart.
	s := sentenceWith(t, d, "経済界からは、今回の会談の結果が")
	assert.True(t, strings.HasSuffix(s.Text, "表明されています。"))
	assert.False(t, s.Rejoined())
}

// Headings end without a terminator too, and must never be glued to the body.
func TestNoRejoinOfHeadings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"heading, blank line, body",
			"日米関係の課題\n\n本文の最初の文である。\n",
			[]string{"日米関係の課題", "本文の最初の文である。"}},
		{"numbered heading after a cut line",
			"長い本文は、ここで切れていて、\n\n2 次の見出し\n\n本文である。\n",
			[]string{"長い本文は、ここで切れていて、", "2 次の見出し", "本文である。"}},
		{"list item after a cut line",
			"本文の途中で、\n✅ 箇条書きの文である。\n",
			[]string{"本文の途中で、", "箇条書きの文である。"}},
		{"cut line then a heading without full stop",
			"本文の途中で、\n次の見出し\n",
			[]string{"本文の途中で、", "次の見出し"}},
		{"cut line rejoined",
			"長い文の途中で、\n\n切れた文の続きである。次の文。\n",
			[]string{"長い文の途中で、切れた文の続きである。", "次の文。"}},
		{"Latin words across the break keep a space",
			"これは前の文である。国名は United\nStates である。\n",
			[]string{"これは前の文である。", "国名は United States である。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, texts(d.Sentences))
		})
	}
	for _, d := range loadCorpus(t) {
		for _, s := range d.Sentences {
			if s.Noise == NoiseHeading || s.Noise == NoiseQuestionHeading {
				assert.False(t, s.Rejoined(), "%s %s", s.Ref(d.ID), s.Text)
			}
		}
	}
}

func TestBulletMarkStripped(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc000)
	s := sentenceWith(t, d, "米国は日本の輸出額の約2割を占める")
	assert.Equal(t, "✅", s.Mark)
	assert.True(t, strings.HasPrefix(s.Text, "米国は日本の輸出額"), s.Text)
	assert.True(t, strings.HasPrefix(s.Raw, "米国は日本の輸出額"), s.Raw)
	assert.Equal(t, "✅ ", d.Raw[s.Start-len("✅ "):s.Start])
	assert.True(t, s.IsClaim())
	// The second sentence of a bullet line carries no mark.
	s = sentenceWith(t, d, "また、トランプ氏はIPEFに否定的")
	assert.Equal(t, "", s.Mark)
	s = sentenceWith(t, d, "日本は、変化する国際情勢に対応するため")
	assert.Equal(t, "💡", s.Mark)
	for _, d := range loadCorpus(t) {
		for _, s := range d.Sentences {
			for _, m := range listMarks {
				assert.False(t, strings.HasPrefix(s.Text, strings.TrimSpace(m)+" "), s.Text)
			}
		}
	}
}

func paragraphsOf(ss []Sentence) []int {
	out := make([]int, len(ss))
	for i, s := range ss {
		out[i] = s.Paragraph
	}
	return out
}

func countRejoined(d *Document) int {
	n := 0
	for _, s := range d.Sentences {
		if s.Rejoined() {
			n++
		}
	}
	return n
}
