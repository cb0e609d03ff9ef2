//go:build !js

package apkg

import "factdeck/cards/formats"

// Note types, as the collection's models column holds them: Anki's own
// Basic and Cloze, with their fields and card templates.
type model struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Type      int        `json:"type"` // 0 standard, 1 cloze
	Mod       int64      `json:"mod"`
	USN       int        `json:"usn"`
	SortField int        `json:"sortf"`
	DeckID    int64      `json:"did"`
	Templates []template `json:"tmpls"`
	Fields    []field    `json:"flds"`
	CSS       string     `json:"css"`
	LatexPre  string     `json:"latexPre"`
	LatexPost string     `json:"latexPost"`
	LatexSVG  bool       `json:"latexsvg"`
	Tags      []string   `json:"tags"`
	Vers      []any      `json:"vers"`
	// Req says which fields a template needs to make a card.
	Req [][]any `json:"req"`
}

type template struct {
	Name   string `json:"name"`
	Ord    int    `json:"ord"`
	QFmt   string `json:"qfmt"`
	AFmt   string `json:"afmt"`
	DeckID *int64 `json:"did"`
	BQFmt  string `json:"bqfmt"`
	BAFmt  string `json:"bafmt"`
}

type field struct {
	Name   string `json:"name"`
	Ord    int    `json:"ord"`
	Sticky bool   `json:"sticky"`
	RTL    bool   `json:"rtl"`
	Font   string `json:"font"`
	Size   int    `json:"size"`
	Media  []any  `json:"media"`
}

// Model ids are fixed, so that a second import of a package finds the
// note types the first one made.
const (
	basicModelID int64 = 1700000000001
	clozeModelID int64 = 1700000000002
)

// css sets Japanese in the fonts a school computer or phone has.
const css = `.card { font-family: "Hiragino Sans", "Yu Gothic", "Noto Sans CJK JP", sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.cloze { font-weight: bold; color: blue; }
ol.choices { margin-top: 0.5em; }`

const latexPre = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"
const latexPost = "\\end{document}"

func models(deckID, mod int64) map[string]model {
	fields := func(names ...string) []field {
		out := make([]field, len(names))
		for i, n := range names {
			out[i] = field{Name: n, Ord: i, Font: "Arial", Size: 20, Media: []any{}}
		}
		return out
	}
	basic := model{ID: basicModelID, Name: formats.AnkiBasic, Type: 0, Mod: mod / 1000, USN: -1, DeckID: deckID,
		Templates: []template{{Name: "Card 1", QFmt: "{{Front}}", AFmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"}},
		Fields:    fields("Front", "Back"), CSS: css, LatexPre: latexPre, LatexPost: latexPost,
		Tags: []string{}, Vers: []any{}, Req: [][]any{{0, "any", []int{0}}}}
	cloze := model{ID: clozeModelID, Name: formats.AnkiCloze, Type: 1, Mod: mod / 1000, USN: -1, DeckID: deckID,
		Templates: []template{{Name: "Cloze", QFmt: "{{cloze:Text}}", AFmt: "{{cloze:Text}}<br>\n{{Back Extra}}"}},
		Fields:    fields("Text", "Back Extra"), CSS: css, LatexPre: latexPre, LatexPost: latexPost,
		Tags: []string{}, Vers: []any{}, Req: [][]any{{0, "any", []int{0}}}}
	return map[string]model{"1700000000001": basic, "1700000000002": cloze}
}
