package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

// Reasons and outcomes a sentence states become relation facts whose key
// is the reason or the outcome itself.
func TestReasonsAndOutcomes(t *testing.T) {
	doc := parse(t, "reasons.txt", "理由と結果\n"+
		"大統領は、移民の流入を阻止するため、隣国からの全製品に関税を課した。\n"+
		"首相は国際会議に否定的であるため、その開催も不透明になっている。\n"+
		"候補者は総得票数でも相手候補を上回ったことから、政策の推進に自信を持った。\n"+
		"裁判所は命令を一時差し止める判決を下した。この判決により、機関の解体手続きは一時的に停止されている。\n"+
		"甲国は乙国の防衛義務を負う一方で、乙国の甲国防衛の義務は明文化されていない。\n")
	facts, err := extract.Extract([]*corpus.Document{doc})
	require.NoError(t, err)
	keys := kindsKeys(facts, "relation")
	assert.Contains(t, keys, "relation:移民の流入を阻止するため", "a purpose")
	assert.Contains(t, keys, "relation:国際会議に否定的であるため", "a reason stated as a state")
	assert.Contains(t, keys, "relation:総得票数でも相手候補を上回った", "a cause stated with ことから")
	assert.Contains(t, keys, "relation:一時的に停止されている", "an outcome stated with により")
	assert.Contains(t, keys, "relation:明文化されていない", "the other side of a contrast")
}

// A reason clause is read whole: across a comma after a continuative
// (多く、 / 加え、), with its own topic when the main clause has another,
// as a state (厳しいため), and with the words before a purpose's object.
func TestReasonClausesAreReadWhole(t *testing.T) {
	for _, tt := range []struct{ sentence, key string }{
		{"北部の農園では斜面が少なく、大きな機械で一度に刈り取れるため、費用を低く抑えられる。", "斜面が少なく、大きな機械で一度に刈り取れるため"},
		{"住民の高齢化に加え、工事中は迂回路の通行に時間がかかったことから、昨年度の来場者は2割減った。", "住民の高齢化に加え、工事中は迂回路の通行に時間がかかった"},
		{"隣国は輸入品の検査が国内より厳しいため、輸出向けには別の工程が必要になる。", "輸入品の検査が国内より厳しいため"},
		{"この藻は暗い洞窟の中で硫黄を分解して栄養を得るため、日光がなくても育つことができる。", "暗い洞窟の中で硫黄を分解して栄養を得るため"},
	} {
		doc := parse(t, "reasons.txt", "理由\n\n"+tt.sentence+"\n")
		facts, err := extract.Extract([]*corpus.Document{doc})
		require.NoError(t, err)
		assert.Contains(t, kindsKeys(facts, "relation"), "relation:"+tt.key, tt.sentence)
	}
}
