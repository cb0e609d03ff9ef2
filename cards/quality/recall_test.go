package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
)

func TestRecall(t *testing.T) {
	d := fixtureDeck([]deck.Fact{
		fact("f1", meeting, deck.KindDate, "2025年2月7日"),
		fact("f2", trade, deck.KindMoney, "約2,400億ドル"),
		fact("f3", treaty, deck.KindDate, "1951年"),
		fact("f4", treaty, deck.KindDate, "1960年"),
	}, []deck.Card{
		{ID: "c1", Fact: "f1", Type: deck.TypeCloze, Prompt: "［＿＿＿］、石破茂首相は…", Answer: "2025年2月7日"},
		{ID: "c2", Fact: "f2", Type: deck.TypeNumeric, Prompt: "年間貿易額は約何億ドルか。", Answer: "2400"},
		{ID: "c3", Fact: "f3", Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1952年に締結された。", Answer: "false"},
		{ID: "c4", Fact: "f4", Type: deck.TypeOrder, Prompt: "古い順に並べよ。", Answer: "締結 → 改定", Choices: []string{"締結(1951年)", "改定(1960年)"}},
	})
	tests := []struct {
		name string
		l    Labelled
		want bool
	}{
		{"cloze answer equals", Labelled{Excerpt: "石破茂首相はホワイトハウスで", Answer: "2025年2月7日"}, true},
		{"cloze answer holds a shorter label", Labelled{Excerpt: "石破茂首相はホワイトハウスで", Answer: "2月7日"}, true},
		{"cloze answer is only part of the label", Labelled{Excerpt: "石破茂首相はホワイトハウスで", Answer: "2025年2月7日、石破茂"}, false},
		{"numeric card answers the labelled amount", Labelled{Excerpt: "年間貿易額約2,400億ドル", Answer: "約2,400億ドル"}, true},
		{"labelled answer written with full-width digits", Labelled{Excerpt: "年間貿易額約２，４００億ドル", Answer: "約２，４００億ドル"}, true},
		{"true/false card asks for its key", Labelled{Excerpt: "1951年に締結され", Answer: "1951年"}, true},
		{"order card holds the label in a choice", Labelled{Excerpt: "1960年に改定された", Answer: "1960年"}, true},
		{"no card asks it", Labelled{Excerpt: "ホワイトハウスで", Answer: "ホワイトハウス"}, false},
		{"a bigger number is not the answer", Labelled{Excerpt: "年間貿易額", Answer: "400億ドル"}, false},
		{"answer found under another sentence only", Labelled{Excerpt: "会談では", Answer: "1951年"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.l.ID = "x"
			hits, total, missed := Recall(d, []Labelled{tt.l})
			assert.Equal(t, 1, total)
			if tt.want {
				assert.Equal(t, 1, hits)
				assert.Empty(t, missed)
			} else {
				assert.Equal(t, 0, hits)
				assert.Equal(t, []Labelled{tt.l}, missed)
			}
		})
	}
}
