// Package scene holds the app's screens. Each scene keeps view state only;
// what a card is and what grading does live in cards/. A scene turns this
// tick's actions into commands through its bindings and the targets it
// laid out last tick, lays its view out again at the end of Update, and
// Draw only paints that view.
package scene

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/formats"
	"factdeck/cards/library"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/sound"
	"factdeck/game/ui"
)

// Scene is one screen of the app.
type Scene interface {
	// Update handles this tick's actions, lays the screen out for Draw and
	// says what comes next.
	Update(ctx *Context, actions []input.Action) Transition
	// Draw paints the whole screen as the last Update laid it out.
	Draw(dst *ebiten.Image, ctx *Context)
	// Status says what the screen shows, in words: for screen readers and
	// for end-to-end tests, which should not have to guess from pixels.
	Status() Status
	// Bindings are the screen's keys and what they do; the same table
	// gives the key hints drawn on its buttons.
	Bindings() Bindings
}

// Optional hooks a scene implements when it needs them.
type (
	// Enterer is told when it is first shown.
	Enterer interface{ Enter(ctx *Context) }
	// Resumer is told when it is shown again after the screen above it
	// closed (to refresh what that screen changed: today's counts).
	Resumer interface{ Resume(ctx *Context) }
	// Leaver is told when it closes for good.
	Leaver interface{ Leave(ctx *Context) }
	// Overlay is a scene drawn over the screen below it (a dialog, a
	// sheet): the game draws that screen first, so an overlay's Draw
	// paints over it and must not clear the screen.
	Overlay interface{ Overlay() }
	// Animator is a scene in motion (a card flipping): the game redraws
	// it every tick while Animating is true, not only on input.
	Animator interface{ Animating() bool }
)

// Status is what a scene shows, as data.
type Status struct {
	// Scene names the screen: "deck", "study", "done", "quiz",
	// "quiz-feedback" or "quiz-result".
	Scene     string `json:"scene"`
	CardID    string `json:"card,omitempty"`
	Flipped   bool   `json:"flipped"`
	Reviewed  int    `json:"reviewed"`
	Remaining int    `json:"remaining"`
	// Score and Total are a quiz's correct answers and question count.
	Score int `json:"score,omitempty"`
	Total int `json:"total,omitempty"`
	// Text is the screen's content as a screen reader should speak it.
	Text string `json:"text"`
	// Targets are the screen's interactive elements where they are drawn,
	// in CSS pixels, so tests click them by id.
	Targets []Target `json:"targets"`
	// Decks are the home screen's decks with today's counts.
	Decks []DeckRow `json:"decks,omitempty"`
	// Picked are the ids of the cards of the Teacher screen's quiz, in
	// the order it asks them.
	Picked []string `json:"picked,omitempty"`
	// Keyboard is whether key hints are shown (the game sets it).
	Keyboard bool `json:"keyboard"`
	// Lang is the language the screen speaks, "ja" or "en" (the game sets
	// it), for the page's lang attribute.
	Lang string `json:"lang,omitempty"`
	// Moving is whether the screen is in motion (a card turning), so a
	// test takes its screenshot once it rests (the game sets it).
	Moving bool `json:"moving,omitempty"`
	// Sounds counts the cues sounded since the app started (the game
	// sets it), so a test can tell that an answer made a sound and that
	// sound turned off made none. A cue comes with input, which lays the
	// screen out, so it is published with the screen it changed.
	Sounds int `json:"sounds,omitempty"`
}

// Target is an interactive element: its stable id and where it is.
type Target struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	W  float64 `json:"w"`
	H  float64 `json:"h"`
}

// Op is what a transition does to the scene stack.
type Op int

// Transition operations.
const (
	Stay Op = iota
	// Push shows Scene over the current one.
	Push
	// Pop closes the current scene and shows the one below again.
	Pop
	// Replace closes the current scene and shows Scene in its place.
	Replace
	// Home closes every scene above the first (the deck screen).
	Home
)

// Transition asks the game to change scenes.
type Transition struct {
	Op    Op
	Scene Scene
}

// Context is what every scene may use: the screen size, drawing tools, the
// student's progress and a way to tell them what went wrong.
type Context struct {
	// W and H are the screen's size in device pixels; Scale is device
	// pixels per CSS (logical) pixel, 3 on many phones.
	W, H  float64
	Scale float64
	// Top is where a scene's content may start: below the notices the
	// game draws over every screen.
	Top   float64
	Fonts *ui.Fonts
	Wrap  ui.Wrapper
	// Keyboard is whether the student has one; key hints show only then.
	Keyboard bool
	// Epoch counts the changes made to what scenes show from outside them
	// (settings, an imported file, a screen left or returned to); a scene
	// lays itself out again when it moves on.
	Epoch uint64
	// Layouts counts the layouts scenes have made: what a screen shows,
	// and so its Status, changes only with a new one.
	Layouts uint64
	// Lang is the interface's language (locale.Text strings).
	Lang locale.Lang
	// TextScale multiplies the text size (the settings' text size step);
	// 0 means 1. The layout reflows around it.
	TextScale float64
	// loose holds the settings while there is no Progress to keep them.
	loose *study.Settings
	// Progress is the student's saved progress; nil studies without
	// scheduling (every card once, nothing saved).
	Progress *study.Progress
	// Saver stores Progress; scenes save after every answer.
	Saver Saver
	// ExportProgress saves Progress as a file of the student's and returns
	// the file's name; ImportProgress asks the student for such a file,
	// whose content the game applies when it arrives. Both are nil where
	// the app offers neither (the desktop, whose progress is a file already).
	ExportProgress func() (string, error)
	ImportProgress func()
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Notices are messages the student must see (a save that failed, a
	// damaged progress file moved aside); the game draws them over any
	// screen.
	Notices Notices
	// Shelf holds the student's decks and their progress; nil when the
	// app studies one deck without a home screen (tests).
	Shelf *library.Shelf
	// ImportDeck asks the student for a deck file to add to the shelf
	// (the browser's file chooser); nil where the app offers none.
	ImportDeck func()
	// ShareBase is the web app's address, which a deck's link starts
	// with; empty where the app has none to share (the desktop).
	ShareBase string
	// CopyText puts text on the clipboard; nil where the app cannot.
	CopyText func(text string) error
	// SaveFile keeps data as a file of the student's (a teacher's quiz)
	// called name, and returns where it went: a download in the browser,
	// a path on the desktop. nil where the app can do neither.
	SaveFile func(name string, data []byte) (string, error)
	// Formats are the export formats the Teacher screen offers; nil
	// means formats.TextWriters.
	Formats []formats.Writer
	// Play sounds a cue (a card's flip, an answer); nil sounds none. The
	// game's player sounds cues only while the settings allow.
	Play func(sound.Cue)
	// noticed are the progress stores whose notices were shown already.
	noticed map[Saver]bool
	// later are the jobs handed to Later that have not yet finished.
	later []<-chan func(*Context)
}

// Saver keeps the student's progress (a store.Store).
type Saver interface {
	// Save stores what changed in the progress.
	Save() error
	// Persistent reports whether answers are kept beyond this run: not so
	// when storage is full or unavailable, or another window saves.
	Persistent() bool
}

// now reads the context's clock.
func (c *Context) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// save stores the progress and turns a failure into a notice: an answer
// must never be lost silently, nor stop the study.
func (c *Context) save() {
	if c.Progress == nil {
		return
	}
	c.saveWith(c.Saver)
}

// saveWith saves with s, a failure becoming a notice.
func (c *Context) saveWith(s Saver) {
	if s == nil {
		return
	}
	if err := s.Save(); err != nil {
		c.Notices.Set(locale.In(c.Lang, locale.SaveFailed) + ": " + NoticeTextIn(c.Lang, err))
	}
}

// play sounds cue, where the game gave a way to.
func (c *Context) play(cue sound.Cue) {
	if c.Play != nil {
		c.Play(cue)
	}
}

// answered sounds an answer right or wrong.
func (c *Context) answered(right bool) {
	if right {
		c.play(sound.Right)
	} else {
		c.play(sound.Wrong)
	}
}

// unsaved reports whether answers are being kept in memory only, which
// the study and quiz screens say in their header line.
func (c *Context) unsaved() bool {
	return c.Saver != nil && c.Progress != nil && !c.Saver.Persistent()
}

// headerLine is a study or quiz screen's top line: label, and a warning
// in its colour while answers are not saved.
func (c *Context) headerLine(label string, size float64) ui.Paragraph {
	p := ui.Paragraph{Text: label, Face: c.Fonts.Face(size, false), Size: size, Color: ui.LightInk}
	if c.unsaved() {
		p.Text += " ・ " + locale.In(c.Lang, locale.NotSaved)
		p.Color = ui.NoticeInk
	}
	return p
}

// Unit is the size of body text for the current screen: it follows the
// smaller side so a phone and a desktop window both read well.
// The student's text size scales it.
func (c *Context) Unit() float64 {
	k := c.TextScale
	if k <= 0 {
		k = 1
	}
	return c.baseUnit() * k
}

// baseUnit is Unit at the standard text size.
func (c *Context) baseUnit() float64 {
	s := max(c.Scale, 1)
	return clamp(min(c.W, c.H)/24, 14*s, 30*s)
}

// Margin is the space kept free at the screen's edges. It does not grow
// with the text size, which leaves larger text the width to wrap in.
func (c *Context) Margin() float64 { return c.baseUnit() }

// top is where a scene's content starts: a margin below the notices.
func (c *Context) top() float64 { return c.Top + c.Margin() }

// words are how the screens write true and false.
var words = study.Words{True: locale.TrueLabel, False: locale.FalseLabel}

func clamp(v, lo, hi float64) float64 { return max(lo, min(hi, v)) }
