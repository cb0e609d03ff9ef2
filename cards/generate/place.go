package generate

import "strings"

// within names, for the places of the corpus that stand in another, the
// place they stand in. A distractor inside or around the answer may be
// right too: to visit 熊本 is to visit 日本, the ホワイトハウス is in ワシントン.
var within = map[string]string{
	"ホワイトハウス": "ワシントン",
	"ワシントン":   "アメリカ",
	"テキサス州":   "アメリカ",
	"アイオワ州":   "アメリカ",
	"アラスカ":    "アメリカ",
	"米":       "アメリカ",
	"米国":      "アメリカ",
	"ダボス":     "スイス",
	"スイス・ダボス": "スイス",
	"熊本":      "日本",
	"沖縄県":     "日本",
	"尖閣諸島":    "日本",
	"南西諸島":    "日本",
	"ガザ地区":    "中東",
	"イスラエル":   "中東",
	"イラン":     "中東",
}

// samePlace reports two names of one place, or of places one inside the
// other: ワシントン and ワシントンD.C., ホワイトハウス and ワシントン.
func samePlace(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return standsIn(a, b) || standsIn(b, a)
}

// standsIn reports whether place a stands, however deep, in place b.
func standsIn(a, b string) bool {
	for p, ok := within[base(a)]; ok; p, ok = within[p] {
		if samePrefix(p, b) {
			return true
		}
	}
	return false
}

// base drops a suffix that names the same place twice: ワシントンD.C. is
// ワシントン.
func base(s string) string { return strings.TrimSuffix(s, "D.C.") }

func samePrefix(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }
