package scene

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/store"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

func testContext(t *testing.T, w, h float64) *Context {
	t.Helper()
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	require.NoError(t, err)
	return &Context{W: w, H: h, Fonts: fonts, Now: laterEachTime()}
}

// laterEachTime is a clock a second later at each reading, so that a
// card's motion is over by the time a test looks at the screen; the tests
// of motions set a clock they move by hand.
func laterEachTime() func() time.Time {
	t := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

func testDeck() *deck.Deck {
	long := strings.Repeat("米国は日本の輸出額の約2割を占める最大の輸出先であり、自動車を中心に大きな打撃を受ける可能性がある。", 3)
	return &deck.Deck{
		Format: deck.Format, Title: "テスト", Language: "ja",
		Sources: []deck.Source{{ID: "s1", File: "a.txt", Title: "文書A", Date: "2025-02-10"}},
		Facts: []deck.Fact{
			{ID: "f1", Source: "s1", Sentence: "石破茂首相は2025年2月7日にワシントンを訪れた。", Kind: "date"},
			{ID: "f2", Source: "s1", Sentence: long, Kind: "percent"},
		},
		Cards: []deck.Card{
			{ID: "c1", Fact: "f1", Type: "cloze", Prompt: "石破茂首相は［＿＿＿］にワシントンを訪れた。", Answer: "2025年2月7日"},
			{ID: "c2", Fact: "f2", Type: "cloze", Prompt: long, Answer: "約2割"},
		},
	}
}

func TestDeckStartsStudy(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := NewDeck(testDeck())
	assert.Equal(t, Stay, d.Update(ctx, []input.Action{input.TapAt(1, 1)}).Op, "a tap beside the button does nothing")
	for _, a := range []input.Action{input.Press(input.Enter), input.Press(input.Space), tapOn(t, &d.view, "study")} {
		tr := d.Update(ctx, []input.Action{a})
		require.Equal(t, Push, tr.Op, "action %+v", a)
		require.IsType(t, &Study{}, tr.Scene)
	}
	for _, a := range []input.Action{input.Press("Q"), tapOn(t, &d.view, "quiz")} {
		tr := d.Update(ctx, []input.Action{a})
		require.Equal(t, Push, tr.Op, "action %+v", a)
		require.IsType(t, &Quiz{}, tr.Scene)
	}
}

func TestStudyKeys(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	sess := s.Session()

	s.Update(ctx, []input.Action{input.Press("3")})
	c, _ := sess.Current()
	assert.Equal(t, "c1", c.ID, "a grade key on the front does nothing")

	s.Update(ctx, []input.Action{input.Press(input.Space)})
	assert.True(t, sess.Flipped())
	s.Update(ctx, []input.Action{input.Press("1")})
	c, _ = sess.Current()
	assert.Equal(t, "c2", c.ID)
	assert.False(t, sess.Flipped())
	assert.Equal(t, 1, sess.Count(study.Again))

	s.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.True(t, sess.Flipped(), "Enter flips")
	s.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.Equal(t, 1, sess.Count(study.Good), "Enter on a flipped card answers Good, as in Anki")

	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)
}

func TestStudyTaps(t *testing.T) {
	ctx := testContext(t, 390, 844) // a phone held upright
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	sess := s.Session()

	// Before the flip the button row is one flip button: a tap where
	// Easy will be flips the card and grades nothing.
	s.Update(ctx, nil)
	_, ok := s.view.rect("grade-4")
	require.False(t, ok, "no grade buttons on the front")
	easy := s.row.SplitH(4, ctx.Unit()*0.5)[3]
	s.Update(ctx, []input.Action{tap(easy)})
	assert.True(t, sess.Flipped())
	assert.Zero(t, sess.Reviewed(), "grade buttons are not live before the flip")
	assert.Equal(t, easy, targetRect(t, &s.view, "grade-4"), "the grade buttons share the flip button's row")
	s.Update(ctx, []input.Action{input.Press("3")})

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "card")})
	require.True(t, sess.Flipped(), "a tap on the card flips it")
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "grade-4")})
	assert.Equal(t, 1, sess.Count(study.Easy))

	_, ok = sess.Current()
	require.False(t, ok)
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{tapOn(t, &s.view, "back")}).Op, "the done screen's button returns to the deck")
}

// TestCardTextStaysInsideCard draws the flipped long card at several
// window sizes and checks that no ink falls outside the card between the
// progress line and the buttons: the text wraps and shrinks instead.
func TestCardTextStaysInsideCard(t *testing.T) {
	for _, size := range [][2]int{{1024, 720}, {390, 844}, {360, 480}, {1600, 900}} {
		w, h := size[0], size[1]
		ctx := testContext(t, float64(w), float64(h))
		d := testDeck()
		s := NewStudy(study.NewSession(d, d.Cards[1:]))
		require.NoError(t, s.Session().Flip())
		img := ebiten.NewImage(w, h)
		s.Update(ctx, nil)
		s.Draw(img, ctx)

		card, row := s.card, s.row
		bg := ui.Background
		stray := 0
		for y := int(card.Y + card.H + 1); y < int(row.Y)-1; y++ {
			for x := 0; x < w; x++ {
				if !sameColor(img.At(x, y), bg) {
					stray++
				}
			}
		}
		assert.Zero(t, stray, "%dx%d: pixels drawn between card and buttons", w, h)

		// The card itself carries text: some dark pixels on the light face.
		inked := 0
		for y := int(card.Y); y < int(card.Y+card.H); y += 2 {
			for x := int(card.X); x < int(card.X+card.W); x += 2 {
				if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
					inked++
				}
			}
		}
		assert.Greater(t, inked, 100, "%dx%d: the card shows text", w, h)
	}
}

func sameColor(a, b color.Color) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	return ar>>8 == br>>8 && ag>>8 == bg>>8 && ab>>8 == bb>>8
}

func TestStudyStatus(t *testing.T) {
	ctx := testContext(t, 800, 600)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards[:1]))
	st := s.Status()
	assert.Equal(t, "study", st.Scene)
	assert.Equal(t, "c1", st.CardID)
	assert.False(t, st.Flipped)
	assert.Contains(t, st.Text, "石破茂首相は［＿＿＿］にワシントンを訪れた。")
	assert.NotContains(t, st.Text, "2025年2月7日", "the answer is not read out before the flip")

	s.Update(ctx, []input.Action{input.Press(input.Space)})
	st = s.Status()
	assert.True(t, st.Flipped)
	assert.Contains(t, st.Text, "2025年2月7日")
	assert.Contains(t, st.Text, "文書A")

	s.Update(ctx, []input.Action{input.Press("3")})
	st = s.Status()
	assert.Equal(t, "done", st.Scene)
	assert.Equal(t, 1, st.Reviewed)
	assert.Contains(t, st.Text, "正解 1")
}

func TestAnnotatedShiftsBreaks(t *testing.T) {
	d := testDeck()
	d.Annotations = map[string]deck.Annotation{"対米投資と雇用創出": {Breaks: []int{5}}}
	got := annotated(d, "「", "対米投資と雇用創出", "」", roleSentence)
	assert.Equal(t, "「対米投資と雇用創出」", got.text)
	assert.Equal(t, []int{6}, got.breaks, "the opening quote moves the phrase start by one rune")
	assert.Empty(t, annotated(d, "", "未登録", "", roleSentence).breaks)
}

func TestUnitFollowsDeviceScale(t *testing.T) {
	phone := &Context{W: 1170, H: 2532, Scale: 3} // 390x844 CSS pixels at 3x
	desk := &Context{W: 1024, H: 720, Scale: 1}
	assert.InDelta(t, 16, phone.Unit()/phone.Scale, 1, "body text on a phone is about 16 CSS pixels")
	assert.InDelta(t, 30, desk.Unit(), 0.01)
	assert.Equal(t, 14.0, (&Context{W: 200, H: 200}).Unit(), "a zero scale counts as 1")
}

func TestDeckSaysHowManySourcesDoNotFit(t *testing.T) {
	d := testDeck()
	d.Sources = nil
	for i := range 5 {
		d.Sources = append(d.Sources, deck.Source{ID: fmt.Sprintf("s%d", i), File: "a.txt", Title: fmt.Sprintf("文書%d", i)})
	}
	s := NewDeck(d)
	texts := func(ctx *Context, height float64) []string {
		var out []string
		for _, p := range s.sourceLines(ctx, 600, height) {
			out = append(out, p.Text)
		}
		return out
	}
	ctx := testContext(t, 1024, 720)
	assert.Equal(t, []string{"出典: 文書0", "出典: 文書1", "出典: 文書2", "出典: 文書3", "出典: 文書4"}, texts(ctx, 1000))

	lineH := ctx.Unit()*0.8*ui.LineSpacing + ctx.Unit()*0.8*0.3
	assert.Equal(t, []string{"出典: 文書0", "出典: 文書1", "ほか 3 件の出典"}, texts(ctx, 3.5*lineH),
		"room for three lines: two sources and what is left")
	assert.Equal(t, []string{"出典: 文書0", "出典: 文書1", "出典: 文書2", "出典: 文書3", "出典: 文書4"}, texts(ctx, 5.01*lineH),
		"the last source needs no room kept after it")
	assert.Empty(t, texts(ctx, 0.5*lineH))
}

// testSaver counts saves and fails them with err.
type testSaver struct {
	saves      int
	err        error
	persistent bool
}

func (s *testSaver) Save() error      { s.saves++; return s.err }
func (s *testSaver) Persistent() bool { return s.persistent }

// When storage fills up during a session, the answer's save says so in
// the student's language, and from then on the header of the study
// screen says that answers are not saved.
func TestStudySaysWhenAnswersAreNotSaved(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	ctx.Progress = study.NewProgress()
	saver := &testSaver{persistent: true}
	ctx.Saver = saver
	sess, err := study.New(testDeck(), ctx.Progress, study.Options{})
	require.NoError(t, err)
	s := NewStudy(sess)
	assert.Equal(t, ui.LightInk, ctx.headerLine("x", 10).Color)

	saver.err, saver.persistent = fmt.Errorf("saving: %w", store.Notice{Kind: store.Full}), false
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	s.Update(ctx, []input.Action{input.Press("3")})
	assert.Equal(t, 1, saver.saves)
	assert.Equal(t, locale.SaveFailed+": "+locale.NoticeFull, ctx.Notices.Text())
	h := ctx.headerLine("学習済み 1", 10)
	assert.Equal(t, "学習済み 1 ・ "+locale.NotSaved, h.Text)
	assert.NotEqual(t, ui.LightInk, h.Color)
}
