package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 003's 第1表 目的別の関税概要, the one table of the corpus.
func TestTableOf003(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc003)
	require.Len(t, d.Tables, 1)
	tb := d.Tables[0]
	assert.Equal(t, "第1表 目的別の関税概要", tb.Title)
	assert.Equal(t, []string{"目的", "期間", "適用範囲", "税率", "具体例"}, tb.Columns)
	assert.Equal(t, [][]string{
		{"交渉手段", "数日から数週間", "広範囲", "25%以上、増加傾向", "コロンビア、メキシコ、カナダ"},
		{"保護", "数年間", "限定的", "25%—50%、安定または減少", "鉄鋼、ソーラー製品、洗濯機"},
		{"財政収入", "恒久的", "広範囲", "10%以下", "普遍的"},
		{"貿易収支改善", "恒久的", "中程度から広範囲", "10%—25%", "中国(第1期政権)"},
	}, tb.Rows)
	assert.Equal(t, "(出所) 筆者作成。", tb.Note)
	span := d.Raw[tb.Start:tb.End]
	assert.True(t, strings.HasPrefix(span, "第1表 目的別の関税概要"), span)
	assert.True(t, strings.HasSuffix(span, "(出所) 筆者作成。"), span)
}

func TestTableCellsTiedToHeaders(t *testing.T) {
	tb := docOf(t, loadCorpus(t), doc003).Tables[0]
	require.Len(t, tb.Cells, 4*5)
	tests := []struct {
		row, column, text string
	}{
		{"交渉手段", "期間", "数日から数週間"},
		{"交渉手段", "具体例", "コロンビア、メキシコ、カナダ"},
		{"保護", "税率", "25%—50%、安定または減少"},
		{"財政収入", "適用範囲", "広範囲"},
		{"貿易収支改善", "具体例", "中国(第1期政権)"},
		{"貿易収支改善", "目的", "貿易収支改善"},
	}
	for _, tt := range tests {
		c, ok := cellAt(tb, tt.row, tt.column)
		require.True(t, ok, "%s/%s", tt.row, tt.column)
		assert.Equal(t, tt.text, c.Text)
	}
	d := docOf(t, loadCorpus(t), doc003)
	for _, c := range tb.Cells {
		assert.Equal(t, c.Text, Normalize(d.Raw[c.Start:c.End]))
		assert.NotContains(t, d.Raw[c.Start:c.End], "\t")
	}
}

// The table is out of the running text: its lines are table noise, and no
// claim lies inside its span.
func TestTableOutOfRunningText(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc003)
	tb := d.Tables[0]
	var lines []string
	for _, s := range d.Sentences {
		inside := s.Start >= tb.Start && s.End <= tb.End
		assert.Equal(t, inside, s.Noise == NoiseTable, "%s %s", s.Ref(d.ID), s.Text)
		for _, p := range s.Parts {
			assert.False(t, p.Start < tb.End && p.End > tb.Start, "part of %s inside the table", s.Ref(d.ID))
		}
		if inside {
			lines = append(lines, s.Text)
		}
	}
	assert.Equal(t, []string{
		"第1表 目的別の関税概要",
		"目的 期間 適用範囲 税率 具体例",
		"交渉手段 数日から数週間 広範囲 25%以上、増加傾向 コロンビア、メキシコ、カナダ",
		"保護 数年間 限定的 25%—50%、安定または減少 鉄鋼、ソーラー製品、洗濯機",
		"財政収入 恒久的 広範囲 10%以下 普遍的",
		"貿易収支改善 恒久的 中程度から広範囲 10%—25% 中国(第1期政権)",
		"(出所) 筆者作成。",
	}, lines)
}

func TestTableWithoutCaptionOrNote(t *testing.T) {
	d, err := Parse("t.txt", []byte("本文である。\n国\t首都\n日本\t東京\nフランス\tパリ\n次の本文である。\n"))
	require.NoError(t, err)
	require.Len(t, d.Tables, 1)
	tb := d.Tables[0]
	assert.Equal(t, "", tb.Title)
	assert.Equal(t, "", tb.Note)
	assert.Equal(t, []string{"国", "首都"}, tb.Columns)
	assert.Equal(t, [][]string{{"日本", "東京"}, {"フランス", "パリ"}}, tb.Rows)
	c, ok := cellAt(tb, "フランス", "首都")
	require.True(t, ok)
	assert.Equal(t, "パリ", d.Raw[c.Start:c.End])
	assert.Equal(t, []Noise{Claim, NoiseTable, NoiseTable, NoiseTable, Claim}, noises(d.Sentences))
}

// One line with a tab is no table.
func TestSingleTabLineIsNoTable(t *testing.T) {
	d, err := Parse("t.txt", []byte("本文\tである。\n"))
	require.NoError(t, err)
	assert.Empty(t, d.Tables)
}

func cellAt(tb Table, row, column string) (Cell, bool) {
	for _, c := range tb.Cells {
		if c.Row == row && c.Column == column {
			return c, true
		}
	}
	return Cell{}, false
}

func noises(ss []Sentence) []Noise {
	out := make([]Noise, len(ss))
	for i, s := range ss {
		out[i] = s.Noise
	}
	return out
}
