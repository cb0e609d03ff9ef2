package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const interview = `監督に聞く
2026年2月3日

チームが初めて優勝した。

――優勝、おめでとうございます。
森 ありがとうございます。
――今季の成績は。
森 18勝2敗で、勝率9割はリーグ記録です。
――練習は。
森 平日の夜に2時間だけ練習しています。

コメント(2件)

たろう 2026年2月4日 8:12
地元の誇りやな。
はなこ 2026年2月4日 9:00
来季も応援しとるよ
`

func TestInterviewTurnsAndComments(t *testing.T) {
	d, err := Parse("interview.txt", []byte(interview))
	require.NoError(t, err)
	byText := map[string]Sentence{}
	for _, s := range d.Sentences {
		byText[s.Text] = s
	}
	// A speaker's label is layout: the turn is the claim.
	s, ok := byText["18勝2敗で、勝率9割はリーグ記録です。"]
	if assert.True(t, ok, "the label is taken off the turn") {
		assert.Equal(t, Claim, s.Noise)
		assert.Equal(t, "森", s.Mark)
	}
	// The interviewer's questions frame answers; they claim nothing.
	assert.Equal(t, NoiseQuestion, byText["――今季の成績は。"].Noise)
	// Everything under the comments heading is what readers wrote.
	for _, text := range []string{"地元の誇りやな。", "来季も応援しとるよ", "たろう 2026年2月4日 8:12"} {
		s, ok := byText[text]
		if assert.True(t, ok, text) {
			assert.Equal(t, NoiseComment, s.Noise, text)
		}
	}
	assert.Equal(t, "2026-02-03", d.Date)
}

// A name that opens one or two lines is text, not a speaker.
func TestNameAtLineStartIsNoSpeakerByItself(t *testing.T) {
	d, err := Parse("news.txt", []byte("記事\n\n森 会長は10日に辞任した。\n後任は未定である。\n"))
	require.NoError(t, err)
	assert.Equal(t, "森 会長は10日に辞任した。", d.Sentences[1].Text)
}
