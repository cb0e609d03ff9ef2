// Package generate turns documents into a factdeck/v1 deck: it runs
// extract over them and makes, from each fact, the cards that fit it
// (cloze, multiple choice, true/false, numeric, term ↔ definition), and
// from groups of facts ordering and matching cards. Every card keeps its
// fact's sentence and source; ids derive from content so that saved
// progress survives a rebuild; every random choice derives from a seed, so
// the same input and seed give the same deck.
package generate

import (
	"fmt"
	"slices"
	"sort"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
	"factdeck/cards/phrase"
)

// Options tune a build.
type Options struct {
	Title string
	// Language is the language of the questions' wording, "ja" (the
	// default) or "en"; the corpus's spans stay as they are.
	Language string
	// Seed decides distractors, choice order and which true/false cards
	// state a falsehood.
	Seed uint64
	// Types and Kinds keep only cards of these types and facts of these
	// kinds; empty keeps all.
	Types, Kinds []string
	// MinQuality drops cards whose quality score (0..1) is lower;
	// DefaultMinQuality is what deckgen build uses.
	MinQuality float64
	// SkipCaveated leaves out the cards on claims that need a caveat:
	// disputed by another source, from a source contradicted on who holds
	// a post, from a dated excerpt, or forecasts.
	SkipCaveated bool
	// Paragraphs keeps with each fact the paragraph its sentence stands
	// in (deck.Fact.Paragraph), for the app's source viewer; about 12% on
	// the built-in deck's snapshot after brotli. Off, the deck is as it
	// was before the field existed.
	Paragraphs bool
	// Progress, if set, hears how far a long stage has come.
	Progress func(stage string, done, total int)
}

// builder holds what every card maker needs.
type builder struct {
	opt   Options
	words wording
	ix    *index
	cv    *caveats
	// lead are the people the documents are about, named in so many of
	// their sentences that a blank for one is guessed, not known.
	lead []string
	// claims are the texts of the documents' claims.
	claims []string
	docs   []*corpus.Document
	// topicalSeen keeps topical's answers: it counts a name in every
	// claim, and each card of a fact asks it again.
	topicalSeen map[string]bool
	// disputedGlosses and slogans are gathered on first use (see
	// showsDisputedGloss and sloganForms).
	disputedGlosses []*fact
	slogans         map[string][]string
}

// DefaultMinQuality drops what no teacher would keep: a blank that asks
// for a vague word ("［＿＿＿］が指摘されています"), a sentence that leans on one
// the card does not show, and a card whose sources disagree on top of either.
const DefaultMinQuality = 0.5

// Build makes a deck from documents: it extracts their facts, then makes
// the cards (see BuildFacts).
func Build(docs []*corpus.Document, opt Options) (*deck.Deck, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	facts, err := extractFacts(docs)
	if err != nil {
		return nil, err
	}
	return BuildFacts(docs, facts, opt)
}

// BuildFacts makes a deck from facts already extracted from docs.
func BuildFacts(docs []*corpus.Document, extracted []extract.Fact, opt Options) (*deck.Deck, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if opt.Language == "" {
		opt.Language = "ja"
	}
	if opt.Progress == nil {
		opt.Progress = func(string, int, int) {}
	}
	analyzer, err := phrase.New()
	if err != nil {
		return nil, err
	}
	facts := collectFacts(extracted, opt.Kinds)
	b := &builder{opt: opt, words: wordingFor(opt.Language), ix: newIndex(facts)}
	b.cv = newCaveats(facts, b.ix)
	b.lead = protagonists(docs)
	b.claims = claimTexts(docs)
	b.docs = docs
	cards := b.cards(facts)

	d := &deck.Deck{Format: deck.Format, Title: opt.Title, Language: opt.Language}
	for _, doc := range docs {
		d.Sources = append(d.Sources, deck.Source{ID: doc.ID, File: doc.File, Title: sourceTitle(doc), Date: doc.Date})
	}
	d.Facts = b.deckFacts(facts, cards)
	for _, m := range cards {
		m.card.ID = cardID(m.fact.id, m.card)
		m.card.Fact = m.fact.id
		m.card.Tags = tags(*m)
		d.Cards = append(d.Cards, m.card)
	}
	sort.SliceStable(d.Cards, func(i, j int) bool { return d.Cards[i].ID < d.Cards[j].ID })
	annotate(d, analyzer, personNames(facts), func(done, total int) { opt.Progress("annotations", done, total) })
	return d, nil
}

// Validate rejects options no deck could be built with, so a caller can
// check them before the long work of extraction.
func (o Options) Validate() error {
	for _, t := range o.Types {
		if !slices.Contains(deck.Types, t) {
			return fmt.Errorf("generate: unknown card type %q (want one of %v)", t, deck.Types)
		}
	}
	for _, k := range o.Kinds {
		if !slices.Contains(deck.Kinds, k) {
			return fmt.Errorf("generate: unknown fact kind %q (want one of %v)", k, deck.Kinds)
		}
	}
	if o.Language != "" && o.Language != "ja" && o.Language != "en" {
		return fmt.Errorf("generate: unknown language %q (want ja or en)", o.Language)
	}
	if o.MinQuality < 0 || o.MinQuality > 1 {
		return fmt.Errorf("generate: min quality %v is outside 0..1", o.MinQuality)
	}
	return nil
}

// collectFacts keeps the facts of the kinds asked for and gives each its
// deck id. Of facts with the same sentence and key (a name extract found
// as a person and as part of a relation, say), one is kept: the first of
// the kind that makes the most specific cards (see kindRank), so that a
// student is not drilled twice on one claim.
func collectFacts(extracted []extract.Fact, kinds []string) []*fact {
	var out []*fact
	at := map[string]int{} // sentence and key → index in out
	for _, ef := range extracted {
		if len(kinds) > 0 && !slices.Contains(kinds, ef.Kind) {
			continue
		}
		f := newFact(ef)
		f.id = factID(&f)
		k := comparable(f.sentence) + "\x00" + comparable(f.key)
		if i, ok := at[k]; ok {
			if !glossed(out[i]) && (kindRank(f.kind) < kindRank(out[i].kind) || glossed(&f)) {
				out[i] = &f
			}
			continue
		}
		at[k] = len(out)
		out = append(out, &f)
	}
	return out
}

// glossed reports a definition the sentence glosses (セクション232条(国家
// 安全保障を理由とする輸入制限)): what it provides is more to learn than the
// number in its name.
func glossed(f *fact) bool { return f.kind == deck.KindDefinition && f.expansion != "" }

// kindRank orders kinds from the one whose cards ask most precisely (an
// acronym with its expansion, a table cell with its row) to the most
// general (a relation).
func kindRank(kind string) int {
	order := []string{
		deck.KindAcronym, deck.KindTable, deck.KindPerson, deck.KindOrganization, deck.KindPlace,
		deck.KindDate, deck.KindMoney, deck.KindPercent, deck.KindNumber,
		deck.KindDefinition, deck.KindEvent, deck.KindRelation,
	}
	if i := slices.Index(order, kind); i >= 0 {
		return i
	}
	return len(order)
}

// cards makes every card the options ask for, then takes the deck-wide
// decisions: one card per question, the quality floor, the answers'
// positions, the true/false balance and which card of each fact is
// studied.
func (b *builder) cards(facts []*fact) []*made {
	var all []*made
	add := func(m made, ok bool) {
		if ok && b.wants(m.card.Type) {
			all = append(all, &m)
		}
	}
	for i, f := range facts {
		if spelledByExpansion(f) || b.protagonist(f) || isAdvice(f.sentence) {
			continue
		}
		if garbled(f.sentence) {
			// Only what a name stands for, which quotes nothing of
			// the damaged sentence.
			for _, m := range b.basic(f) {
				add(m, true)
			}
			continue
		}
		add(b.cloze(f))
		add(b.mcq(f))
		add(b.truefalse(f))
		add(b.numeric(f))
		for _, m := range b.basic(f) {
			add(m, true)
		}
		b.opt.Progress("cards", i+1, len(facts))
	}
	for _, m := range b.order(b.plain(facts)) {
		add(m, true)
	}
	for _, m := range b.match(facts) {
		add(m, true)
	}
	// One true/false card per sentence, whichever of its facts asks it,
	// before half of them are turned false.
	all = slices.DeleteFunc(all, func(m *made) bool { return !selfContained(m) || b.showsDisputedGloss(m) || !b.caveated(m) })
	topics := b.topics(b.docs)
	for _, m := range all {
		b.frameTopic(m, topics)
	}
	all = capRepeats(b.keep(all))
	for _, m := range all {
		b.alsoNames(m)
	}
	pickTrueFalse(all, b.opt.Seed)
	placeAnswers(all, b.opt.Seed)
	markSiblings(all)
	return all
}

func (b *builder) wants(cardType string) bool {
	return len(b.opt.Types) == 0 || slices.Contains(b.opt.Types, cardType)
}

// keep drops cards below the quality floor and, of cards that ask the same
// thing (two facts of one sentence both stated true), all but the best.
func (b *builder) keep(cards []*made) []*made {
	best := map[string]*made{}
	for _, m := range cards {
		if m.quality < b.opt.MinQuality {
			continue
		}
		k := askKey(m.card)
		if prev, ok := best[k]; !ok || better(m, prev) {
			best[k] = m
		}
	}
	var out []*made
	for _, m := range cards {
		if best[askKey(m.card)] == m {
			out = append(out, m)
		}
	}
	return out
}

// askKey names what a card asks. Ordering and matching cards share one
// prompt ("次の出来事を古い順に並べよ。") and differ in their choices.
func askKey(c deck.Card) string {
	k := c.Type + "\x00" + c.Prompt
	if c.Type == deck.TypeOrder || c.Type == deck.TypeMatch {
		k += "\x00" + c.Answer
	}
	return k
}

// better reports whether m is the better of two cards asking the same:
// the one of higher quality, or, for true/false, the one that can be
// stated false too.
func better(m, than *made) bool {
	if m.quality != than.quality {
		return m.quality > than.quality
	}
	return m.falsePrompt != "" && than.falsePrompt == ""
}

// deckFacts lists, in extraction order, the facts that have a card and the
// facts these conflict with, so the app can show both sources.
func (b *builder) deckFacts(facts []*fact, cards []*made) []deck.Fact {
	keep := map[string]bool{}
	for _, m := range cards {
		keep[m.fact.id] = true
	}
	for _, f := range facts {
		if keep[f.id] {
			for _, c := range b.conflicts(f) {
				keep[c] = true
			}
		}
	}
	var out []deck.Fact
	for _, f := range facts {
		if keep[f.id] {
			df := f.deckFact()
			if b.opt.Paragraphs {
				df.Paragraph = paragraph(f.doc, f.sentIndex, f.sentence)
			}
			// A fact kept only as another's conflict names just the
			// facts the deck holds.
			df.Conflicts = slices.DeleteFunc(b.conflicts(f), func(id string) bool { return !keep[id] })
			out = append(out, df)
		}
	}
	return out
}

// conflicts are the deck ids of the facts extract found contradicting f.
func (b *builder) conflicts(f *fact) []string {
	var out []string
	for _, id := range f.conflicts {
		if other, ok := b.ix.factOf[id]; ok && other.id != f.id && !slices.Contains(out, other.id) {
			out = append(out, other.id)
		}
	}
	sort.Strings(out)
	return out
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
