package scene

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// QuizLength is how many questions a self-test asks.
const QuizLength = 10

// Deck is the opening screen: what the deck holds, what is due today, and
// buttons to study or take a quiz.
type Deck struct {
	deck *deck.Deck
	// counts caches today's counts: building a session over a large deck
	// is too slow for every frame. countsKey says what they were made from.
	counts    study.Counts
	countsKey string
}

// NewDeck shows d.
func NewDeck(d *deck.Deck) *Deck { return &Deck{deck: d} }

func (s *Deck) buttons(ctx *Context) (studyB, quizB ui.Button) {
	u := ctx.Unit()
	w := min(ctx.W-2*ctx.Margin(), u*32)
	h := u * 3.4
	row := ui.Rect{X: (ctx.W - w) / 2, Y: ctx.H - ctx.Margin() - h, W: w, H: h}.SplitH(2, u*0.6)
	return ui.Button{Rect: row[0], Label: locale.Start, Hint: locale.StartHint, Color: ui.Accent},
		ui.Button{Rect: row[1], Label: locale.Quiz, Hint: locale.QuizHint, Color: ui.GradeColors[2]}
}

// backupButtons are the smaller row above the main buttons that exports
// and imports the progress; ok is false where the app offers neither.
func (s *Deck) backupButtons(ctx *Context) (exportB, importB ui.Button, ok bool) {
	if ctx.ExportProgress == nil || ctx.ImportProgress == nil {
		return ui.Button{}, ui.Button{}, false
	}
	studyB, _ := s.buttons(ctx)
	u := ctx.Unit()
	h := u * 2.4
	row := ui.Rect{X: studyB.Rect.X, Y: studyB.Rect.Y - u*0.6 - h, W: ctx.W - 2*studyB.Rect.X, H: h}.SplitH(2, u*0.6)
	return ui.Button{Rect: row[0], Label: locale.Export, Hint: locale.ExportHint, Color: ui.Track},
		ui.Button{Rect: row[1], Label: locale.Import, Hint: locale.ImportHint, Color: ui.Track}, true
}

// Update starts a study session on Enter, Space or a tap on its button, a
// quiz on Q or a tap on the quiz button, and exports or imports the
// progress on E or I or a tap on theirs.
func (s *Deck) Update(ctx *Context, actions []input.Action) Transition {
	studyB, quizB := s.buttons(ctx)
	exportB, importB, backup := s.backupButtons(ctx)
	for _, a := range actions {
		switch {
		case backup && (a.Kind == input.Export || a.Kind == input.Tap && exportB.Hit(a.X, a.Y)):
			s.export(ctx)
		case backup && (a.Kind == input.Import || a.Kind == input.Tap && importB.Hit(a.X, a.Y)):
			ctx.ImportProgress()
		case a.Kind == input.Confirm, a.Kind == input.Flip, a.Kind == input.Tap && studyB.Hit(a.X, a.Y):
			ctx.Notice = ""
			return Transition{Op: Push, Scene: NewStudy(s.session(ctx))}
		case a.Kind == input.Quiz, a.Kind == input.Tap && quizB.Hit(a.X, a.Y):
			q, err := study.NewQuiz(s.deck, deck.Pick(s.deck, QuizLength, uint64(ctx.now().Unix()/86400)), ctx.Progress, study.QuizOptions{Now: ctx.Now, Seed: uint64(ctx.now().Unix())})
			if err != nil {
				ctx.Notice = err.Error()
				continue
			}
			ctx.Notice = ""
			return Transition{Op: Push, Scene: NewQuiz(q)}
		}
	}
	return Transition{}
}

// export saves the progress as a file and says where it went, or why not.
func (s *Deck) export(ctx *Context) {
	name, err := ctx.ExportProgress()
	if err != nil {
		ctx.Notice = locale.ExportFailed + ": " + err.Error()
		return
	}
	ctx.Notice = fmt.Sprintf(locale.NoticeExported, name)
}

// session starts today's study: with saved progress, what FSRS says is due;
// without, every card once.
func (s *Deck) session(ctx *Context) *study.Session {
	if ctx.Progress == nil {
		return study.NewSession(s.deck, s.deck.Cards)
	}
	sess, err := study.New(s.deck, ctx.Progress, study.Options{Now: ctx.Now})
	if err != nil {
		ctx.Notice = err.Error()
		return study.NewSession(s.deck, s.deck.Cards)
	}
	return sess
}

// today is what today's session would show, as Anki shows it on its deck
// list. It is recomputed when the progress or the minute changes.
func (s *Deck) today(ctx *Context) study.Counts {
	if ctx.Progress == nil {
		n := 0
		for _, c := range s.deck.Cards {
			if study.Studied(c) {
				n++
			}
		}
		return study.Counts{New: n}
	}
	// The pointer tells an imported progress from the one it replaced.
	key := fmt.Sprintf("%p/%d/%d/%s", ctx.Progress, len(ctx.Progress.Log()), ctx.Progress.Edits(), ctx.now().Format("2006-01-02T15:04"))
	if key == s.countsKey {
		return s.counts
	}
	// New only reads the progress: a preview changes nothing.
	sess, err := study.New(s.deck, ctx.Progress, study.Options{Now: ctx.Now})
	if err != nil {
		return study.Counts{}
	}
	s.counts, s.countsKey = sess.Left(), key
	return s.counts
}

// Draw lists the deck's title, card count, today's counts and sources.
func (s *Deck) Draw(dst *ebiten.Image, ctx *Context) {
	dst.Fill(ui.Background)
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*40)
	x := (ctx.W - width) / 2
	y := m
	if ctx.Notice != "" {
		y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: locale.ConflictMark + ctx.Notice, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.GradeColors[1]}, x, y, width)
	}
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: locale.DeckScreen, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.MutedInk}, x, y, width)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: s.deck.Title, Face: ctx.Fonts.Face(u*1.5, true), Size: u * 1.5, Color: ui.LightInk}, x, y, width)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: s.summary(ctx), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk}, x, y, width)
	y += u * 0.6
	studyB, quizB := s.buttons(ctx)
	bottom := studyB.Rect.Y
	exportB, importB, backup := s.backupButtons(ctx)
	if backup {
		bottom = exportB.Rect.Y
	}
	for _, p := range s.sourceLines(ctx, width, bottom-u-y) {
		y += ctx.Wrap.Draw(dst, p, x, y, width) + p.Size*0.3
	}
	drawButtons(dst, ctx, u, studyB, quizB)
	if backup {
		drawButtons(dst, ctx, u*0.8, exportB, importB)
	}
}

// drawButtons draws buttons with labels of the given size.
func drawButtons(dst *ebiten.Image, ctx *Context, size float64, buttons ...ui.Button) {
	for _, b := range buttons {
		b.Draw(dst, ctx.Fonts.Face(size, true), ctx.Fonts.Face(size*0.7, false), size)
	}
}

// sourceLines lists the deck's sources that fit in height. When some do
// not (a small window, a notice above them), the last line says how many
// more there are, so none is dropped without a word.
func (s *Deck) sourceLines(ctx *Context, width, height float64) []ui.Paragraph {
	size := ctx.Unit() * 0.8
	face := ctx.Fonts.Face(size, false)
	used := func(p ui.Paragraph) float64 { return ctx.Wrap.Height(p, width) + size*0.3 }
	more := func(n int) ui.Paragraph {
		return ui.Paragraph{Text: fmt.Sprintf(locale.MoreSources, n), Face: face, Size: size, Color: ui.MutedInk}
	}
	var lines []ui.Paragraph
	for i, src := range s.deck.Sources {
		p := ui.Paragraph{Text: sourceLine(deck.Fact{}, src), Face: face, Size: size, Color: ui.LightInk}
		need := used(p)
		if rest := len(s.deck.Sources) - i - 1; rest > 0 {
			need += used(more(rest)) // keep room to say what is left
		}
		if need > height {
			if m := more(len(s.deck.Sources) - i); used(m) <= height {
				lines = append(lines, m)
			}
			break
		}
		lines = append(lines, p)
		height -= used(p)
	}
	return lines
}

// summary is the card count and what is due today.
func (s *Deck) summary(ctx *Context) string {
	c := s.today(ctx)
	return fmt.Sprintf("%d%s ・ %s %d ・ %s %d ・ %s %d", len(s.deck.Cards), locale.Cards,
		locale.New, c.New, locale.Learning, c.Learning, locale.Due, c.Review)
}

// Status describes the deck screen.
func (s *Deck) Status() Status {
	return Status{
		Scene:     "deck",
		Remaining: len(s.deck.Cards),
		Text:      fmt.Sprintf("%s: %s、%d%s。%s", locale.DeckScreen, s.deck.Title, len(s.deck.Cards), locale.Cards, locale.StartHint),
	}
}
