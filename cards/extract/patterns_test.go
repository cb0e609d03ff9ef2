package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // kind:key in sentence order
	}{
		{"石破茂首相は2025年2月7日にワシントンを訪れた。", []string{"date:2025年2月7日"}},
		{"トランプ氏は2025年1月に就任し、1951年の条約を批判した。", []string{"date:2025年1月", "date:1951年"}},
		{"防衛費をGDP比2%に引き上げ、関税は25%から50%とされた。", []string{"percent:2%", "percent:25%", "percent:50%"}},
		{"年間貿易額は約2,400億ドルで、負担は約7,500億円だった。", []string{"money:約2,400億ドル", "money:約7,500億円"}},
		{"USAID職員2200人の休暇命令が差し止められた。", []string{"number:2200人"}},
		{"全角の２０２５年３月２７日も数える。", []string{"date:2025年3月27日"}},
		{"数字のない文。", nil},
	}
	for _, tt := range tests {
		doc, err := corpus.Parse("t.txt", []byte(tt.sentence+"\n"))
		require.NoError(t, err)
		var got []string
		for _, f := range extract.Sentences([]*corpus.Document{doc}) {
			got = append(got, f.Kind+":"+f.Key)
			assert.Equal(t, f.Key, f.Sentence.Text[f.Start:f.End])
		}
		assert.Equal(t, tt.want, got, tt.sentence)
	}
}

func TestNoiseGivesNoFacts(t *testing.T) {
	doc, err := corpus.Parse("t.txt", []byte("https://example.com/2025/01/20/article\nPhoto by Jane on Unsplash 2024\n"))
	require.NoError(t, err)
	assert.Empty(t, extract.Sentences([]*corpus.Document{doc}))
}
