package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

func TestNumericSpans(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // kind:key in sentence order
	}{
		{"石破茂首相は2025年2月7日にワシントンを訪れた。", []string{"date:2025年2月7日"}},
		{"トランプ氏は2025年1月に就任し、1951年の条約を批判した。", []string{"date:2025年1月", "date:1951年"}},
		{"防衛費をGDP比2%に引き上げ、関税は25%から50%とされた。", []string{"percent:2%", "percent:25%", "percent:50%"}},
		{"年間貿易額は約2,400億ドルで、負担は約7,500億円だった。", []string{"money:約2,400億ドル", "money:約7,500億円"}},
		{"USAID職員2200人の休暇命令が差し止められた。", []string{"number:2200人"}},
		{"米国は日本の輸出額の約2割を占める。", []string{"number:約2割"}},
		{"安全保障条約第5条と憲法第9条、セクション232条を論じた。", []string{"number:第5条", "number:第9条", "number:セクション232条"}},
		{"全角の２０２５年３月２７日も数える。", []string{"date:2025年3月27日"}},
		{"関税の発動を1ヵ月間延期し、第2期トランプ政権は続く。", []string{"number:1ヵ月間"}},
		{"山の標高は2,214メートルで、火口湖の直径は約800メートルある。", []string{"number:2,214メートル", "number:約800メートル"}},
		{"熱水は最高320度に達し、駅から集落までは約15分で結ばれる。", []string{"number:320度", "number:約15分"}},
		{"望遠鏡の口径は65センチで、小惑星を18個発見し、新たに6つの駅が設けられた。", []string{"number:65センチ", "number:18個", "number:6つ"}},
		{"2つの新政権と1つの理由は数えない。", nil},
		{"研究には約2億3000万円と1兆2000億円が充てられた。", []string{"money:約2億3000万円", "money:1兆2000億円"}},
		{"トラック1.5の外交と13月は数えない。", nil},
		{"数字のない文。", nil},
	}
	for _, tt := range tests {
		doc := parse(t, "t.txt", tt.sentence+"\n")
		facts := extract.Sentences([]*corpus.Document{doc})
		for _, f := range facts {
			assert.Equal(t, f.Key, f.Sentence.Text[f.Start:f.End])
		}
		assert.Equal(t, tt.want, kindsKeys(facts, "date", "number", "percent", "money"), tt.sentence)
	}
}

func TestNumericValues(t *testing.T) {
	tests := []struct {
		sentence, key string
		value         float64
		unit          string
	}{
		{"日米間の年間貿易額約2,400億ドルが焦点となった。", "約2,400億ドル", 2400, "億ドル"},
		{"研究には国から約2億3000万円が充てられた。", "約2億3000万円", 2.3, "億円"},
		{"米国は日本の輸出額の約2割を占める。", "約2割", 2, "割"},
		{"トランプ大統領の支持率は46%であった。", "46%", 46, "%"},
		{"USAID職員2200人の有給休暇命令が止められた。", "2200人", 2200, "人"},
		{"安全保障条約第5条を確認した。", "第5条", 5, "条"},
		{"日米安保条約は1951年に締結された。", "1951年", 19510000, ""},
		{"両首脳は2025年2月7日に会談した。", "2025年2月7日", 20250207, ""},
	}
	for _, tt := range tests {
		facts := extract.Sentences([]*corpus.Document{parse(t, "t.txt", tt.sentence+"\n")})
		f := findFact(facts, "t", "", kindOfKey(facts, tt.key), tt.key)
		require.NotNil(t, f, tt.sentence)
		assert.Equal(t, tt.value, f.Value, tt.sentence)
		assert.Equal(t, tt.unit, f.Unit, tt.sentence)
	}
}

// kindOfKey returns the kind of the first fact with key.
func kindOfKey(facts []extract.Fact, key string) string {
	for _, f := range facts {
		if f.Key == key {
			return f.Kind
		}
	}
	return ""
}

// A month and day take their year from the date the text was written:
// the document's date line, or the excerpt date above them, and a month
// after that date's month is last year's. The key stays as written.
func TestMonthDayYear(t *testing.T) {
	tests := []struct {
		name, text, key string
		value           float64
		context         string
	}{
		{"document date", "2025年2月10日\n1月23日にトランプ大統領はNATO加盟国に防衛費の増額を求めた。\n", "1月23日", 20250123, "2025年"},
		{"later month is last year", "2025年2月10日\n12月に実施した調査では、支持が広がった。\n", "12月", 20241200, "2024年"},
		{"no date known", "1月23日にトランプ大統領は発言した。\n", "1月23日", 123, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := extract.Sentences([]*corpus.Document{parse(t, "t.txt", tt.text)})
			f := findFact(facts, "t", "", "date", tt.key)
			require.NotNil(t, f)
			assert.Equal(t, tt.value, f.Value)
			assert.Equal(t, tt.context, f.Context)
		})
	}
}
