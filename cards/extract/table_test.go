package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// Every cell of 第1表 目的別の関税概要 is a fact tied to its row and column.
func TestTableCells(t *testing.T) {
	docs, facts := realCorpus(t)
	var cells int
	for _, d := range docs {
		for _, tb := range d.Tables {
			cells += len(tb.Cells)
		}
	}
	var table []string
	for _, f := range facts {
		if f.Kind == deck.KindTable {
			table = append(table, f.Row+"/"+f.Column+"="+f.Key)
			assert.Equal(t, "目的別の関税概要", f.Subject)
			assert.Equal(t, "第1表 目的別の関税概要", f.Context)
			assert.Equal(t, f.Key, f.Sentence.Text[f.Start:f.End])
		}
	}
	require.Len(t, table, cells)
	tests := []struct{ row, column, key string }{
		{"交渉手段", "期間", "数日から数週間"},
		{"交渉手段", "税率", "25%以上、増加傾向"},
		{"保護", "具体例", "鉄鋼、ソーラー製品、洗濯機"},
		{"財政収入", "税率", "10%以下"},
		{"財政収入", "適用範囲", "広範囲"},
		{"貿易収支改善", "適用範囲", "中程度から広範囲"},
		{"貿易収支改善", "具体例", "中国(第1期政権)"},
		{"保護", "目的", "保護"},
	}
	for _, tt := range tests {
		assert.Contains(t, table, tt.row+"/"+tt.column+"="+tt.key)
	}
}
