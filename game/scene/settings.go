package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Settings is the settings screen: how the app looks and speaks on one
// page, how it schedules on the other. Every change is saved at once with
// the progress, and the game applies the display choices on its next
// tick, to this screen and every other.
type Settings struct {
	page int // pageDisplay or pageStudy
	view view
	// The controls, laid out by Update and drawn over the view.
	pages, lang, size, theme ui.Tabs
	sound, furigana          ui.Toggle
	quizSchedules            ui.Toggle
	newPerDay, reviews       ui.Stepper
	retention                ui.Slider
	// status is what the screen shows, in words, as of the last layout.
	status string
	// scroll moves the page on a screen too short for it (a small window
	// at the largest text).
	scroll ui.ScrollView
}

const (
	pageDisplay = iota
	pageStudy
)

// Bounds of the daily limits the steppers offer, and their steps.
const (
	maxNewPerDay  = 100
	newStep       = 5
	maxReviews    = 1000
	reviewsStep   = 50
	retentionStep = 0.01
)

// NewSettings opens the settings on their display page.
func NewSettings() *Settings { return &Settings{} }

// langCodes and themeNames are the choices' values, in the tabs' order.
var (
	langCodes  = []string{study.LangJapanese, study.LangEnglish}
	themeNames = []string{study.ThemeDark, study.ThemeLight, study.ThemeContrast}
)

var settingsKeys = Bindings{
	{Keys: []string{input.Escape}, Command: "back"},
	{Keys: []string{input.ArrowLeft}, Command: "page-display"},
	{Keys: []string{input.ArrowRight}, Command: "page-study"},
	{Keys: []string{input.ArrowDown}, Command: "scroll-down"},
	{Keys: []string{input.ArrowUp}, Command: "scroll-up"},
}

// Bindings are the settings screen's keys: Esc goes back, the arrows turn
// the page.
func (s *Settings) Bindings() Bindings { return settingsKeys }

// Update applies this tick's taps and keys, then lays the screen out.
func (s *Settings) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	for _, a := range actions {
		if a.Kind == input.Scroll {
			s.scroll.By(a.DY)
			continue
		}
		if cmd := command(a, settingsKeys, &s.view); cmd == "back" {
			return Transition{Op: Pop}
		} else if cmd != "" {
			s.do(ctx, cmd, a)
		}
	}
	if !s.view.keep(ctx, actions, 0) {
		s.layout(ctx)
	}
	return Transition{}
}

// do carries out command cmd (a target's id), given by action a.
func (s *Settings) do(ctx *Context, cmd string, a input.Action) {
	switch cmd {
	case "page-display":
		s.page, s.scroll = pageDisplay, ui.ScrollView{}
		return
	case "page-study":
		s.page, s.scroll = pageStudy, ui.ScrollView{}
		return
	case "scroll-down", "scroll-up":
		s.scroll.By(scrollStep(ctx, cmd))
		return
	}
	set := ctx.Settings()
	if !change(&set, cmd, a, s) {
		return
	}
	if err := ctx.SetSettings(set); err != nil {
		ctx.Notices.Set(err.Error())
	}
}

// change applies command cmd to set, reading the slider's and steppers'
// state from s, and reports whether it is a settings command.
func change(set *study.Settings, cmd string, a input.Action, s *Settings) bool {
	if code, ok := strings.CutPrefix(cmd, "lang-"); ok {
		set.Lang = code
		return true
	}
	if name, ok := strings.CutPrefix(cmd, "theme-"); ok {
		set.Theme = name
		return true
	}
	var n int
	if _, err := fmt.Sscanf(cmd, "size-%d", &n); err == nil {
		set.TextSize = n - 1 + study.TextSmallest
		return true
	}
	switch cmd {
	case "sound":
		set.Sound = !set.Sound
	case "furigana":
		set.Furigana = !set.Furigana
	case "quiz-schedules":
		set.QuizSchedules = !set.QuizSchedules
	case "new-minus", "new-plus":
		st := s.newPerDay
		st.Value = set.NewPerDay
		st.Add(sign(cmd))
		set.NewPerDay = st.Value
	case "reviews-minus", "reviews-plus":
		st := s.reviews
		st.Value = set.ReviewsPerDay
		st.Add(sign(cmd))
		set.ReviewsPerDay = st.Value
	case "retention":
		sl := s.retention
		sl.Value = set.DesiredRetention
		if a.Kind != input.Tap {
			return false
		}
		sl.SetAt(a.X)
		set.DesiredRetention = sl.Value
	default:
		return false
	}
	return true
}

// sign is -1 for a minus button's id, else 1.
func sign(cmd string) int {
	if strings.HasSuffix(cmd, "-minus") {
		return -1
	}
	return 1
}

// Draw paints the screen and its controls.
func (s *Settings) Draw(dst *ebiten.Image, ctx *Context) {
	s.view.draw(dst, ctx)
	u := ctx.Unit()
	face := ctx.Fonts.Face(u*0.85, true)
	s.pages.Draw(dst, face, u*0.85)
	if s.page == pageDisplay {
		s.lang.Draw(dst, face, u*0.85)
		s.size.Draw(dst, face, u*0.85)
		s.theme.Draw(dst, face, u*0.85)
		s.sound.Draw(dst, ctx.Fonts.Face(u*0.85, false), u*0.85)
		s.furigana.Draw(dst, ctx.Fonts.Face(u*0.85, false), u*0.85)
		return
	}
	s.newPerDay.Draw(dst, face, u*0.85)
	s.reviews.Draw(dst, face, u*0.85)
	s.retention.Draw(dst, face, u*0.85)
	s.quizSchedules.Draw(dst, ctx.Fonts.Face(u*0.85, false), u*0.85)
}

// Status describes the screen: every setting and its value.
func (s *Settings) Status() Status {
	return Status{Scene: "settings", Text: s.status, Targets: s.view.statusTargets()}
}

// describe is every setting and its value in words, in language l.
func describe(l locale.Lang, set study.Settings) string {
	onOff := func(b bool) string {
		if b {
			return locale.On.In(l)
		}
		return locale.Off.In(l)
	}
	// The language on show is l, whether chosen here or the device's.
	lang := locale.LangJapanese.In(l)
	if l == locale.English {
		lang = locale.LangEnglish.In(l)
	}
	return fmt.Sprintf("%s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %d\n%s: %d\n%s: %.0f%%\n%s: %s",
		locale.Settings.In(l),
		locale.Language.In(l), lang,
		locale.TextSize.In(l), sizeLabels(l)[set.TextSize-study.TextSmallest],
		locale.Theme.In(l), themeLabels(l)[index(themeNames, set.ThemeName())],
		locale.Sound.In(l), onOff(set.Sound),
		locale.Furigana.In(l), onOff(set.Furigana),
		locale.NewPerDay.In(l), set.NewPerDay,
		locale.ReviewsPerDay.In(l), set.ReviewsPerDay,
		locale.Retention.In(l), set.DesiredRetention*100,
		locale.QuizSchedules.In(l), onOff(set.QuizSchedules))
}

func sizeLabels(l locale.Lang) []string {
	return []string{locale.TextSizeSmall.In(l), locale.TextSizeStd.In(l), locale.TextSizeLarge.In(l), locale.TextSizeXL.In(l)}
}

func themeLabels(l locale.Lang) []string {
	return []string{locale.ThemeDark.In(l), locale.ThemeLight.In(l), locale.ThemeContrast.In(l)}
}

// index is the position of v in vs, or 0 when it is not there.
func index(vs []string, v string) int {
	for i, x := range vs {
		if x == v {
			return i
		}
	}
	return 0
}
