package scene

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// The header's back button leaves, and its undo button takes the last
// answer back; undo is not a target until there is an answer to undo.
func TestBackAndUndoOnScreen(t *testing.T) {
	ctx := testContext(t, 390, 844)
	saver := &testSaver{persistent: true}
	ctx.Progress, ctx.Saver = study.NewProgress(), saver
	sess, err := study.New(testDeck(), ctx.Progress, study.Options{})
	require.NoError(t, err)
	s := NewStudy(sess)
	s.Update(ctx, nil)
	_, ok := s.view.rect("undo")
	assert.False(t, ok, "nothing to undo yet")

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "card")})
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "grade-1")})
	require.Equal(t, 1, sess.Reviewed())
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "undo")})
	assert.Zero(t, sess.Reviewed(), "the answer is taken back")
	assert.Empty(t, ctx.Progress.Log())
	assert.Equal(t, 2, saver.saves, "the answer and its undo were saved")
	c, _ := sess.Current()
	assert.Equal(t, "c1", c.ID)

	assert.Equal(t, Pop, s.Update(ctx, []input.Action{tapOn(t, &s.view, "back")}).Op)
}

// moreContext studies testDeck with one new card a day, c2 already a
// review card due in five hours.
func moreContext(t *testing.T, w, h float64) (*Context, *Study) {
	t.Helper()
	ctx, clk := handContext(t, w, h)
	ctx.Progress = study.NewProgress()
	set := ctx.Progress.Settings()
	set.NewPerDay = 0
	require.NoError(t, ctx.Progress.SetSettings(set))
	c := srs.Card{Due: clk.t.Add(5 * time.Hour), Stability: 4, Difficulty: 5, State: srs.Review, Reps: 2, ScheduledDays: 4, LastReview: clk.t.Add(-4 * 24 * time.Hour)}
	require.NoError(t, ctx.Progress.Apply(study.Review{Card: "c2", Rating: study.Good, Time: c.LastReview, Before: srs.Learning, After: srs.Review}, c))
	sess, err := study.New(testDeck(), ctx.Progress, study.Options{Now: clk.now})
	require.NoError(t, err)
	return ctx, NewStudy(sess)
}

// Past the day's limits the done screen offers more new cards and review
// ahead, each a button that starts them.
func TestDoneScreenOffersMore(t *testing.T) {
	for _, id := range []string{"more-new", "review-ahead"} {
		ctx, s := moreContext(t, 390, 844)
		s.Update(ctx, nil)
		st := s.Status()
		require.Equal(t, "done", st.Scene)
		assert.Equal(t, []string{"back", "more-new", "review-ahead"}, targetIDs(st), "the way back and both offers; nothing to undo")
		assert.Contains(t, st.Text, locale.LimitReached.Ja)

		s.Update(ctx, []input.Action{tapOn(t, &s.view, id)})
		want := map[string]string{"more-new": "c1", "review-ahead": "c2"}[id]
		c, ok := s.Session().Current()
		require.True(t, ok, id)
		assert.Equal(t, want, c.ID, id)
	}

	ctx, s := moreContext(t, 1024, 720)
	s.Update(ctx, []input.Action{input.Press("A"), input.Press(input.Space), input.Press("3")})
	s.Update(ctx, nil)
	assert.Equal(t, []string{"undo", "back", "more-new"}, targetIDs(s.Status()), "after the review ahead, new cards are left")
	s.Update(ctx, []input.Action{input.Press("N"), input.Press(input.Space), input.Press("4")})
	s.Update(ctx, nil)
	assert.Equal(t, []string{"undo", "back"}, targetIDs(s.Status()), "nothing more: only the way back")
	assert.NotContains(t, s.Status().Text, locale.LimitReached.Ja)
}

// The caveat badge opens a sheet with the full note and both sources
// with their dates; its button, Esc or a tap beside it closes it.
func TestCaveatBadgeOpensBothSources(t *testing.T) {
	ctx := testContext(t, 390, 844)
	d := conflictDeck(t)
	s := NewStudy(study.NewSession(d, d.Cards))
	s.Update(ctx, nil)
	_, ok := s.view.rect("caveat")
	assert.False(t, ok, "no badge on the front")
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	tr := s.Update(ctx, []input.Action{tapOn(t, &s.view, "caveat")})
	require.Equal(t, Push, tr.Op)
	sheet, ok := tr.Scene.(*CaveatSheet)
	require.True(t, ok)
	var _ Overlay = sheet
	sheet.Update(ctx, nil)
	st := sheet.Status()
	assert.Equal(t, "caveat", st.Scene)
	for _, want := range []string{pmNote, "首脳会談の報道（2025-02-10）", "個人ブログの記事（2025-03-01）",
		"「2025年2月7日、ワシントンでの日米首脳会談には岸田文雄首相が臨んだ。」", locale.CaveatDisputed.Ja} {
		assert.Contains(t, st.Text, want)
	}
	assert.Equal(t, []string{"close"}, targetIDs(st))
	assert.Equal(t, Stay, sheet.Update(ctx, []input.Action{tap(sheet.panel)}).Op, "a tap on the sheet itself keeps it")
	assert.Equal(t, Pop, sheet.Update(ctx, []input.Action{tapOn(t, &sheet.view, "close")}).Op)
	assert.Equal(t, Pop, sheet.Update(ctx, []input.Action{input.TapAt(2, ctx.H-2)}).Op, "a tap beside it closes it")
	assert.Equal(t, Pop, sheet.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)

	// The dated card has its own badge; a card without caveat has none.
	s.Update(ctx, []input.Action{input.Press("3"), input.Press(input.Space)})
	tr = s.Update(ctx, []input.Action{input.Press("S")})
	require.Equal(t, Push, tr.Op, "S opens the badge's sheet from the keyboard")
	tr.Scene.Update(ctx, nil)
	assert.Contains(t, tr.Scene.Status().Text, locale.CaveatDated.Ja)

	plain := NewStudy(study.NewSession(testDeck(), testDeck().Cards[:1]))
	plain.Update(ctx, []input.Action{input.Press(input.Space)})
	_, ok = plain.view.rect("caveat")
	assert.False(t, ok, "no caveat, no badge")
	assert.Equal(t, Stay, plain.Update(ctx, []input.Action{input.Press("S")}).Op)
}

// Every target of the study screens is at least 44 CSS pixels each way,
// on a phone at three device pixels per CSS pixel.
func TestStudyTargetsAreLargeEnough(t *testing.T) {
	ctx := testContext(t, 1170, 2532)
	ctx.Scale = 3
	d := conflictDeck(t)
	s := NewStudy(study.NewSession(d, d.Cards))
	check := func(st Status, what string) {
		require.NotEmpty(t, st.Targets, what)
		for _, tg := range st.Targets {
			assert.GreaterOrEqual(t, tg.W, float64(minTarget), "%s: %s", what, tg.ID)
			assert.GreaterOrEqual(t, tg.H, float64(minTarget), "%s: %s", what, tg.ID)
		}
	}
	s.Update(ctx, nil)
	check(s.Status(), "front")
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	check(s.Status(), "back")
	tr := s.Update(ctx, []input.Action{tapOn(t, &s.view, "caveat")})
	tr.Scene.Update(ctx, nil)
	check(tr.Scene.Status(), "caveat sheet")
	s.Update(ctx, []input.Action{input.Press("3"), input.Press(input.Space), input.Press("3")})
	check(s.Status(), "done")

	ctx2, more := moreContext(t, 1170, 2532)
	ctx2.Scale = 3
	more.Update(ctx2, nil)
	check(more.Status(), "done with more")
}

// TestStudyScreenshots draws the study screens at a desktop and a phone
// size, in both languages: the front, the flip half way, the back with
// its source panel and badge, the sheet the badge opens over it, and the
// done screen offering more. They go to $FACTDECK_ARTIFACTS/scenes/study.
func TestStudyScreenshots(t *testing.T) {
	dir := filepath.Join(scenesDir(t), "study")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
			w, h := size[0], size[1]
			name := func(what string) string {
				return filepath.Join(dir, fmt.Sprintf("%s-%s-%dx%d.png", what, []string{"ja", "en"}[lang], w, h))
			}
			ctx, clk := handContext(t, float64(w), float64(h))
			ctx.Lang, ctx.Keyboard = lang, w > 1000
			ctx.Progress = study.NewProgress()
			sess, err := study.New(conflictDeck(t), ctx.Progress, study.Options{Now: clk.now})
			require.NoError(t, err)
			s := NewStudy(sess)
			shot := func(what string, scenes ...Scene) *ebiten.Image {
				img := ebiten.NewImage(w, h)
				for _, sc := range scenes {
					sc.Draw(img, ctx)
				}
				savePNG(t, name(what), img)
				return img
			}
			s.Update(ctx, nil)
			shot("front", s)
			s.Update(ctx, []input.Action{input.Press(input.Space)})
			clk.advance(flipTime * 7 / 10)
			s.Update(ctx, nil)
			shot("flip", s)
			clk.advance(flipTime)
			s.Update(ctx, nil)
			img := shot("back", s)
			assert.Greater(t, countColor(img, s.card, ui.Marker), 50, "%dx%d: the answer is marked in its sentence", w, h)
			tr := s.Update(ctx, []input.Action{tapOn(t, &s.view, "caveat")})
			tr.Scene.Update(ctx, nil)
			shot("caveat-sheet", s, tr.Scene)

			ctx2, more := moreContext(t, float64(w), float64(h))
			ctx2.Lang, ctx2.Keyboard = lang, ctx.Keyboard
			more.Update(ctx2, nil)
			img = ebiten.NewImage(w, h)
			more.Draw(img, ctx2)
			savePNG(t, name("done-more"), img)
		}
	}
	t.Logf("screenshots in %s", dir)
}

// countColor counts the pixels of r in colour c.
func countColor(img *ebiten.Image, r ui.Rect, c ui.Color) int {
	n := 0
	for y := int(r.Y); y < int(r.Y+r.H); y++ {
		for x := int(r.X); x < int(r.X+r.W); x++ {
			if sameColor(img.At(x, y), c) {
				n++
			}
		}
	}
	return n
}
