package formats

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// A GIFT file as a teacher writes it by hand: every question type of the
// Moodle Docs' "GIFT format" page, with feedback, weights, a category, a
// range and a missing word.
const handGIFT = `// 第1回 小テスト
$CATEGORY: $course$/日米関係

::q1:: 日米安保条約が締結されたのは何年か。 {=1951年 =1951 #よくできました}

[html]首相が訪れたのは？ {~ホワイトハウス#ちがう =ペンタゴン ~国会議事堂}

安保条約は1960年に改定された。{TRUE}

日米の年間貿易額（億ドル） {#2300..2500}

石破茂首相は {=ワシントン ~ニューヨーク} を訪れた。

それぞれを結べ。 {
  =USTR -> 米国通商代表部
  =FOIP -> 自由で開かれたインド太平洋
}

部分点 {~%50%半分 =全部 ~%-50%誤り}
`

func TestReadGIFTHandWritten(t *testing.T) {
	cards, err := ReadGIFT([]byte(handGIFT))
	require.NoError(t, err)
	require.Len(t, cards, 7)
	assert.Equal(t, ImportedCard{Line: 4, ID: "q1", Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年", Also: []string{"1951"}}, cards[0])
	assert.Equal(t, deck.TypeMCQ, cards[1].Type)
	assert.Equal(t, "ペンタゴン", cards[1].Answer)
	assert.Equal(t, []string{"ホワイトハウス", "ペンタゴン", "国会議事堂"}, cards[1].Choices)
	assert.Equal(t, "首相が訪れたのは？", cards[1].Prompt)
	assert.Equal(t, deck.TypeTrueFalse, cards[2].Type)
	assert.Equal(t, "true", cards[2].Answer)
	assert.Equal(t, deck.TypeNumeric, cards[3].Type)
	assert.Equal(t, "2400", cards[3].Answer)
	assert.InDelta(t, 100, cards[3].Tolerance, 1e-9)
	assert.Equal(t, "石破茂首相は"+deck.Blank+"を訪れた。", cards[4].Prompt)
	assert.Equal(t, deck.TypeMCQ, cards[4].Type)
	assert.Equal(t, deck.TypeMatch, cards[5].Type)
	assert.Equal(t, []deck.Pair{{Left: "USTR", Right: "米国通商代表部"}, {Left: "FOIP", Right: "自由で開かれたインド太平洋"}}, cards[5].Pairs)
	assert.Equal(t, "全部", cards[6].Answer)
	d, err := NewDeck("quiz.gift", "ja", cards)
	require.NoError(t, err)
	assert.Len(t, d.Cards, 7)
}

func TestReadersNameTheLine(t *testing.T) {
	for _, tt := range []struct {
		name, format, input, msg string
	}{
		{"gift essay", "gift", "// c\n\nQ1 {=a}\n\n作文を書け。{}\n", "line 5: an essay question"},
		{"gift no block", "gift", "説明だけ。\n", "line 1: no answer block"},
		{"gift open block", "gift", "Q {=a\n", "line 1: the answer block { is not closed"},
		{"gift two right in mcq", "gift", "Q {=a =b ~c}\n", "more than one right answer"},
		{"gift bad number", "gift", "\n\nQ {#abc}\n", "line 3: numerical answer \"abc\""},
		{"csv no answer column", "csv", "prompt,back2\nq,a\n", `line 1: the header row has no "answer" column`},
		{"csv bad quote", "csv", "prompt,answer\n\"q,a\n", "line 2"},
		{"csv tolerance", "csv", "prompt,answer,tolerance\nq,1,x\n", `line 2: field "tolerance": "x" is not a number`},
		{"anki bad column", "anki", "#separator:tab\n#guid column:zero\n", `line 2: header "guid column"`},
		{"anki cloze without deletion", "anki", "#notetype column:1\nCloze\tno deletion\textra\n", "line 2: a Cloze note's Text has no"},
		{"invalid UTF-8", "quizlet", "a\tb\nc\t\xff\n", "line 2: byte 7: invalid UTF-8"},
		{"too large", "quizlet", strings.Repeat("a", MaxImportBytes+1), "more than the 8388608 bytes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import(tt.format, "f."+tt.format, []byte(tt.input))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestImportValidatesEachCardByLine(t *testing.T) {
	_, err := Import("csv", "f.csv", []byte("prompt,answer,type\nq1,a1,basic\nq2,a2,mcq\n,a3,\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `line 3: card`)
	assert.Contains(t, err.Error(), `field "choices": has 0, want at least 2`)
	assert.Contains(t, err.Error(), `line 4: card`)
	assert.Contains(t, err.Error(), `field "prompt": is empty`)
}

func TestReadAnkiWithoutHeaders(t *testing.T) {
	cards, err := ReadAnki([]byte("front one\tback one\n\n{{c1::東京}}は首都\textra\n"))
	require.NoError(t, err)
	require.Len(t, cards, 2)
	assert.Equal(t, "front one", cards[0].Prompt)
	assert.Equal(t, "back one", cards[0].Answer)
	assert.Equal(t, deck.Blank+"は首都", cards[1].Prompt)
	assert.Equal(t, "東京", cards[1].Answer)
	assert.Equal(t, 3, cards[1].Line)
}

func TestReadCSVAliasesAndBOM(t *testing.T) {
	cards, err := ReadCSV([]byte(bom + "Question,Definition,tags\r\n\"「引用」, と \"\"記号\"\"\",答え,\"a\nb c\"\r\n"))
	require.NoError(t, err)
	require.Len(t, cards, 1)
	assert.Equal(t, `「引用」, と "記号"`, cards[0].Prompt)
	assert.Equal(t, []string{"a", "b c"}, cards[0].Tags)
}

func TestMoodleXMLReadsBack(t *testing.T) {
	data, warns, err := WriteMoodleXML(sample(t))
	require.NoError(t, err)
	require.Len(t, warns, 1)
	assert.Equal(t, "c-order", warns[0].Card)
	var quiz struct {
		Questions []struct {
			Type    string `xml:"type,attr"`
			Name    string `xml:"name>text"`
			Answers []struct {
				Fraction string `xml:"fraction,attr"`
				Text     string `xml:"text"`
			} `xml:"answer"`
		} `xml:"question"`
	}
	require.NoError(t, xml.Unmarshal(data, &quiz))
	types := map[string]string{}
	for _, q := range quiz.Questions {
		types[q.Name] = q.Type
		if q.Name == "c-mcq" {
			right := 0
			for _, a := range q.Answers {
				if a.Fraction == "100" {
					right++
					assert.Equal(t, "2025年2月7日", a.Text)
				}
			}
			assert.Equal(t, 1, right)
		}
	}
	assert.Equal(t, map[string]string{"": "category", "c-cloze": "shortanswer", "c-mcq": "multichoice", "c-true": "truefalse",
		"c-false": "truefalse", "c-numeric": "numerical", "c-basic": "shortanswer", "c-cloze-end": "shortanswer", "c-match": "matching"}, types)
}
