// Package scene holds the app's screens. Each scene keeps view state only;
// what a card is and what grading does live in cards/.
package scene

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/study"
	"factdeck/game/locale"

	"factdeck/game/input"
	"factdeck/game/ui"
)

// Scene is one screen of the app.
type Scene interface {
	// Update handles this tick's actions and says what comes next.
	Update(ctx *Context, actions []input.Action) Transition
	// Draw paints the whole screen.
	Draw(dst *ebiten.Image, ctx *Context)
	// Status says what the screen shows, in words: for screen readers and
	// for end-to-end tests, which should not have to guess from pixels.
	Status() Status
}

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
}

// Op is what a transition does to the scene stack.
type Op int

// Transition operations.
const (
	Stay Op = iota
	Push
	Pop
	Replace
)

// Transition asks the game to change scenes.
type Transition struct {
	Op    Op
	Scene Scene
}

// Context is what every scene may use: the screen size, drawing tools, the
// student's progress and a way to report what went wrong.
type Context struct {
	// W and H are the screen's size in device pixels; Scale is device
	// pixels per CSS (logical) pixel, 3 on many phones.
	W, H  float64
	Scale float64
	Fonts *ui.Fonts
	Wrap  ui.Wrapper
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
	// Notice is a message the student must see (a save that failed, a
	// damaged progress file moved aside); the deck screen shows it.
	Notice string
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
	if c.Saver == nil || c.Progress == nil {
		return
	}
	if err := c.Saver.Save(); err != nil {
		c.Notice = locale.SaveFailed + ": " + NoticeText(err)
	}
}

// unsaved reports whether answers are being kept in memory only, which
// the study and quiz screens say in their header line: the deck screen's
// notice saying why is out of sight while the student studies.
func (c *Context) unsaved() bool {
	return c.Saver != nil && c.Progress != nil && !c.Saver.Persistent()
}

// headerLine is a study or quiz screen's top line: label, and a warning
// in its colour while answers are not saved.
func (c *Context) headerLine(label string, size float64) ui.Paragraph {
	p := ui.Paragraph{Text: label, Face: c.Fonts.Face(size, false), Size: size, Color: ui.LightInk}
	if c.unsaved() {
		p.Text += " ・ " + locale.NotSaved
		p.Color = ui.GradeColors[1]
	}
	return p
}

// Unit is the size of body text for the current screen: it follows the
// smaller side so a phone and a desktop window both read well.
func (c *Context) Unit() float64 {
	s := max(c.Scale, 1)
	return clamp(min(c.W, c.H)/24, 14*s, 30*s)
}

// Margin is the space kept free at the screen's edges.
func (c *Context) Margin() float64 { return c.Unit() }

func clamp(v, lo, hi float64) float64 { return max(lo, min(hi, v)) }
