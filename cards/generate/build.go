// Package generate turns extracted facts into a factdeck/v1 deck. Every card
// keeps its fact's sentence and source, and ids derive from content so that
// saved progress survives a rebuild.
package generate

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// Options tune a build.
type Options struct {
	Title    string
	Language string
}

// minContext is the fewest runes a cloze prompt keeps beside its blank;
// shorter prompts do not say enough to be answerable.
const minContext = 12

// Build makes a deck from documents: one source per document, one fact per
// extracted span, and a cloze card for each fact whose prompt stays fair.
func Build(docs []*corpus.Document, opt Options) *deck.Deck {
	d := &deck.Deck{Format: deck.Format, Title: opt.Title, Language: opt.Language}
	if d.Language == "" {
		d.Language = "ja"
	}
	for _, doc := range docs {
		d.Sources = append(d.Sources, deck.Source{ID: doc.ID, File: doc.File, Title: sourceTitle(doc), Date: doc.Date})
	}
	seen := map[string]bool{}
	for _, f := range extract.Sentences(docs) {
		card, ok := cloze(f)
		if !ok {
			continue
		}
		fact := deck.Fact{ID: factID(f), Source: f.Doc.ID, Sentence: f.Sentence.Text, Kind: f.Kind, Key: f.Key}
		card.ID = cardID(fact.ID, card)
		card.Fact = fact.ID
		if seen[fact.ID] {
			continue
		}
		seen[fact.ID] = true
		d.Facts = append(d.Facts, fact)
		d.Cards = append(d.Cards, card)
	}
	sort.SliceStable(d.Cards, func(i, j int) bool { return d.Cards[i].ID < d.Cards[j].ID })
	return d
}

// titleRunes is the length of a title made from a document's first claim.
const titleRunes = 40

// sourceTitle is the document's own title or, when the text states none,
// the start of its first claim, so a student can still recognise it.
func sourceTitle(doc *corpus.Document) string {
	if doc.Title != "" {
		return doc.Title
	}
	for _, s := range doc.Sentences {
		if s.IsClaim() {
			if r := []rune(s.Text); len(r) > titleRunes {
				return string(r[:titleRunes]) + "…"
			}
			return s.Text
		}
	}
	return doc.File
}

// cloze blanks the fact's key in its sentence. It refuses a card whose
// answer would still show elsewhere in the prompt, or whose prompt is too
// short to say what is asked.
func cloze(f extract.Fact) (deck.Card, bool) {
	text := f.Sentence.Text
	prompt := text[:f.Start] + deck.Blank + text[f.End:]
	if strings.Contains(comparable(prompt), comparable(f.Key)) {
		return deck.Card{}, false
	}
	if utf8.RuneCountInString(prompt)-utf8.RuneCountInString(deck.Blank) < minContext {
		return deck.Card{}, false
	}
	return deck.Card{
		Type:   deck.TypeCloze,
		Prompt: prompt,
		Answer: f.Key,
		Tags:   []string{"kind:" + f.Kind, "source:" + f.Doc.ID},
	}, true
}

// comparable removes what does not change a number's meaning (spaces and
// thousands separators) so "2,400" and "2400" compare equal.
func comparable(s string) string {
	return strings.NewReplacer(" ", "", ",", "", "　", "").Replace(corpus.Normalize(s))
}

func factID(f extract.Fact) string {
	return "f" + hash(f.Doc.File, f.Sentence.Text, f.Kind, f.Key)
}

func cardID(factID string, c deck.Card) string {
	return "c" + hash(factID, c.Type, c.Prompt, c.Answer)
}

// hash is a short content hash: 12 hex digits make a collision among a
// deck's few thousand ids vanishingly unlikely.
func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
