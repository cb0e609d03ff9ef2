package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/sound"
	"factdeck/game/ui"
)

// Study shows one card at a time: its front, then on Flip its back with the
// source, then the four grade buttons with the interval each would give.
// Back and undo are on screen; once the day's cards are done it offers
// more new cards or reviews ahead.
type Study struct {
	session *study.Session
	view    view
	motion  motion
	// lang is the language of the last layout, for Status.
	lang locale.Lang
	// offer is what the done screen offers past the day's limits, worked
	// out again (it reads the whole deck) only when an action may have
	// changed it: offerFresh is false until then.
	offer      study.More
	offerFresh bool
	// card is where the card rests, row the button row and header the
	// back, progress and undo band (tests check that the text stays
	// inside and find the buttons there).
	card, row, header ui.Rect
	// scroll is how far the card's text is scrolled, for the side named
	// by scrollFor (a new card or side starts at the top).
	scroll    ui.ScrollView
	scrollFor string
}

// NewStudy studies the cards of s.
func NewStudy(s *study.Session) *Study { return &Study{session: s} }

// Session returns the session the scene drives.
func (s *Study) Session() *study.Session { return s.session }

var gradeLabels = [4]string{locale.Again, locale.Hard, locale.Good, locale.Easy}

// gradeLabel is grade i's (0 for Again) name in language l.
func gradeLabel(l locale.Lang, i int) string { return locale.In(l, gradeLabels[i]) }

// The study screen's keys on the front, on the back and once the session
// is over. As in Anki, Space or Enter on a flipped card answers Good; the
// digits come first, so the Good button's hint is 3.
var (
	studyFront = Bindings{
		{Keys: []string{input.Space, input.Enter}, Command: "flip"},
		{Keys: []string{"U"}, Command: "undo"},
		{Keys: []string{input.Escape}, Command: "back"},
		{Keys: []string{input.ArrowDown}, Command: "scroll-down"},
		{Keys: []string{input.ArrowUp}, Command: "scroll-up"},
	}
	studyBack = append(digits("grade", 4),
		Binding{Keys: []string{input.Space, input.Enter}, Command: "grade-3"},
		Binding{Keys: []string{"U"}, Command: "undo"},
		Binding{Keys: []string{input.Escape}, Command: "back"},
		Binding{Keys: []string{"S"}, Command: "caveat"},
		Binding{Keys: []string{input.ArrowDown}, Command: "scroll-down"},
		Binding{Keys: []string{input.ArrowUp}, Command: "scroll-up"},
	)
	studyDone = Bindings{
		{Keys: []string{input.Enter, input.Space, input.Escape}, Command: "back"},
		{Keys: []string{"U"}, Command: "undo"},
		{Keys: []string{"N"}, Command: "more-new"},
		{Keys: []string{"A"}, Command: "review-ahead"},
	}
)

// Bindings are the keys of the side on show.
func (s *Study) Bindings() Bindings {
	switch {
	case !s.more():
		return studyDone
	case s.session.Flipped():
		return studyBack
	}
	return studyFront
}

func (s *Study) more() bool {
	_, ok := s.session.Current()
	return ok
}

// Animating reports whether the card is in motion, so the game redraws
// every tick until it rests.
func (s *Study) Animating() bool { return s.motion.kind != still }

// Update applies actions to the session and lays the screen out again.
func (s *Study) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	if len(actions) > 0 && s.motion.kind != still {
		// A key or tap ends a motion at once: the student is never made
		// to wait for it, and a tap is tested against the card at rest,
		// where the student meant it, not where the card was passing.
		s.motion = motion{}
		s.layout(ctx)
	}
	moved := s.Animating()
	t := s.handle(ctx, actions)
	if s.motion.progress(ctx.now()) >= 1 {
		s.motion = motion{}
	}
	// Every frame of a motion is laid out, and the resting one after it.
	if !s.view.keep(ctx, actions, s.clock(ctx)) || moved || s.Animating() {
		s.layout(ctx)
	}
	return t
}

// clock is the time at the grain the screen shows it: the second while
// the done screen counts down to a learning card, else the minute (the
// grades' intervals).
func (s *Study) clock(ctx *Context) int64 {
	now := ctx.now().Unix()
	if _, ok := s.session.Current(); !ok {
		return now
	}
	return now / 60
}

func (s *Study) handle(ctx *Context, actions []input.Action) Transition {
	for _, a := range actions {
		if a.Kind == input.Scroll && s.card.Contains(a.X, a.Y) {
			s.scroll.By(a.DY)
			continue
		}
		cmd := command(a, s.Bindings(), &s.view)
		if cmd != "" {
			s.offerFresh = false
		}
		switch cmd {
		case "scroll-down", "scroll-up":
			s.scroll.By(scrollStep(ctx, cmd))
		case "back":
			return Transition{Op: Pop}
		case "undo":
			if s.session.Undo() == nil {
				ctx.save()
				s.motion = motion{kind: sliding, start: ctx.now(), dir: -1}
			}
		case "flip", "card":
			if s.more() && !s.session.Flipped() {
				_ = s.session.Flip()
				ctx.play(sound.Flip)
				s.motion = motion{kind: flipping, start: ctx.now()}
			}
		case "grade-1", "grade-2", "grade-3", "grade-4":
			// Grading the front is refused by the session; a stray key does nothing.
			if s.session.Answer(study.Grade(cmd[len(cmd)-1]-'0')) == nil {
				// Saved at once, so an answer survives a closed tab or a crash.
				ctx.save()
				s.slideIn(ctx)
			}
		case "caveat":
			if sheet := s.caveatSheet(); sheet != nil {
				return Transition{Op: Push, Scene: sheet}
			}
		case "more-new":
			if s.session.StudyNew() > 0 {
				s.slideIn(ctx)
			}
		case "review-ahead":
			if s.session.ReviewAhead() > 0 {
				s.slideIn(ctx)
			}
		}
	}
	return Transition{}
}

// offers is what the done screen offers.
func (s *Study) offers() study.More {
	if !s.offerFresh {
		s.offer, s.offerFresh = s.session.More(), true
	}
	return s.offer
}

// slideIn starts the next card's slide, if there is a next card.
func (s *Study) slideIn(ctx *Context) {
	if s.more() {
		s.motion = motion{kind: sliding, start: ctx.now(), dir: 1}
	}
}

// caveatSheet is the sheet that the card's caveat badge opens, or nil
// when the card on show has none.
func (s *Study) caveatSheet() *CaveatSheet {
	card, ok := s.session.Current()
	if !ok || !s.session.Flipped() {
		return nil
	}
	d := s.session.Deck()
	fact, _ := d.Fact(card.Fact)
	if study.CaveatOf(card, fact) == study.NoCaveat {
		return nil
	}
	return NewCaveatSheet(d, card)
}

// Draw paints the screen as Update laid it out.
func (s *Study) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }

// role is how a piece of card text is set: its size relative to the body
// text, weight and colour.
type role struct {
	scale float64
	bold  bool
	color ui.Color
}

var (
	roleLabel    = role{0.7, false, ui.MutedInk}
	rolePrompt   = role{1.2, false, ui.Ink}
	roleChoice   = role{1, false, ui.Ink}
	roleAnswer   = role{1.2, true, ui.Accent}
	roleSentence = role{0.8, false, ui.Ink}
	roleSource   = role{0.7, false, ui.MutedInk}
	roleConflict = role{0.7, false, ui.Warning}
	// roleNote sets what the student should know with the answer (the
	// sources disagree, the claim is dated) as large as the sentence.
	roleNote = role{0.8, false, ui.Warning}
)

// frontTexts are the card's question and choices.
func (s *Study) frontTexts(card deck.Card) []cardText {
	d := s.session.Deck()
	texts := []cardText{{text: locale.In(s.lang, locale.Question), role: roleLabel}, annotated(d, "", card.Prompt, "", rolePrompt)}
	for i, c := range card.Choices {
		texts = append(texts, annotated(d, fmt.Sprintf("%c. ", 'A'+i), c, "", roleChoice))
	}
	return texts
}

// answerTexts are the back's answer and the answers other sources give.
func (s *Study) answerTexts(card deck.Card) []cardText {
	d := s.session.Deck()
	texts := []cardText{{text: locale.In(s.lang, locale.Answer), role: roleLabel}, annotated(d, "", words.CardAnswer(card), "", roleAnswer)}
	if len(card.Accept) > 0 {
		texts = append(texts, otherAnswers(s.lang, card))
	}
	return texts
}

// cardTexts is the card's text, front then (once flipped) back, in full:
// what a screen reader speaks, the note and the other sources included.
func (s *Study) cardTexts(card deck.Card) []cardText {
	texts := s.frontTexts(card)
	if !s.session.Flipped() {
		return texts
	}
	d := s.session.Deck()
	texts = append(texts, cardText{text: locale.In(s.lang, locale.Answer), role: roleLabel}, annotated(d, "", words.CardAnswer(card), "", roleAnswer))
	texts = append(texts, caveats(s.lang, d, card)...)
	fact, ok := d.Fact(card.Fact)
	if !ok {
		return texts
	}
	texts = append(texts, sentenceText(d, card, fact))
	if src, ok := d.Source(fact.Source); ok {
		texts = append(texts, cardText{text: sourceLineIn(s.lang, fact, src), role: roleSource})
	}
	if card.Note == "" && len(fact.Conflicts) > 0 {
		// The note, where the deck has one, already says how the sources differ.
		texts = append(texts, cardText{text: conflictLine(s.lang, study.Conflicting(d, fact)), role: roleConflict})
	}
	return texts
}

// sentenceText is the fact's sentence in quotes with the card's answer
// marked where the sentence states it.
func sentenceText(d *deck.Deck, card deck.Card, fact deck.Fact) cardText {
	t := annotated(d, "「", fact.Sentence, "」", roleSentence)
	if i, j, ok := study.AnswerSpan(card, fact); ok {
		n := len("「")
		t.mark = [2]int{i + n, j + n}
	}
	return t
}

// caveats are what the student should know with the answer: the answers
// other sources give, and the card's note (the sources disagree, or the
// claim is dated).
// d may be nil; with a deck, the note's phrase starts come from its
// annotations.
func caveats(l locale.Lang, d *deck.Deck, card deck.Card) []cardText {
	var out []cardText
	if len(card.Accept) > 0 {
		out = append(out, otherAnswers(l, card))
	}
	if card.Note != "" {
		note := cardText{text: locale.ConflictMark + card.Note, role: roleNote}
		if d != nil {
			note = annotated(d, locale.ConflictMark, card.Note, "", roleNote)
		}
		out = append(out, note)
	}
	return out
}

// otherAnswers lists the answers other sources give.
func otherAnswers(l locale.Lang, card deck.Card) cardText {
	return cardText{text: locale.In(l, locale.OtherAnswers) + ": " + strings.Join(card.Accept, "、"), role: roleNote}
}

// paragraphs sets texts at body size u.
func paragraphs(ctx *Context, texts []cardText, u float64) []ui.Paragraph {
	paras := make([]ui.Paragraph, 0, len(texts))
	for _, t := range texts {
		paras = append(paras, paragraph(ctx, t, u))
	}
	return paras
}

func paragraph(ctx *Context, t cardText, u float64) ui.Paragraph {
	size := u * t.role.scale
	p := ui.Paragraph{Text: t.text, Face: ctx.Fonts.Face(size, t.role.bold), Size: size, Color: t.role.color}
	dress(ctx, &p, t)
	if t.mark[1] > t.mark[0] {
		p.Mark, p.MarkColor = t.mark, ui.Marker
	}
	return p
}

// sourceLineIn names a fact's source, in language l, with the date of its
// claim: the fact's own date (a dated block) where it has one, else the
// source's.
func sourceLineIn(l locale.Lang, fact deck.Fact, src deck.Source) string {
	line := locale.In(l, locale.Source) + ": " + src.Title
	if date := study.Stated(fact, src); date != "" {
		line += "（" + date + "）"
	}
	return line
}

// conflictLine says that other documents state the fact differently,
// quoting each with its source and date (none when the deck lacks them).
func conflictLine(l locale.Lang, others []study.Statement) string {
	conflict := locale.In(l, locale.Conflict)
	if len(others) == 0 {
		return locale.ConflictMark + conflict
	}
	names := make([]string, len(others))
	for i, o := range others {
		where := o.Source.Title
		if o.Date != "" {
			where += "、" + o.Date
		}
		names[i] = "「" + o.Sentence + "」（" + where + "）"
	}
	return locale.ConflictMark + conflict + ": " + strings.Join(names, "、")
}

// Status describes the card on show, or the session's result.
func (s *Study) Status() Status {
	st := Status{Scene: "study", Reviewed: s.session.Reviewed(), Remaining: s.session.Remaining(), Targets: s.view.statusTargets()}
	card, ok := s.session.Current()
	if !ok {
		st.Scene = "done"
		st.Text = locale.In(s.lang, locale.Done) + "。" + s.gradeCounts()
		if s.offers().Any() {
			st.Text += "\n" + locale.LimitReached.In(s.lang)
		}
		return st
	}
	st.CardID, st.Flipped = card.ID, s.session.Flipped()
	var parts []string
	for _, t := range s.cardTexts(card) {
		parts = append(parts, t.text)
	}
	st.Text = strings.Join(parts, "\n")
	return st
}

// gradeCounts lists how many answers had each grade.
func (s *Study) gradeCounts() string {
	var parts []string
	for g := study.Again; g <= study.Easy; g++ {
		parts = append(parts, fmt.Sprintf("%s %d", gradeLabel(s.lang, int(g)-1), s.session.Count(g)))
	}
	return strings.Join(parts, " ・ ")
}
