package scene

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

const (
	pmNote  = "出典によって異なる：首脳会談の報道（2025-02-10）は石破茂、個人ブログの記事（2025-03-01）は岸田文雄とする。"
	invNote = "2019年の記事によると…（通商政策の振り返りに引用された2019年5月の記事の数字）"
)

func conflictDeck(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.Read(filepath.Join("testdata", "conflict.json"))
	require.NoError(t, err)
	return d
}

func conflictQuiz(t *testing.T, ids ...string) (*Quiz, *study.Progress) {
	t.Helper()
	p := schedulingProgress(t)
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	q, err := study.NewQuiz(conflictDeck(t), ids, p, study.QuizOptions{Now: func() time.Time { return now }, Seed: 1})
	require.NoError(t, err)
	return NewQuiz(q), p
}

// TestStudyBackShowsTheDisagreement: the back of a disputed card gives
// the other source's answer and the note, and a dated claim its own date
// beside the source; the quiz-only sibling is not studied.
func TestStudyBackShowsTheDisagreement(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := conflictDeck(t)
	s := NewStudy(study.NewSession(d, d.Cards))
	assert.Equal(t, 2, s.Session().Remaining(), "the quiz-only sibling is left to quizzes")

	assert.NotContains(t, s.Status().Text, pmNote, "the note is part of the answer, not the question")
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	st := s.Status()
	assert.Contains(t, st.Text, locale.OtherAnswers+": 岸田文雄")
	assert.Contains(t, st.Text, locale.ConflictMark+pmNote)
	assert.Contains(t, st.Text, "出典: 首脳会談の報道（2025-02-10）")
	assert.NotContains(t, st.Text, locale.Conflict, "the note replaces the generic conflict line")

	s.Update(ctx, []input.Action{input.Press("3"), input.Press(input.Space)})
	st = s.Status()
	assert.Equal(t, "inv-num", st.CardID)
	assert.Contains(t, st.Text, locale.ConflictMark+invNote)
	assert.Contains(t, st.Text, "出典: 通商政策の振り返り（2019-05）", "the dated block's date, not the page's")
}

// TestQuizAcceptsTheOtherSourcesAnswer: giving the answer another source
// states counts, with its own verdict and the note.
func TestQuizAcceptsTheOtherSourcesAnswer(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s, p := conflictQuiz(t, "pm-mcq")
	q, _ := s.quiz.Current()
	s.Update(ctx, []input.Action{digit(indexOf(q.Choices, "岸田文雄") + 1)})
	st := s.Status()
	assert.Equal(t, "quiz-feedback", st.Scene)
	assert.Equal(t, 1, st.Score)
	assert.Contains(t, st.Text, locale.Accepted)
	assert.NotContains(t, st.Text, locale.Wrong)
	assert.Contains(t, st.Text, locale.YourAnswer+": 岸田文雄")
	assert.Contains(t, st.Text, pmNote)
	assert.Equal(t, study.Good, p.Log()[0].Rating)

	s.Update(ctx, []input.Action{input.Press("R")})
	assert.Equal(t, 1, s.Status().Score, "nothing to override")
	assert.False(t, p.Log()[0].Override)
}

// TestQuizIWasRight: after a wrong typed answer, R (or the button)
// declares it right; the score, the feedback and the saved log follow.
// Right answers and choices offer no such button.
func TestQuizIWasRight(t *testing.T) {
	for _, how := range []string{"key", "tap"} {
		ctx := testContext(t, 1024, 720)
		saver := &testSaver{persistent: true}
		s, p := conflictQuiz(t, "pm-cloze", "inv-num")
		ctx.Saver, ctx.Progress = saver, p

		s.field.SetText("いしば")
		s.Update(ctx, []input.Action{input.Press("R")})
		assert.Equal(t, "quiz", s.Status().Scene, "%s: R while answering does nothing", how)
		s.Update(ctx, []input.Action{enter})
		require.Equal(t, 0, s.Status().Score)
		require.Contains(t, s.Status().Text, locale.Wrong)
		require.True(t, s.quiz.CanOverride())

		if how == "key" {
			s.Update(ctx, []input.Action{input.Press("R")})
		} else {
			s.Update(ctx, []input.Action{tapOn(t, &s.view, "override")})
		}
		st := s.Status()
		assert.Equal(t, "quiz-feedback", st.Scene, how)
		assert.Equal(t, 1, st.Score, how)
		assert.Contains(t, st.Text, locale.Overridden, how)
		assert.Equal(t, 2, saver.saves, "%s: the changed log was saved", how)
		require.Len(t, p.Log(), 1)
		assert.True(t, p.Log()[0].Override, how)

		s.Update(ctx, []input.Action{enter})
		s.field.SetText("7,833億ドル")
		s.Update(ctx, []input.Action{enter})
		assert.Equal(t, 2, s.Status().Score, how)
		assert.False(t, s.quiz.CanOverride(), "%s: a right answer has nothing to override", how)
		_, above := s.bottomRow(ctx)
		s.Update(ctx, []input.Action{tap(above)})
		assert.Equal(t, "quiz-feedback", s.Status().Scene, "%s: the hidden button's place is not live", how)
	}
}

// TestQuizReviewShowsTheNote: the review of mistakes after the quiz shows
// the card's note with the right answer.
func TestQuizReviewShowsTheNote(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s, _ := conflictQuiz(t, "inv-num")
	s.field.SetText("5000")
	s.Update(ctx, []input.Action{enter, enter})
	require.Equal(t, "quiz-result", s.Status().Scene)
	require.Len(t, s.quiz.Mistakes(), 1)
	assert.Contains(t, joinTexts(resultTexts(locale.Japanese, s.quiz.Mistakes()[0])[1:]), locale.ConflictMark+invNote)
}

// TestConflictScreenshots draws a disputed card's back and the quiz
// feedback on a wrong typed answer and on the other source's answer, at a
// desktop and two phone sizes. It checks that the caveats (the other
// source's answer, the note) are drawn inside the card in the warning
// colour and that the override button shows only after the wrong typed
// answer, and keeps the PNGs in $FACTDECK_ARTIFACTS/scenes (or a
// temporary folder) for a person to look at.
func TestConflictScreenshots(t *testing.T) {
	dir := scenesDir(t)
	for _, size := range [][2]int{{1024, 720}, {390, 844}, {360, 480}} {
		w, h := size[0], size[1]
		ctx := testContext(t, float64(w), float64(h))

		d := conflictDeck(t)
		st := NewStudy(study.NewSession(d, d.Cards))
		st.Update(ctx, []input.Action{input.Press(input.Space)})
		img := ebiten.NewImage(w, h)
		st.Draw(img, ctx)
		assert.Greater(t, countWarning(img, st.card), 50, "%dx%d: the caveats are drawn on the study back", w, h)
		savePNG(t, filepath.Join(dir, pngName("study-back-conflict", w, h)), img)

		qz, _ := conflictQuiz(t, "pm-cloze")
		qz.field.SetText("石破")
		qz.Update(ctx, []input.Action{enter})
		img = ebiten.NewImage(w, h)
		qz.Draw(img, ctx)
		f := qz.frame
		card := ui.Rect{X: f.X, Y: f.Y, W: f.W, H: targetRect(t, &qz.view, "override").Y - f.Y}
		assert.Greater(t, countWarning(img, card), 50, "%dx%d: the caveats are drawn in the feedback", w, h)
		assert.True(t, overrideDrawn(img, qz, ctx), "%dx%d: the override button after a wrong typed answer", w, h)
		assert.Equal(t, []string{"back", "override", "caveat", "next"}, targetIDs(qz.Status()), "%dx%d: the caveat badge of the source panel opens the sheet", w, h)
		savePNG(t, filepath.Join(dir, pngName("quiz-feedback-conflict", w, h)), img)

		qz, _ = conflictQuiz(t, "pm-mcq")
		q, _ := qz.quiz.Current()
		qz.Update(ctx, []input.Action{digit(indexOf(q.Choices, "岸田文雄") + 1)})
		img = ebiten.NewImage(w, h)
		qz.Draw(img, ctx)
		card = ui.Rect{X: f.X, Y: f.Y, W: f.W, H: targetRect(t, &qz.view, "next").Y - f.Y}
		assert.Greater(t, countWarning(img, card), 50, "%dx%d: the caveats are drawn with an accepted answer", w, h)
		assert.False(t, overrideDrawn(img, qz, ctx), "%dx%d: no override button after an accepted answer", w, h)
		assert.Equal(t, []string{"back", "caveat", "next"}, targetIDs(qz.Status()), "%dx%d", w, h)
		savePNG(t, filepath.Join(dir, pngName("quiz-feedback-accepted", w, h)), img)
	}
	t.Logf("screenshots in %s", dir)
}

func pngName(what string, w, h int) string {
	return fmt.Sprintf("%s-%dx%d.png", what, w, h)
}

// overrideDrawn reports whether the override button's colour fills its
// place, at the middle of its left edge.
func overrideDrawn(img *ebiten.Image, s *Quiz, ctx *Context) bool {
	_, b := s.bottomRow(ctx)
	return sameColor(img.At(int(b.X)+2, int(b.Y+b.H/2)), ui.Track)
}

// countWarning counts the pixels of r in the warning colour's hue
// (orange: red above green above blue), anti-aliased edges included, so
// that small text counts too; the red of 不正解 has no such green.
func countWarning(img *ebiten.Image, r ui.Rect) int {
	n := 0
	for y := int(r.Y); y < int(r.Y+r.H); y++ {
		for x := int(r.X); x < int(r.X+r.W); x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			if pr > pg+0x2000 && pg > pb+0x2000 {
				n++
			}
		}
	}
	return n
}

func savePNG(t *testing.T, path string, img *ebiten.Image) {
	t.Helper()
	b := img.Bounds()
	rgba := image.NewRGBA(b)
	img.ReadPixels(rgba.Pix)
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, png.Encode(f, rgba))
}

// TestOlderDeckConflictLine: a deck without notes still says, on the
// study back and in the quiz feedback, that the sources differ, quoting
// the other source with its date.
func TestOlderDeckConflictLine(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := conflictDeck(t)
	for i := range d.Cards {
		d.Cards[i].Note, d.Cards[i].Accept = "", nil
	}
	want := locale.ConflictMark + locale.Conflict + ": 「2025年2月7日、ワシントンでの日米首脳会談には岸田文雄首相が臨んだ。」（個人ブログの記事、2025-03-01）"

	st := NewStudy(study.NewSession(d, d.Cards))
	st.Update(ctx, []input.Action{input.Press(input.Space)})
	assert.Contains(t, st.Status().Text, want)

	q, err := study.NewQuiz(d, []string{"pm-cloze"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	qz := NewQuiz(q)
	qz.field.SetText("岸田文雄")
	qz.Update(ctx, []input.Action{enter})
	text := qz.Status().Text
	assert.Contains(t, text, locale.Wrong, "without the deck's accept list the other answer is not known to be right")
	assert.Contains(t, text, want)
}

func TestQuizStatusReadsTheAnswerBox(t *testing.T) {
	s, _ := conflictQuiz(t, "pm-cloze")
	assert.NotContains(t, s.Status().Text, locale.YourAnswer, "an empty box says nothing")
	s.field.SetText("石破")
	assert.Contains(t, s.Status().Text, "\n"+locale.YourAnswer+": 石破")
}

// TestListAnswersOneALine: the back of an order card with items shows
// them one a line, so an item holding → or 、 reads whole.
func TestListAnswersOneALine(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := conflictDeck(t)
	d.Cards = []deck.Card{{ID: "o", Fact: "f-inv", Type: deck.TypeOrder, Prompt: "古い順に並べよ。", Answer: "関税 → 投資、為替 → 為替→円",
		Choices: []string{"為替→円", "関税", "投資、為替"}, Items: []string{"関税", "投資、為替", "為替→円"}}}
	s := NewStudy(study.NewSession(d, d.Cards))
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	assert.Contains(t, s.Status().Text, locale.Answer+"\n1. 関税\n2. 投資、為替\n3. 為替→円\n")
	img := ebiten.NewImage(1024, 720)
	s.Draw(img, ctx)
	savePNG(t, filepath.Join(scenesDir(t), "study-back-order.png"), img)
}

func targetIDs(st Status) []string {
	var ids []string
	for _, t := range st.Targets {
		ids = append(ids, t.ID)
	}
	return ids
}

// scenesDir is where screenshots go: $FACTDECK_ARTIFACTS/scenes, or a
// temporary folder.
func scenesDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("FACTDECK_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	dir = filepath.Join(dir, "scenes")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// shotFunc saves the scenes drawn in order, under a name saying what
// they show, and returns the picture.
type shotFunc func(what string, scenes ...Scene) *ebiten.Image

// eachShotScreen runs shots at the screenshots' two sizes (a desktop
// with a keyboard, a phone without) in both languages, each with a
// context of its own; shot saves to $FACTDECK_ARTIFACTS/scenes/sub as
// what-LANG-WxH.png.
func eachShotScreen(t *testing.T, sub string, shots func(ctx *Context, shot shotFunc)) {
	t.Helper()
	dir := filepath.Join(scenesDir(t), sub)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
			w, h := size[0], size[1]
			ctx := testContext(t, float64(w), float64(h))
			ctx.Lang, ctx.Keyboard = lang, w > 1000
			shots(ctx, func(what string, scenes ...Scene) *ebiten.Image {
				img := ebiten.NewImage(w, h)
				for _, sc := range scenes {
					sc.Draw(img, ctx)
				}
				savePNG(t, filepath.Join(dir, fmt.Sprintf("%s-%s-%dx%d.png", what, []string{"ja", "en"}[lang], w, h)), img)
				return img
			})
		}
	}
	t.Logf("screenshots in %s", dir)
}

// TestBuiltinCaveatScreenshots draws, for each kind of caveat the built-in
// deck carries (sources disagree, a contested source, a dated excerpt, a
// forecast), the study back and the quiz feedback after a wrong typed
// answer of three of its cards, and checks that the note is drawn.
func TestBuiltinCaveatScreenshots(t *testing.T) {
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	dir := filepath.Join(scenesDir(t), "builtin-caveats")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	ctx := testContext(t, 1024, 720)
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	for _, kind := range []string{"disputed", "contested", "dated", "forecast"} {
		var picked []deck.Card
		for _, c := range d.Cards {
			if c.Type == deck.TypeCloze && !c.QuizOnly && c.Note != "" && slices.Contains(c.Tags, "caveat:"+kind) && len(picked) < 3 {
				picked = append(picked, c)
			}
		}
		require.NotEmpty(t, picked, "the built-in deck has %s cards", kind)
		for i, c := range picked {
			st := NewStudy(study.NewSession(d, []deck.Card{c}))
			st.Update(ctx, []input.Action{input.Press(input.Space)})
			img := ebiten.NewImage(1024, 720)
			st.Draw(img, ctx)
			savePNG(t, filepath.Join(dir, fmt.Sprintf("%s-%d-study-back.png", kind, i+1)), img)
			// A back too long for the card scrolls: the note may be further down.
			warned := countWarning(img, st.card)
			for page := 0; warned <= 50 && page < 10 && st.scroll.Scrollable(); page++ {
				card := st.card
				st.Update(ctx, []input.Action{input.ScrollAt(card.X+card.W/2, card.Y+card.H/2, card.H/2)})
				img.Clear()
				st.Draw(img, ctx)
				warned = countWarning(img, st.card)
			}
			assert.Greater(t, warned, 50, "%s: the note is drawn on the study back", c.ID)

			q, err := study.NewQuiz(d, []string{c.ID}, study.NewProgress(), study.QuizOptions{Now: func() time.Time { return now }, Seed: 1})
			require.NoError(t, err)
			qz := NewQuiz(q)
			qz.field.SetText("わからない")
			qz.Update(ctx, []input.Action{enter})
			img = ebiten.NewImage(1024, 720)
			qz.Draw(img, ctx)
			f := qz.frame
			assert.Greater(t, countWarning(img, ui.Rect{X: f.X, Y: f.Y, W: f.W, H: f.H}), 50, "%s: the note is drawn in the feedback", c.ID)
			savePNG(t, filepath.Join(dir, fmt.Sprintf("%s-%d-quiz-feedback.png", kind, i+1)), img)
		}
	}
	t.Logf("screenshots in %s", dir)
}
