package extract

import "unicode"

// Part-of-speech tests on IPA tags. Each names the one distinction a phrase
// rule needs, so the rules read as grammar rather than as tag strings.

func (t token) noun() bool      { return t.POS[0] == "名詞" }
func (t token) verb() bool      { return t.POS[0] == "動詞" }
func (t token) aux() bool       { return t.POS[0] == "助動詞" }
func (t token) adj() bool       { return t.POS[0] == "形容詞" }
func (t token) adverb() bool    { return t.POS[0] == "副詞" }
func (t token) prefix() bool    { return t.POS[0] == "接頭詞" }
func (t token) adnominal() bool { return t.POS[0] == "連体詞" }
func (t token) particle() bool  { return t.POS[0] == "助詞" }
func (t token) symbol() bool    { return t.POS[0] == "記号" }

func (t token) number() bool    { return t.noun() && t.POS[1] == "数" }
func (t token) suffix() bool    { return t.noun() && t.POS[1] == "接尾" }
func (t token) pronoun() bool   { return t.noun() && t.POS[1] == "代名詞" }
func (t token) dependent() bool { return t.noun() && t.POS[1] == "非自立" } // こと, もの, ため, うち…
func (t token) proper() bool    { return t.noun() && t.POS[1] == "固有名詞" }
func (t token) person() bool    { return t.proper() && t.POS[2] == "人名" }
func (t token) org() bool       { return t.proper() && t.POS[2] == "組織" }
func (t token) place() bool     { return t.proper() && t.POS[2] == "地域" }
func (t token) country() bool   { return t.place() && t.POS[3] == "国" }
func (t token) nounStem() bool  { return t.noun() && t.POS[1] == "形容動詞語幹" } // 急速, 主要
func (t token) sahen() bool     { return t.noun() && t.POS[1] == "サ変接続" }   // 確認, 合意

// is reports a token of the given surface that is a particle: を, が, に…
func (t token) is(p string) bool { return t.particle() && t.Surface == p }

func (t token) comma() bool     { return t.symbol() && t.POS[1] == "読点" }
func (t token) period() bool    { return t.symbol() && t.POS[1] == "句点" }
func (t token) open() bool      { return t.symbol() && t.POS[1] == "括弧開" }
func (t token) close() bool     { return t.symbol() && t.POS[1] == "括弧閉" }
func (t token) space() bool     { return t.symbol() && t.POS[1] == "空白" }
func (t token) middleDot() bool { return t.Surface == "・" }

// latin reports a token written in Latin letters: IPEF, USAID, Gallup.
func (t token) latin() bool {
	for _, r := range t.Surface {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && r != '-' && r != '.' && r != '&' {
			return false
		}
	}
	return t.Surface != "" && unicode.IsLetter([]rune(t.Surface)[0])
}

// katakana reports a token written in katakana (with ・ and ー).
func (t token) katakana() bool {
	for _, r := range t.Surface {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return t.Surface != ""
}
