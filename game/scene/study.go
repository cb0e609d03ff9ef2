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
	view    view
	// card is where the card is drawn, row the button row (tests check
	// that the text stays inside).
	card, row ui.Rect
}

// NewStudy studies the cards of s.
func NewStudy(s *study.Session) *Study { return &Study{session: s} }

// Session returns the session the scene drives.
func (s *Study) Session() *study.Session { return s.session }

var gradeLabels = [4]string{locale.Again, locale.Hard, locale.Good, locale.Easy}

// The study screen's keys on the front, on the back and once the session
// is over. As in Anki, Space or Enter on a flipped card answers Good; the
// digits come first, so the Good button's hint is 3.
var (
	studyFront = Bindings{
		{Keys: []string{input.Space, input.Enter}, Command: "flip"},
		{Keys: []string{"U"}, Command: "undo"},
		{Keys: []string{input.Escape}, Command: "back"},
	}
	studyBack = append(digits("grade", 4),
		Binding{Keys: []string{input.Space, input.Enter}, Command: "grade-3"},
		Binding{Keys: []string{"U"}, Command: "undo"},
		Binding{Keys: []string{input.Escape}, Command: "back"},
	)
	studyDone = Bindings{
		{Keys: []string{input.Enter, input.Space, input.Escape}, Command: "back"},
		{Keys: []string{"U"}, Command: "undo"},
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

// Update applies actions to the session and lays the screen out again.
func (s *Study) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	t := s.handle(ctx, actions)
	s.layout(ctx)
	return t
}

func (s *Study) handle(ctx *Context, actions []input.Action) Transition {
	for _, a := range actions {
		switch cmd := command(a, s.Bindings(), &s.view); cmd {
		case "back":
			return Transition{Op: Pop}
		case "undo":
			if s.session.Undo() == nil {
				ctx.save()
			}
		case "flip", "card":
			if s.more() && !s.session.Flipped() {
				_ = s.session.Flip()
			}
		case "grade-1", "grade-2", "grade-3", "grade-4":
			// Grading the front is refused by the session; a stray key does nothing.
			if s.session.Answer(study.Grade(cmd[len(cmd)-1]-'0')) == nil {
				// Saved at once, so an answer survives a closed tab or a crash.
				ctx.save()
			}
		}
	}
	return Transition{}
}

// layout places the progress line, the card and the buttons, or the
// session's result.
func (s *Study) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	x := (ctx.W - w) / 2
	s.layoutProgress(ctx, x, w)
	h := u * 3.2
	s.row = ui.Rect{X: x, Y: ctx.H - m - h, W: w, H: h}
	top := ctx.top() + u*2.2
	s.card = ui.Rect{X: x, Y: top, W: w, H: max(u*4, s.row.Y-u*0.8-top)}
	card, ok := s.session.Current()
	if !ok {
		s.layoutDone(ctx, x, w)
		return
	}
	bindings := s.Bindings()
	face := ui.CardFace
	if s.session.Flipped() {
		face = ui.CardBack
	}
	v.fill(s.card, u*0.8, face)
	if !s.session.Flipped() {
		v.target("card", s.card)
	}
	s.layoutCard(ctx, card, s.card.Inset(u*1.2))
	if !s.session.Flipped() {
		v.button(ctx, bindings, "flip", s.row, locale.Flip, ui.Accent, u)
		return
	}
	for i, r := range s.row.SplitH(4, u*0.5) {
		v.button(ctx, bindings, fmt.Sprintf("grade-%d", i+1), r, gradeLabels[i], ui.GradeColors[i], u)
	}
}

func (s *Study) layoutProgress(ctx *Context, x, w float64) {
	u := ctx.Unit()
	y := ctx.top()
	label := fmt.Sprintf("%s %d ・ %s %d", locale.Reviewed, s.session.Reviewed(), locale.Remaining, s.session.Remaining())
	small := u * 0.75
	s.view.text(ctx, ctx.headerLine(label, small), x, y, w, ui.Rect{})
	bar := ui.Rect{X: x, Y: y + small*ui.LineSpacing + u*0.2, W: w, H: u * 0.25}
	s.view.fill(bar, bar.H/2, ui.Track)
	total := s.session.Reviewed() + s.session.Remaining()
	if total > 0 && s.session.Reviewed() > 0 {
		bar.W *= float64(s.session.Reviewed()) / float64(total)
		s.view.fill(bar, bar.H/2, ui.Accent)
	}
}

// layoutCard sets the card's paragraphs in r, shrinking the text until it
// fits, so a long source sentence never runs off the card.
func (s *Study) layoutCard(ctx *Context, card deck.Card, r ui.Rect) {
	var paras []ui.Paragraph
	for scale := 1.0; scale >= 0.5; scale -= 0.1 {
		paras = s.cardParagraphs(ctx, card, ctx.Unit()*scale)
		if paragraphsHeight(ctx, paras, r.W) <= r.H {
			break
		}
	}
	y := r.Y
	for _, p := range paras {
		y += s.view.text(ctx, p, r.X, y, r.W, s.card) + p.Size*0.5
	}
}

func paragraphsHeight(ctx *Context, paras []ui.Paragraph, width float64) float64 {
	h := 0.0
	for _, p := range paras {
		h += ctx.Wrap.Height(p, width) + p.Size*0.5
	}
	return h
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
	texts = append(texts, cardText{text: locale.Answer, role: roleLabel}, annotated(d, "", words.CardAnswer(card), "", roleAnswer))
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

func (s *Study) layoutDone(ctx *Context, x, w float64) {
	u := ctx.Unit()
	y := max(ctx.H/4, ctx.top())
	title := locale.Done
	if due, ok := s.session.NextDue(); ok {
		// Learning cards are still to come today: say when.
		mins := int(math.Ceil(due.Sub(ctx.now()).Minutes()))
		title = fmt.Sprintf("%s %d%s", locale.NextDueIn, max(mins, 1), locale.Minutes)
	}
	y += s.view.text(ctx, ui.Paragraph{Text: title, Face: ctx.Fonts.Face(u*1.4, true), Size: u * 1.4, Color: ui.LightInk, Center: true}, x, y, w, ui.Rect{})
	s.view.text(ctx, ui.Paragraph{Text: s.gradeCounts(), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, x, y+u, w, ui.Rect{})
	s.view.button(ctx, studyDone, "back", s.row, locale.Back, ui.Accent, u)
}

// Status describes the card on show, or the session's result.
func (s *Study) Status() Status {
	st := Status{Scene: "study", Reviewed: s.session.Reviewed(), Remaining: s.session.Remaining(), Targets: s.view.statusTargets()}
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
