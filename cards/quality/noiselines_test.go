package quality

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func TestNoiseHits(t *testing.T) {
	noise := []NoiseLine{
		{Text: "Photo by Jane Doe on Unsplash", Doc: "news.txt", Reason: "photo credit"},
		{Text: "トランプさんとの関係、これからが楽しみですね。もっと知りたい!", Doc: "news.txt", Reason: "reader comment"},
	}
	d := fixtureDeck([]deck.Fact{
		fact("f1", treaty, deck.KindDate, "1951年"),
		fact("f2", "写真: Photo by Jane Doe on Unsplash", deck.KindPerson, "Jane Doe"),
		fact("f3", "トランプさんとの関係、これからが楽しみですね。", deck.KindRelation, ""),
	}, []deck.Card{
		{ID: "c1", Fact: "f1"}, {ID: "c2", Fact: "f2"}, {ID: "c3", Fact: "f3"}, {ID: "c4", Fact: "f404"},
	})
	hits := NoiseHits(d, noise)
	require.Len(t, hits, 2)
	assert.Equal(t, NoiseHit{Card: "c2", Fact: "f2", Noise: noise[0]}, hits[0], "the sentence holds a noise line")
	assert.Equal(t, NoiseHit{Card: "c3", Fact: "f3", Noise: noise[1]}, hits[1], "the sentence is a piece of a noise line")
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, text, msg string
		read            func(string) error
	}{
		{"no header", "", "no header row", readLabelledText},
		{"wrong header", "id\tkind\n", `header is "id,kind"`, readLabelledText},
		{"missing field", "id\tkind\tdoc\texcerpt\tquestion\tanswer\na\tdate\tx.txt\tq\t1951年\n", "line 2: 5 fields, want 6", readLabelledText},
		{"empty field", "id\tkind\tdoc\texcerpt\tquestion\tanswer\na\tdate\tx.txt\t \tq\t1951年\n", `line 2: field "excerpt" is empty`, readLabelledText},
		{"bad kind", "id\tkind\tdoc\texcerpt\tquestion\tanswer\na\tyear\tx.txt\te\tq\t1951年\n", `kind "year"`, readLabelledText},
		{"id twice", "id\tkind\tdoc\texcerpt\tquestion\tanswer\na\tdate\tx\te\tq\ta\na\tdate\tx\te\tq\ta\n", "id a is used twice", readLabelledText},
		{"noise field count", "text\tdoc\treason\nPhoto by X\tnews.txt\n", "line 2: 2 fields, want 3", readNoiseText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read(tt.text)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestReadSkipsComments(t *testing.T) {
	ls, err := ReadLabelled(strings.NewReader("# a comment\n\nid\tkind\tdoc\texcerpt\tquestion\tanswer\r\n# another\nd1\tdate\tx.txt\t1951年に\t何年か。\t1951年\r\n"))
	require.NoError(t, err)
	assert.Equal(t, []Labelled{{ID: "d1", Kind: "date", Doc: "x.txt", Excerpt: "1951年に", Question: "何年か。", Answer: "1951年"}}, ls)
}

func readLabelledText(s string) error {
	_, err := ReadLabelled(strings.NewReader(s))
	return err
}

func readNoiseText(s string) error {
	_, err := ReadNoise(strings.NewReader(s))
	return err
}
