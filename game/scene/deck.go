package scene

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Deck is the opening screen: what the deck holds, what is due today, and
// buttons to study or take a quiz.
type Deck struct {
	deck   *deck.Deck
	counts countsCache
	// asked are the cards of the quizzes started today (askedDay), which
	// the next quiz of the day leaves for later where it can.
	asked    []string
	askedDay int64
	quizzes  uint64
	view     view
	// backup is whether the screen offers export and import.
	backup bool
	// entry is the deck's place on the home screen's list, when listed
	// is true (opened from it): the screen then has back and, for a deck
	// other than the built-in one, remove.
	entry  library.Entry
	listed bool
	// removing is set once the student confirmed removing the deck, and
	// removed once it is off the list.
	removing, removed bool
	// canMatch is whether the deck states enough pairs for Match, once
	// known (matchKnown).
	canMatch, matchKnown bool
	// lang is the language of the last layout, for Status.
	lang locale.Lang
}

// NewDeck shows d.
func NewDeck(d *deck.Deck) *Deck { return &Deck{deck: d} }

var deckBindings = Bindings{
	{Keys: []string{input.Enter, input.Space}, Command: "study"},
	{Keys: []string{"Q"}, Command: "quiz"},
	{Keys: []string{"E"}, Command: "export", Hint: locale.ExportHint},
	{Keys: []string{"I"}, Command: "import", Hint: locale.ImportHint},
	{Keys: []string{"S"}, Command: "settings"},
	{Keys: []string{input.Escape}, Command: "back"},
	{Keys: []string{"D"}, Command: "remove"},
	{Keys: []string{"L"}, Command: "share"},
	{Keys: []string{"M"}, Command: "match"},
	{Keys: []string{"T"}, Command: "stats"},
	{Keys: []string{"B"}, Command: "browse"},
	{Keys: []string{"P"}, Command: "teacher"},
}

// Bindings are the deck screen's keys.
func (s *Deck) Bindings() Bindings { return deckBindings }

// Resume forgets today's counts: the screen above may have changed them.
func (s *Deck) Resume(*Context) { s.counts.forget() }

// Update starts a study session on Enter, Space or a tap on its button, a
// quiz on Q or a tap on the quiz button, and exports or imports the
// progress on E or I or a tap on theirs.
func (s *Deck) Update(ctx *Context, actions []input.Action) Transition {
	if s.removing {
		s.remove(ctx)
	}
	if s.removed {
		// Until the game pops it: the Update that follows the question's
		// closing in the same tick has its transition dropped.
		return Transition{Op: Pop}
	}
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	t := s.handle(ctx, actions)
	if !s.view.keep(ctx, actions, minute(ctx)) {
		s.layout(ctx)
	}
	return t
}

func (s *Deck) handle(ctx *Context, actions []input.Action) Transition {
	backup := ctx.ExportProgress != nil && ctx.ImportProgress != nil
	for _, a := range actions {
		switch cmd := command(a, deckBindings, &s.view); cmd {
		case "back", "remove":
			// Only where the screen shows them: a deck opened alone has
			// nowhere to go back to.
			if !s.view.has(cmd) {
				continue
			}
			if cmd == "back" {
				return Transition{Op: Pop}
			}
			return Transition{Op: Push, Scene: ConfirmRemove(s.deck.Title, func() { s.removing = true })}
		case "export":
			if backup {
				s.export(ctx)
			}
		case "import":
			if backup {
				ctx.ImportProgress()
			}
		case "settings":
			return Transition{Op: Push, Scene: NewSettings()}
		case "browse":
			return Transition{Op: Push, Scene: NewBrowse(s.deck)}
		case "stats":
			return Transition{Op: Push, Scene: NewStats(s.deck)}
		case "teacher":
			return Transition{Op: Push, Scene: NewTeacher(s.deck)}
		case "match":
			if s.matchable() {
				return Transition{Op: Push, Scene: NewMatchGame(s.deck, s.matchID())}
			}
		case "share":
			if ctx.ShareBase != "" {
				return Transition{Op: Push, Scene: NewShareSheet(s.deck, builtinOf(ctx), ctx.ShareBase)}
			}
		case "study":
			return Transition{Op: Push, Scene: NewStudy(s.session(ctx))}
		case "quiz":
			if q := s.quiz(ctx); q != nil {
				return Transition{Op: Push, Scene: NewQuiz(q)}
			}
		}
	}
	return Transition{}
}

// matchable reports whether the deck has enough pairs for a round of
// Match; it is worked out once.
func (s *Deck) matchable() bool {
	if !s.matchKnown {
		s.canMatch, s.matchKnown = HasMatch(s.deck), true
	}
	return s.canMatch
}

// matchID names the deck in the Match best times: its place on the home
// list, or its title when opened alone.
func (s *Deck) matchID() string {
	if s.listed {
		return s.entry.ID
	}
	return s.deck.Title
}

// builtinOf is the app's own deck, whose cards a link carries by id; nil
// without a shelf.
func builtinOf(ctx *Context) *deck.Deck {
	if ctx.Shelf == nil {
		return nil
	}
	d, err := ctx.Shelf.Deck(library.BuiltinID)
	if err != nil {
		return nil
	}
	return d
}

// remove takes the deck off the home screen's list.
func (s *Deck) remove(ctx *Context) {
	s.removing = false
	if err := ctx.Shelf.Remove(s.entry.ID); err != nil {
		ctx.Notices.Set(locale.RemoveFailed.In(ctx.Lang) + ": " + NoticeTextIn(ctx.Lang, err))
		return
	}
	s.removed = true
	ctx.Progress, ctx.Saver = nil, nil
	ctx.Notices.Set(fmt.Sprintf(locale.RemoveDone.In(ctx.Lang), s.deck.Title))
}

// quiz draws a new self-test, with its own seed, leaving the cards of
// today's earlier quizzes for later where the deck has others.
func (s *Deck) quiz(ctx *Context) *study.Quiz {
	now := ctx.now()
	if day := study.DayOf(now).Unix(); day != s.askedDay {
		s.asked, s.askedDay = nil, day
	}
	s.quizzes++
	seed := uint64(now.UnixNano()) ^ s.quizzes<<48
	ids := study.DailyQuiz(s.deck, ctx.Progress, study.DailyQuizOptions{Seed: seed, Now: ctx.Now, Asked: s.asked})
	q, err := study.NewQuiz(s.deck, ids, ctx.Progress, study.QuizOptions{Now: ctx.Now, Seed: seed})
	if err != nil {
		ctx.Notices.Set(err.Error())
		return nil
	}
	s.asked = append(s.asked, ids...)
	return q
}

// export saves the progress as a file and says where it went, or why not.
func (s *Deck) export(ctx *Context) {
	name, err := ctx.ExportProgress()
	if err != nil {
		ctx.Notices.Set(locale.In(ctx.Lang, locale.ExportFailed) + ": " + err.Error())
		return
	}
	ctx.Notices.Set(fmt.Sprintf(locale.In(ctx.Lang, locale.NoticeExported), name))
}

// session starts today's study: with saved progress, what FSRS says is due;
// without, every card once.
func (s *Deck) session(ctx *Context) *study.Session {
	if ctx.Progress == nil {
		return study.NewSession(s.deck, s.deck.Cards)
	}
	sess, err := study.New(s.deck, ctx.Progress, study.Options{Now: ctx.Now})
	if err != nil {
		ctx.Notices.Set(err.Error())
		return study.NewSession(s.deck, s.deck.Cards)
	}
	return sess
}

// today is what today's session would show.
func (s *Deck) today(ctx *Context) study.Counts { return s.counts.today(ctx, s.deck, ctx.Progress) }

// layout places the deck's title, card count, today's counts, sources and
// the buttons: study and quiz at the bottom, export and import above them
// where the app offers them.
func (s *Deck) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	s.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*40)
	x := (ctx.W - width) / 2
	y := ctx.top()
	l := ctx.Lang
	s.lang = l
	if s.listed {
		y = s.layoutHeader(ctx, x, y, width)
	}
	// The settings button shares a line with the screen's name.
	sr := settingsButton(ctx, x+width, y)
	v.button(ctx, deckBindings, "settings", sr, locale.Settings.In(l), ui.Track, u*0.75)
	// Statistics, and share where the app can, sit left of the
	// settings, as wide.
	sr.X -= sr.W + u*0.4
	v.button(ctx, deckBindings, "stats", sr, locale.StatsButton.In(l), ui.Track, u*0.75)
	sr.X -= sr.W + u*0.4
	v.button(ctx, deckBindings, "browse", sr, locale.BrowseButton.In(l), ui.Track, u*0.75)
	if ctx.ShareBase != "" {
		sr.X -= sr.W + u*0.4
		v.button(ctx, deckBindings, "share", sr, locale.ShareButton.In(l), ui.Track, u*0.75)
	}
	label := ui.Paragraph{Text: locale.In(l, locale.DeckScreen), Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.MutedLight}
	lh := ctx.Wrap.Height(label, sr.X-x)
	v.text(ctx, label, x, y+max(0, sr.H-lh)/2, sr.X-x-u*0.5, ui.Rect{})
	y += max(lh, sr.H) + u*0.3
	y += v.text(ctx, ui.Paragraph{Text: s.deck.Title, Face: ctx.Fonts.Face(u*1.5, true), Size: u * 1.5, Color: ui.LightInk}, x, y, width, ui.Rect{})
	y += v.text(ctx, ui.Paragraph{Text: s.summary(ctx), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk}, x, y, width, ui.Rect{})
	y += u * 0.6

	bw := min(ctx.W-2*m, u*32)
	h := u * 3.4
	row := ui.Rect{X: (ctx.W - bw) / 2, Y: ctx.H - m - h, W: bw, H: h}
	bottom := row.Y
	s.backup = ctx.ExportProgress != nil && ctx.ImportProgress != nil
	var backupRow ui.Rect
	if s.backup {
		bh := max(ctx.targetSize(), u*2.4)
		backupRow = ui.Rect{X: row.X, Y: row.Y - u*0.6 - bh, W: row.W, H: bh}
		bottom = backupRow.Y
	}
	for _, p := range s.sourceLines(ctx, width, bottom-u-y) {
		y += v.text(ctx, p, x, y, width, ui.Rect{}) + p.Size*0.3
	}
	n := 2
	if s.matchable() {
		n = 3
	}
	main := row.SplitH(n, u*0.6)
	v.button(ctx, deckBindings, "study", main[0], locale.In(l, locale.Start), ui.Accent, u)
	v.button(ctx, deckBindings, "quiz", main[1], locale.In(l, locale.Quiz), ui.GradeColors[2], u)
	if n == 3 {
		v.button(ctx, deckBindings, "match", main[2], locale.MatchButton.In(l), ui.GradeColors[3], u)
	}
	if s.backup {
		pair := backupRow.SplitH(2, u*0.6)
		v.button(ctx, deckBindings, "export", pair[0], locale.In(l, locale.Export), ui.Track, u*0.8)
		v.button(ctx, deckBindings, "import", pair[1], locale.In(l, locale.Import), ui.Track, u*0.8)
	}
}

// layoutHeader places back (to the list) at the left, the Teacher
// screen's button beside it and, for a deck that can go, remove at the
// right; it returns where the content starts.
func (s *Deck) layoutHeader(ctx *Context, x, y, width float64) float64 {
	u := ctx.Unit()
	h := max(ctx.targetSize(), u*2.2)
	gap := u * 0.6
	bw := min((width-2*gap)/3, u*9)
	s.view.button(ctx, deckBindings, "back", ui.Rect{X: x, Y: y, W: bw, H: h}, "← "+locale.DeckHome.In(s.lang), ui.Track, u*0.9)
	s.view.button(ctx, deckBindings, "teacher", ui.Rect{X: x + bw + gap, Y: y, W: bw, H: h}, locale.TeacherButton.In(s.lang), ui.Track, u*0.8)
	if !s.entry.Builtin() {
		s.view.button(ctx, deckBindings, "remove", ui.Rect{X: x + width - bw, Y: y, W: bw, H: h}, locale.DeckRemove.In(s.lang), ui.Track, u*0.9)
	}
	return y + h + u*0.6
}

// Draw paints the screen as Update laid it out.
func (s *Deck) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }

// sourceLines lists the deck's sources that fit in height. When some do
// not (a small window, a notice above them), the last line says how many
// more there are, so none is dropped without a word.
func (s *Deck) sourceLines(ctx *Context, width, height float64) []ui.Paragraph {
	size := ctx.Unit() * 0.8
	face := ctx.Fonts.Face(size, false)
	used := func(p ui.Paragraph) float64 { return ctx.Wrap.Height(p, width) + size*0.3 }
	more := func(n int) ui.Paragraph {
		return ui.Paragraph{Text: fmt.Sprintf(locale.In(ctx.Lang, locale.MoreSources), n), Face: face, Size: size, Color: ui.MutedLight}
	}
	var lines []ui.Paragraph
	for i, src := range s.deck.Sources {
		p := ui.Paragraph{Text: sourceLineIn(ctx.Lang, deck.Fact{}, src), Face: face, Size: size, Color: ui.LightInk}
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
	in := func(s string) string { return locale.In(ctx.Lang, s) }
	return fmt.Sprintf("%d%s ・ %s %d ・ %s %d ・ %s %d", len(s.deck.Cards), in(locale.Cards),
		in(locale.New), c.New, in(locale.Learning), c.Learning, in(locale.Due), c.Review)
}

// Status describes the deck screen.
func (s *Deck) Status() Status {
	st := Status{
		Scene:     "deck",
		Remaining: len(s.deck.Cards),
		Text: fmt.Sprintf("%s: %s、%d%s。%s", locale.In(s.lang, locale.DeckScreen), s.deck.Title, len(s.deck.Cards),
			locale.In(s.lang, locale.Cards), locale.In(s.lang, locale.StartHint)),
		Targets: s.view.statusTargets(),
	}
	if s.backup {
		st.Text += locale.In(s.lang, locale.BackupKeys)
	}
	return st
}
