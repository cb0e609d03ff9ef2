package scene

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Study shows one card at a time: its front, then on Flip its back with the
// source, then the four grade buttons.
type Study struct {
	session *study.Session
}

// NewStudy studies the cards of s.
func NewStudy(s *study.Session) *Study { return &Study{session: s} }

// Session returns the session the scene drives.
func (s *Study) Session() *study.Session { return s.session }

var gradeLabels = [4]string{locale.Again, locale.Hard, locale.Good, locale.Easy}

// Update applies actions to the session. As in Anki, Space or Enter on a
// flipped card answers Good.
func (s *Study) Update(ctx *Context, actions []input.Action) Transition {
	for _, a := range actions {
		if a.Kind == input.Back {
			return Transition{Op: Pop}
		}
		if a.Kind == input.Undo {
			if s.session.Undo() == nil {
				ctx.save()
			}
			continue
		}
		if _, ok := s.session.Current(); !ok {
			if a.Kind == input.Confirm || a.Kind == input.Flip || a.Kind == input.Tap && s.doneButton(ctx).Hit(a.X, a.Y) {
				return Transition{Op: Pop}
			}
			continue
		}
		s.apply(ctx, a)
	}
	return Transition{}
}

func (s *Study) apply(ctx *Context, a input.Action) {
	flipped := s.session.Flipped()
	switch a.Kind {
	case input.Flip, input.Confirm:
		if flipped {
			s.answer(ctx, study.Good)
		} else {
			_ = s.session.Flip()
		}
	case input.Grade:
		// Grading the front is refused by the session; a stray key does nothing.
		s.answer(ctx, study.Grade(a.Grade))
	case input.Tap:
		if !flipped {
			if s.cardRect(ctx).Contains(a.X, a.Y) || s.flipButton(ctx).Hit(a.X, a.Y) {
				_ = s.session.Flip()
			}
			return
		}
		for i, b := range s.gradeButtons(ctx) {
			if b.Hit(a.X, a.Y) {
				s.answer(ctx, study.Grade(i+1))
			}
		}
	}
}

// answer grades the current card and saves the progress at once, so an
// answer survives a closed tab or a crash.
func (s *Study) answer(ctx *Context, g study.Grade) {
	if s.session.Answer(g) == nil {
		ctx.save()
	}
}

func (s *Study) buttonRow(ctx *Context) ui.Rect {
	u, m := ctx.Unit(), ctx.Margin()
	h := u * 3.2
	w := min(ctx.W-2*m, u*40)
	return ui.Rect{X: (ctx.W - w) / 2, Y: ctx.H - m - h, W: w, H: h}
}

func (s *Study) cardRect(ctx *Context) ui.Rect {
	u, m := ctx.Unit(), ctx.Margin()
	top := m + u*2.2
	bottom := s.buttonRow(ctx).Y - u*0.8
	w := min(ctx.W-2*m, u*40)
	return ui.Rect{X: (ctx.W - w) / 2, Y: top, W: w, H: max(u*4, bottom-top)}
}

func (s *Study) flipButton(ctx *Context) ui.Button {
	return ui.Button{Rect: s.buttonRow(ctx), Label: locale.Flip, Hint: locale.FlipHint, Color: ui.Accent}
}

func (s *Study) gradeButtons(ctx *Context) []ui.Button {
	rects := s.buttonRow(ctx).SplitH(4, ctx.Unit()*0.5)
	buttons := make([]ui.Button, 4)
	for i, r := range rects {
		buttons[i] = ui.Button{Rect: r, Label: gradeLabels[i], Hint: fmt.Sprint(i + 1), Color: ui.GradeColors[i]}
	}
	return buttons
}

func (s *Study) doneButton(ctx *Context) ui.Button {
	return ui.Button{Rect: s.buttonRow(ctx), Label: locale.Back, Hint: locale.DoneHint, Color: ui.Accent}
}

// Draw paints the progress line, the card and the buttons.
func (s *Study) Draw(dst *ebiten.Image, ctx *Context) {
	dst.Fill(ui.Background)
	s.drawProgress(dst, ctx)
	u := ctx.Unit()
	card, ok := s.session.Current()
	if !ok {
		s.drawDone(dst, ctx)
		return
	}
	r := s.cardRect(ctx)
	face := ui.CardFace
	if s.session.Flipped() {
		face = ui.CardBack
	}
	ui.FillRoundRect(dst, r, u*0.8, face)
	s.drawCard(dst.SubImage(r.Bounds()).(*ebiten.Image), ctx, card, r.Inset(u*1.2))
	if s.session.Flipped() {
		for _, b := range s.gradeButtons(ctx) {
			b.Draw(dst, ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false), u)
		}
	} else {
		s.flipButton(ctx).Draw(dst, ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false), u)
	}
}

func (s *Study) drawProgress(dst *ebiten.Image, ctx *Context) {
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	x := (ctx.W - w) / 2
	label := fmt.Sprintf("%s %d ・ %s %d", locale.Reviewed, s.session.Reviewed(), locale.Remaining, s.session.Remaining())
	small := u * 0.75
	ctx.Wrap.Draw(dst, ctx.headerLine(label, small), x, m, w)
	bar := ui.Rect{X: x, Y: m + small*ui.LineSpacing + u*0.2, W: w, H: u * 0.25}
	ui.FillRoundRect(dst, bar, bar.H/2, ui.Track)
	total := s.session.Reviewed() + s.session.Remaining()
	if total > 0 && s.session.Reviewed() > 0 {
		bar.W *= float64(s.session.Reviewed()) / float64(total)
		ui.FillRoundRect(dst, bar, bar.H/2, ui.Accent)
	}
}

// drawCard lays out the card's paragraphs in r, shrinking the text until it
// fits, so a long source sentence never runs off the card.
func (s *Study) drawCard(dst *ebiten.Image, ctx *Context, card deck.Card, r ui.Rect) {
	var paras []ui.Paragraph
	for scale := 1.0; scale >= 0.5; scale -= 0.1 {
		paras = s.cardParagraphs(ctx, card, ctx.Unit()*scale)
		if paragraphsHeight(ctx, paras, r.W) <= r.H {
			break
		}
	}
	y := r.Y
	for _, p := range paras {
		y += ctx.Wrap.Draw(dst, p, r.X, y, r.W) + p.Size*0.5
	}
}

func paragraphsHeight(ctx *Context, paras []ui.Paragraph, width float64) float64 {
	h := 0.0
	for _, p := range paras {
		h += ctx.Wrap.Height(p, width) + p.Size*0.5
	}
	return h
}

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

type cardText struct {
	text string
	role role
	// breaks are phrase starts (rune offsets) from the deck's annotations.
	breaks []int
}

// annotated is a deck text with its phrase starts, shifted by the runes
// put before it (a choice letter, an opening quote).
func annotated(d *deck.Deck, prefix, text, suffix string, r role) cardText {
	shift := utf8.RuneCountInString(prefix)
	var breaks []int
	for _, b := range d.Annotations[text].Breaks {
		breaks = append(breaks, b+shift)
	}
	return cardText{prefix + text + suffix, r, breaks}
}

// cardTexts is the card's text, front then (once flipped) back.
func (s *Study) cardTexts(card deck.Card) []cardText {
	d := s.session.Deck()
	texts := []cardText{{text: locale.Question, role: roleLabel}, annotated(d, "", card.Prompt, "", rolePrompt)}
	for i, c := range card.Choices {
		texts = append(texts, annotated(d, fmt.Sprintf("%c. ", 'A'+i), c, "", roleChoice))
	}
	if !s.session.Flipped() {
		return texts
	}
	texts = append(texts, cardText{text: locale.Answer, role: roleLabel}, annotated(d, "", answerText(card), "", roleAnswer))
	texts = append(texts, caveats(d, card)...)
	fact, ok := d.Fact(card.Fact)
	if !ok {
		return texts
	}
	texts = append(texts, annotated(d, "「", fact.Sentence, "」", roleSentence))
	if src, ok := d.Source(fact.Source); ok {
		texts = append(texts, cardText{text: sourceLine(fact, src), role: roleSource})
	}
	if card.Note == "" && len(fact.Conflicts) > 0 {
		// The note, where the deck has one, already says how the sources differ.
		texts = append(texts, cardText{text: conflictLine(study.Conflicting(d, fact)), role: roleConflict})
	}
	return texts
}

// caveats are what the student should know with the answer: the answers
// other sources give, and the card's note (the sources disagree, or the
// claim is dated).
// d may be nil; with a deck, the note's phrase starts come from its
// annotations.
func caveats(d *deck.Deck, card deck.Card) []cardText {
	var out []cardText
	if len(card.Accept) > 0 {
		out = append(out, cardText{text: locale.OtherAnswers + ": " + strings.Join(card.Accept, "、"), role: roleNote})
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

// cardParagraphs sets the card's texts at body size u.
func (s *Study) cardParagraphs(ctx *Context, card deck.Card, u float64) []ui.Paragraph {
	var paras []ui.Paragraph
	for _, t := range s.cardTexts(card) {
		size := u * t.role.scale
		paras = append(paras, ui.Paragraph{Text: t.text, Face: ctx.Fonts.Face(size, t.role.bold), Size: size, Color: t.role.color, Phrases: t.breaks})
	}
	return paras
}

func answerText(card deck.Card) string {
	if card.Type == deck.TypeTrueFalse {
		if card.Answer == "true" {
			return locale.TrueLabel
		}
		return locale.FalseLabel
	}
	return study.AnswerText(card)
}

// sourceLine names a fact's source with the date of its claim: the
// fact's own date (a dated block) where it has one, else the source's.
func sourceLine(fact deck.Fact, src deck.Source) string {
	line := locale.Source + ": " + src.Title
	if date := study.Stated(fact, src); date != "" {
		line += "（" + date + "）"
	}
	return line
}

// conflictLine says that other documents state the fact differently,
// quoting each with its source and date (none when the deck lacks them).
func conflictLine(others []study.Statement) string {
	if len(others) == 0 {
		return locale.ConflictMark + locale.Conflict
	}
	names := make([]string, len(others))
	for i, o := range others {
		where := o.Source.Title
		if o.Date != "" {
			where += "、" + o.Date
		}
		names[i] = "「" + o.Sentence + "」（" + where + "）"
	}
	return locale.ConflictMark + locale.Conflict + ": " + strings.Join(names, "、")
}

func (s *Study) drawDone(dst *ebiten.Image, ctx *Context) {
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	x := (ctx.W - w) / 2
	y := ctx.H / 4
	title := locale.Done
	if due, ok := s.session.NextDue(); ok {
		// Learning cards are still to come today: say when.
		mins := int(math.Ceil(due.Sub(ctx.now()).Minutes()))
		title = fmt.Sprintf("%s %d%s", locale.NextDueIn, max(mins, 1), locale.Minutes)
	}
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: title, Face: ctx.Fonts.Face(u*1.4, true), Size: u * 1.4, Color: ui.LightInk, Center: true}, x, y, w)
	ctx.Wrap.Draw(dst, ui.Paragraph{Text: s.gradeCounts(), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, x, y+u, w)
	s.doneButton(ctx).Draw(dst, ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false), u)
}

// Status describes the card on show, or the session's result.
func (s *Study) Status() Status {
	st := Status{Scene: "study", Reviewed: s.session.Reviewed(), Remaining: s.session.Remaining()}
	card, ok := s.session.Current()
	if !ok {
		st.Scene = "done"
		st.Text = locale.Done + "。" + s.gradeCounts()
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
		parts = append(parts, fmt.Sprintf("%s %d", gradeLabels[g-1], s.session.Count(g)))
	}
	return strings.Join(parts, " ・ ")
}
