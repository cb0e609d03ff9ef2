package scene

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// S or the settings button on the deck screen opens the settings.
func TestDeckOpensSettings(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := NewDeck(testDeck())
	d.Update(ctx, nil)
	for _, a := range []input.Action{input.Press("S"), tapOn(t, &d.view, "settings")} {
		tr := d.Update(ctx, []input.Action{a})
		require.Equal(t, Push, tr.Op)
		assert.IsType(t, &Settings{}, tr.Scene)
	}
}

// Each control changes its setting in the progress and saves it at once;
// Esc goes back.
func TestSettingsChangeAndSave(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	saver := &testSaver{persistent: true}
	ctx.Progress, ctx.Saver = study.NewProgress(), saver
	s := NewSettings()
	s.Update(ctx, nil)
	taps := func(ids ...string) {
		for _, id := range ids {
			s.Update(ctx, []input.Action{tapOn(t, &s.view, id)})
		}
	}
	taps("lang-en", "size-4", "theme-light", "sound")
	got := ctx.Settings()
	assert.Equal(t, study.Display{Lang: study.LangEnglish, TextSize: study.TextLargest, Theme: study.ThemeLight, Sound: false}, got.Display)
	assert.Equal(t, 4, saver.saves, "each change is saved")

	s.Update(ctx, []input.Action{input.Press(input.ArrowRight)})
	taps("new-plus", "new-plus", "reviews-minus", "quiz-schedules")
	got = ctx.Settings()
	assert.Equal(t, 30, got.NewPerDay)
	assert.Equal(t, 150, got.ReviewsPerDay)
	assert.True(t, got.QuizSchedules)

	r := targetRect(t, &s.view, "retention")
	s.Update(ctx, []input.Action{input.TapAt(r.X+1, r.Y+r.H/2)})
	assert.Equal(t, study.MinRetention, ctx.Settings().DesiredRetention, "a tap at the track's left end asks for the least")
	s.Update(ctx, []input.Action{input.TapAt(r.X+r.W*0.69, r.Y+r.H/2)})
	assert.Equal(t, study.MaxRetention, ctx.Settings().DesiredRetention)
	assert.Equal(t, study.MaxRetention, ctx.Progress.Scheduler().Params().DesiredRetention, "the scheduler follows")

	for range 30 {
		taps("new-minus")
	}
	assert.Equal(t, 0, ctx.Settings().NewPerDay, "the stepper stops at zero")

	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)
}

// Without saved progress the settings last the run.
func TestSettingsWithoutProgress(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s := NewSettings()
	s.Update(ctx, nil)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "theme-contrast")})
	assert.Equal(t, study.ThemeContrast, ctx.Settings().Theme)
}

// The screen speaks its settings in its language.
func TestSettingsStatus(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	ctx.Progress = study.NewProgress()
	s := NewSettings()
	s.Update(ctx, nil)
	st := s.Status()
	assert.Equal(t, "settings", st.Scene)
	assert.Contains(t, st.Text, "文字の大きさ: 標準")
	assert.Contains(t, st.Text, "配色: ダーク")
	assert.Contains(t, st.Text, "目標の定着率: 90%")
	ctx.Lang = locale.English
	s.Update(ctx, nil)
	assert.Contains(t, s.Status().Text, ": English")
	assert.Contains(t, s.Status().Text, "Sound: On")
}

// Text size steps grow the text, and the margins stay put.
func TestTextScale(t *testing.T) {
	ctx := testContext(t, 1170, 2532)
	ctx.Scale = 3
	base, margin := ctx.Unit(), ctx.Margin()
	prev := 0.0
	for n := study.TextSmallest; n <= study.TextLargest; n++ {
		ctx.TextScale = TextScale(n)
		assert.Greater(t, ctx.Unit(), prev, "step %d", n)
		prev = ctx.Unit()
		assert.Equal(t, margin, ctx.Margin())
	}
	ctx.TextScale = TextScale(0)
	assert.Equal(t, base, ctx.Unit(), "step 0 is the standard size")
	assert.Equal(t, TextScale(study.TextLargest), TextScale(99), "out of range takes the nearest step")
}

// On a phone and a desktop window, at every text size, in both languages
// and on both pages, every control lies on the screen, none overlaps
// another, and each is at least 44 CSS pixels high.
func TestSettingsFitEveryScreen(t *testing.T) {
	scrolled := 0
	for _, sc := range []struct {
		name     string
		w, h, px float64
	}{{"phone", 390, 844, 3}, {"desktop", 1280, 800, 1}, {"small window", 360, 480, 1}} {
		for n := study.TextSmallest; n <= study.TextLargest; n++ {
			for _, l := range []locale.Lang{locale.Japanese, locale.English} {
				for _, page := range []string{"page-display", "page-study"} {
					t.Run(fmt.Sprintf("%s/%d/%s/%s", sc.name, n, l.Code(), page), func(t *testing.T) {
						ctx := testContext(t, sc.w*sc.px, sc.h*sc.px)
						ctx.Scale, ctx.Lang, ctx.TextScale = sc.px, l, TextScale(n)
						s := NewSettings()
						s.Update(ctx, nil)
						s.Update(ctx, []input.Action{tapOn(t, &s.view, page)})
						checkTargets(t, ctx, &s.view, sc.name != "small window")
						if sc.name == "small window" && s.scroll.Scrollable() {
							// What does not fit is reached by scrolling.
							scrolled++
							s.Update(ctx, []input.Action{input.ScrollAt(10, 10, 1e6)})
							s.Update(ctx, nil)
							last := s.view.targets[len(s.view.targets)-1].rect
							assert.LessOrEqual(t, last.Y+last.H, ctx.H+0.5, "the last control scrolls into sight")
						}
					})
				}
			}
		}
	}
	assert.Positive(t, scrolled, "a small window at the largest text needs the scroll")
}

// checkTargets fails for a target off the screen, two that overlap, or,
// when fit, one smaller than a finger.
func checkTargets(t *testing.T, ctx *Context, v *view, fit bool) {
	t.Helper()
	screen := ui.Rect{W: ctx.W, H: ctx.H}
	ts := v.targets
	require.NotEmpty(t, ts)
	for i, a := range ts {
		if fit {
			assert.True(t, inside(a.rect, screen), "%s %v is off the screen %v", a.id, a.rect, screen)
		}
		assert.GreaterOrEqual(t, a.rect.H, ctx.targetSize()-0.5, "%s is %v high", a.id, a.rect.H)
		for _, b := range ts[i+1:] {
			assert.False(t, overlap(a.rect, b.rect), "%s %v overlaps %s %v", a.id, a.rect, b.id, b.rect)
		}
	}
}

func inside(r, in ui.Rect) bool {
	return r.X >= in.X-0.5 && r.Y >= in.Y-0.5 && r.X+r.W <= in.X+in.W+0.5 && r.Y+r.H <= in.Y+in.H+0.5
}

func overlap(a, b ui.Rect) bool {
	const e = 0.5 // touching edges are no overlap
	return a.X+e < b.X+b.W && b.X+e < a.X+a.W && a.Y+e < b.Y+b.H && b.Y+e < a.Y+a.H
}

// At the largest text on a phone, in both languages, the home, deck,
// study and quiz screens keep their targets on the screen and apart, and every
// button's label fits inside it.
func TestScreensFitPhoneAtLargestText(t *testing.T) {
	for _, l := range []locale.Lang{locale.Japanese, locale.English} {
		ctx := testContext(t, 390*3, 844*3)
		ctx.Scale, ctx.Lang, ctx.TextScale = 3, l, TextScale(study.TextLargest)
		ctx.ExportProgress = func() (string, error) { return "", nil }
		ctx.ImportProgress = func() {}
		d := testDeck()
		deckScreen := NewDeck(d)
		deckScreen.Update(ctx, nil)
		st := NewStudy(study.NewSession(d, d.Cards))
		st.Update(ctx, nil)
		front := st.view
		front.items, front.targets = append([]item(nil), st.view.items...), append([]target(nil), st.view.targets...)
		st.Update(ctx, []input.Action{input.Press(input.Space)})
		st.Update(ctx, nil)
		q, err := study.NewQuiz(d, []string{d.Cards[0].ID}, nil, study.QuizOptions{Seed: 1})
		require.NoError(t, err)
		qs := NewQuiz(q)
		qs.Update(ctx, nil)
		// The home screen, and a deck's screen opened from it, with back
		// and remove above the settings button.
		sh, shared := testShelf(t)
		ctx.Shelf = sh
		home := NewDeckList()
		home.Update(ctx, nil)
		listed, err := OpenDeck(ctx, shared)
		require.NoError(t, err)
		listed.Update(ctx, nil)
		for name, v := range map[string]*view{"deck": &deckScreen.view, "study": &front, "study back": &st.view, "quiz": &qs.view,
			"home": &home.view, "listed deck": &listed.view} {
			t.Run(l.Code()+"/"+name, func(t *testing.T) {
				checkTargets(t, ctx, v, true)
				for _, it := range v.items {
					if it.kind == buttonItem {
						w := text.Advance(it.button.Label, ctx.Fonts.Face(it.size, true))
						assert.LessOrEqual(t, w, it.button.Rect.W, "%q is cut", it.button.Label)
					}
				}
			})
		}
	}
}
