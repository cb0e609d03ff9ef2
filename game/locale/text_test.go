package locale

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every Text speaks both languages: a string added in one and left empty
// in the other would draw nothing.
func TestTextsHaveBothLanguages(t *testing.T) {
	for _, tx := range textPairs() {
		assert.NotEmpty(t, strings.TrimSpace(tx.Ja), "text %q lacks its Japanese", tx.En)
		assert.NotEmpty(t, strings.TrimSpace(tx.En), "text %q lacks its English", tx.Ja)
	}
	assert.Equal(t, "Undo", StudyUndo.In(English))
	assert.Equal(t, "元に戻す", StudyUndo.In(Japanese))
}

// Every Japanese UI constant has its English, and the English table holds
// nothing else: a string added in Japanese alone fails here.
func TestEveryConstantHasEnglish(t *testing.T) {
	consts := map[string]bool{}
	for _, ja := range constTexts() {
		consts[ja] = true
		en, ok := english[ja]
		if assert.True(t, ok, "%q has no English", ja) {
			assert.NotEmpty(t, strings.TrimSpace(en), "%q has an empty English", ja)
			assert.Equal(t, strings.Count(ja, "%"), strings.Count(en, "%"), "%q and %q take different arguments", ja, en)
		}
	}
	for ja := range english {
		assert.True(t, consts[ja], "%q is in the English table but not a UI constant", ja)
	}
	for _, n := range neutral() {
		assert.False(t, consts[n], "%q is listed as neutral and as needing English", n)
	}
}

// In gives the English where asked and the Japanese otherwise.
func TestIn(t *testing.T) {
	assert.Equal(t, "Show answer", In(English, Flip))
	assert.Equal(t, Flip, In(Japanese, Flip))
	assert.Equal(t, "Quiz", In(English, Quiz))
	assert.Equal(t, TrueLabel, In(English, TrueLabel), "a neutral string stays itself")
}

// ParseLang reads the language tags browsers and LANG give.
func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{
		"en": English, "en-US": English, "EN_gb.UTF-8": English, "ja": Japanese, "ja-JP": Japanese,
		"ja_JP.UTF-8": Japanese, "": Japanese, "C": Japanese, "fr-FR": Japanese, "english": Japanese,
	} {
		assert.Equal(t, want, ParseLang(in), "%q", in)
	}
	assert.Equal(t, "en", English.Code())
	assert.Equal(t, "ja", Japanese.Code())
}
