package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/library"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// TeacherSave is the sheet over the Teacher screen that keeps a quiz: as
// a deck on the home screen, as a deck file, or in each export format
// (the files deckgen export writes, by the same code). Each button saves
// at once and says where the file went.
type TeacherSave struct {
	quiz *deck.Deck
	view view
	lang locale.Lang
}

// NewTeacherSave offers the ways to keep quiz.
func NewTeacherSave(quiz *deck.Deck) *TeacherSave { return &TeacherSave{quiz: quiz} }

// Overlay marks the sheet as drawn over the Teacher screen.
func (*TeacherSave) Overlay() {}

var teacherSaveKeys = Bindings{{Keys: []string{input.Escape}, Command: "close"}}

// Bindings close the sheet.
func (*TeacherSave) Bindings() Bindings { return teacherSaveKeys }

// Update saves on a button, and closes on close, Escape or a tap beside
// the panel.
func (s *TeacherSave) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	for _, a := range actions {
		switch cmd := command(a, teacherSaveKeys, &s.view); {
		case cmd == "close" || cmd == "scrim":
			return Transition{Op: Pop}
		case cmd == "save-home":
			s.saveHome(ctx)
		case cmd == "save-file":
			data, err := deck.Marshal(s.quiz)
			writeFile(ctx, fileName(s.quiz.Title, "json"), data, nil, err)
		case strings.HasPrefix(cmd, "export-"):
			for _, f := range formatsOf(ctx) {
				if "export-"+f.Name == cmd {
					s.export(ctx, f)
				}
			}
		}
	}
	if !s.view.keep(ctx, actions, 0) {
		s.layout(ctx)
	}
	return Transition{}
}

// saveHome puts the quiz on the home screen's list, as a deck of its own.
func (s *TeacherSave) saveHome(ctx *Context) {
	if ctx.Shelf == nil {
		return
	}
	e, _, err := ctx.Shelf.Add(s.quiz, library.FromFile, "")
	if err != nil {
		ctx.Notices.Set(locale.TeacherNotSaved.In(ctx.Lang) + ": " + NoticeTextIn(ctx.Lang, err))
		return
	}
	ctx.Notices.Set(fmt.Sprintf(locale.TeacherSaved.In(ctx.Lang), e.Title))
}

// export writes the quiz in format f and keeps the file. A slow format
// is written in the background: the student may go on meanwhile, and the
// file is kept and announced when it is done, whatever is then on show.
// One slow export runs at a time.
func (s *TeacherSave) export(ctx *Context, f formats.Writer) {
	name := fileName(s.quiz.Title, f.Ext)
	if !f.Slow {
		data, warns, err := f.Write(s.quiz)
		writeFile(ctx, name, data, warns, err)
		return
	}
	if ctx.Pending() {
		ctx.Notices.Set(locale.TeacherBusy.In(ctx.Lang))
		return
	}
	ctx.Notices.Set(fmt.Sprintf(locale.TeacherPreparing.In(ctx.Lang), name))
	done := make(chan func(*Context), 1)
	quiz := s.quiz
	go func() {
		data, warns, err := f.Write(quiz)
		done <- func(ctx *Context) { writeFile(ctx, name, data, warns, err) }
	}()
	ctx.Later(done)
}

// writeFile keeps data as a file called name and says where it went, with
// the count of cards the format had to change or leave out.
func writeFile(ctx *Context, name string, data []byte, warns []formats.Warning, err error) {
	if err == nil {
		name, err = ctx.SaveFile(name, data)
	}
	if err != nil {
		ctx.Notices.Set(locale.TeacherNotSaved.In(ctx.Lang) + ": " + NoticeTextIn(ctx.Lang, err))
		return
	}
	msg := fmt.Sprintf(locale.TeacherWritten.In(ctx.Lang), name)
	if len(warns) > 0 {
		msg += fmt.Sprintf(locale.TeacherCut.In(ctx.Lang), len(warns))
	}
	ctx.Notices.Set(msg)
}

// fileName is a file name made of a quiz's title: characters that no
// file system takes replaced, "quiz" for a title with none left.
func fileName(title, ext string) string {
	base := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(title))
	if strings.Trim(base, "-. ") == "" {
		base = "quiz"
	}
	return base + "." + ext
}

// layout centres a panel of buttons: the title, then add to home, the
// deck file and each format where the app can save files, in two
// columns on a wide screen; close under it.
func (s *TeacherSave) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	l := ctx.Lang
	s.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	v.fill(ui.Rect{W: ctx.W, H: ctx.H}, 0, ui.Scrim)
	v.target("scrim", ui.Rect{W: ctx.W, H: ctx.H})
	type choice struct{ id, label string }
	var choices []choice
	if ctx.Shelf != nil {
		choices = append(choices, choice{"save-home", locale.TeacherSaveHome.In(l)})
	}
	if ctx.SaveFile != nil {
		choices = append(choices, choice{"save-file", locale.TeacherSaveFile.In(l) + " (.json)"})
		for _, f := range formatsOf(ctx) {
			choices = append(choices, choice{"export-" + f.Name, f.Label + " (." + f.Ext + ")"})
		}
	}
	cols := 1
	if ctx.W > ctx.H {
		cols = 2
	}
	w := min(ctx.W-2*m, u*float64(18*cols))
	x, pad := (ctx.W-w)/2, u
	bh := max(ctx.targetSize(), u*2.2)
	gap := u * 0.4
	title := ui.Paragraph{Text: locale.TeacherSaveTitle.In(l) + ": " + s.quiz.Title, Face: ctx.Fonts.Face(u*1.1, true), Size: u * 1.1, Color: ui.Ink}
	inner := w - 2*pad
	titleH := ctx.Wrap.Height(title, inner)
	rows := (len(choices) + cols - 1) / cols
	panel := ui.Rect{X: x, Y: ctx.top(), W: w, H: 2*pad + titleH + u*0.5 + float64(rows)*(bh+gap)}
	v.fill(panel, u*0.8, ui.CardBack)
	v.target("panel", panel)
	v.text(ctx, title, x+pad, panel.Y+pad, inner, panel)
	y := panel.Y + pad + titleH + u*0.5
	for i := 0; i < len(choices); i += cols {
		row := ui.Rect{X: x + pad, Y: y, W: inner, H: bh}.SplitH(cols, gap)
		for j := range cols {
			if i+j < len(choices) {
				c := choices[i+j]
				v.button(ctx, teacherSaveKeys, c.id, row[j], c.label, ui.Accent, u*0.85)
			}
		}
		y += bh + gap
	}
	v.button(ctx, teacherSaveKeys, "close", ui.Rect{X: x, Y: panel.Y + panel.H + u*0.6, W: w, H: bh}, locale.SheetClose.In(l), ui.Track, u*0.8)
}

// formatsOf are the formats the app offers: the context's, else the text
// ones.
func formatsOf(ctx *Context) []formats.Writer {
	if ctx.Formats != nil {
		return ctx.Formats
	}
	return formats.TextWriters
}

// Draw paints the sheet over the Teacher screen.
func (s *TeacherSave) Draw(dst *ebiten.Image, ctx *Context) { s.view.paint(dst, ctx) }

// Status reads the sheet out.
func (s *TeacherSave) Status() Status {
	return Status{Scene: "teacher-save", Text: locale.TeacherSaveTitle.In(s.lang) + ": " + s.quiz.Title, Targets: s.view.pressTargets()}
}
