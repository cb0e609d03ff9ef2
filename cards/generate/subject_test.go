package generate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
)

// A document about one thing leaves it out of later sentences; their
// cards say what they are about.
func TestCardsNameTheDocumentsTopic(t *testing.T) {
	text := "桜ヶ丘ダムの完成\n\n" +
		"桜ヶ丘ダムは、県が1998年に着工した多目的ダムである。\n" +
		"桜ヶ丘ダムの総貯水量は約4,500万立方メートルで、県内で最大となる。\n" +
		"完成後、下流の水害は大きく減り、2020年までに浸水被害は約8割減った。\n" +
		"堤の高さは約110メートルあり、2012年3月に完成した。\n" +
		"桜ヶ丘ダムの発電所は約3万世帯分の電力を供給する。\n"
	doc, err := corpus.Parse("dam.txt", []byte(text))
	require.NoError(t, err)
	d, err := Build([]*corpus.Document{doc}, Options{Title: "t", Language: "ja", Seed: 1, MinQuality: DefaultMinQuality})
	require.NoError(t, err)
	framed := 0
	for _, c := range d.Cards {
		if strings.Contains(c.Prompt, "堤の高さ") {
			assert.Contains(t, c.Prompt, "【桜ヶ丘ダムについて】", c.Prompt)
			framed++
		}
		if strings.Contains(c.Prompt, "桜ヶ丘ダムの総貯水量") {
			assert.NotContains(t, c.Prompt, "について】", "a prompt that names its topic needs no frame")
		}
	}
	assert.Positive(t, framed, "cards on the sentence without its topic")
}

func TestFullNameCarriesANameOn(t *testing.T) {
	claims := []string{"みなと浜鉄道は再開した。", "みなと浜鉄道の利用者は減った。", "みなと浜鉄道が開業した。"}
	assert.Equal(t, "みなと浜鉄道", fullName("みなと", claims))
	assert.Equal(t, "霧ヶ岳", fullName("霧ヶ岳", []string{"霧ヶ岳は火山だ。", "霧ヶ岳町がある。", "霧ヶ岳の湖。"}))
}

func TestNationalPost(t *testing.T) {
	for _, r := range []string{"首相", "官房長官", "国防長官", "防衛相", "外務大臣"} {
		assert.True(t, nationalPost(r), r)
	}
	for _, r := range []string{"社長", "館長", "教授", "監督", "村長"} {
		assert.False(t, nationalPost(r), r)
	}
}
