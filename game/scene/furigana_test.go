package scene

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
)

// rubyDeck is a deck whose prompt and one choice carry readings.
func rubyDeck() *deck.Deck {
	d := quizDeck()
	prompt := "日米首脳会談が開催されたのはいつか。"
	d.Cards = append(d.Cards, deck.Card{ID: "r1", Fact: "f1", Type: deck.TypeMCQ, Prompt: prompt, Answer: "2025年2月7日",
		Choices: []string{"2024年2月7日", "2025年2月7日", "首脳会談の翌日", "2026年2月7日"}})
	d.Annotations = map[string]deck.Annotation{
		prompt:    {Breaks: []int{2, 6, 10}, Ruby: []deck.Ruby{{Start: 2, End: 4, Reading: "しゅのう"}, {Start: 4, End: 6, Reading: "かいだん"}, {Start: 7, End: 9, Reading: "かいさい"}}},
		"首脳会談の翌日": {Ruby: []deck.Ruby{{Start: 0, End: 2, Reading: "しゅのう"}}},
	}
	return d
}

// rubyTexts are the texts v draws with readings over them.
func rubyTexts(v *view) []string {
	var out []string
	for _, it := range v.items {
		if it.kind == textItem && it.para.RubyFace != nil && len(it.para.Ruby) > 0 {
			out = append(out, it.para.Text)
		}
	}
	return out
}

func furiganaOn(t *testing.T, ctx *Context, on bool) {
	t.Helper()
	set := ctx.Settings()
	set.Furigana = on
	require.NoError(t, ctx.SetSettings(set))
	ctx.Epoch++
}

// Furigana are off until the student turns them on; then the prompt and
// the choice that has readings get them, shifted past the choice's number.
func TestQuizFuriganaFollowTheSetting(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	q, err := study.NewQuiz(rubyDeck(), []string{"r1"}, study.NewProgress(), study.QuizOptions{Now: time.Now, Seed: 1})
	require.NoError(t, err)
	s := NewQuiz(q)
	s.Update(ctx, nil)
	assert.Empty(t, rubyTexts(&s.view), "no furigana by default")

	furiganaOn(t, ctx, true)
	s.Update(ctx, nil)
	got := rubyTexts(&s.view)
	require.Contains(t, got, "日米首脳会談が開催されたのはいつか。")
	var choice string
	for _, it := range s.view.items {
		if it.kind == textItem && it.para.RubyFace != nil && it.para.Text != "日米首脳会談が開催されたのはいつか。" {
			choice = it.para.Text
			assert.Equal(t, 3, it.para.Ruby[0].Start, "the reading moves past %q's number", choice)
		}
	}
	assert.Regexp(t, `^\d\. 首脳会談の翌日$`, choice)

	furiganaOn(t, ctx, false)
	s.Update(ctx, nil)
	assert.Empty(t, rubyTexts(&s.view), "off again")
}

// The study card shows the readings on its front, and the settings screen
// switches them.
func TestStudyFuriganaAndTheirSwitch(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := rubyDeck()
	st := NewStudy(study.NewSession(d, d.Cards[len(d.Cards)-1:]))
	set := NewSettings()
	set.Update(ctx, nil)
	set.Update(ctx, []input.Action{tapOn(t, &set.view, "furigana")})
	require.True(t, ctx.Settings().Furigana, "the settings toggle turns furigana on")
	st.Update(ctx, nil)
	assert.Contains(t, rubyTexts(&st.view), "日米首脳会談が開催されたのはいつか。")
}

// TestFuriganaScreenshots draws built-in cards with readings on, at the
// desktop size and on a phone, at standard and largest text, for a person
// to look at ($FACTDECK_ARTIFACTS/scenes/furigana-*.png).
func TestFuriganaScreenshots(t *testing.T) {
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	var picked []string
	var studied deck.Card
	for _, c := range d.Cards {
		if c.Type == deck.TypeMCQ && len(d.Annotations[c.Prompt].Ruby) >= 2 && len(picked) < 2 {
			picked = append(picked, c.ID)
		}
		if c.Type == deck.TypeCloze && !c.QuizOnly && len(d.Annotations[c.Prompt].Ruby) >= 2 && studied.ID == "" {
			studied = c
		}
	}
	require.Len(t, picked, 2, "the built-in deck has choice cards with readings")
	require.NotEmpty(t, studied.ID, "and cards to study with readings")
	dir := scenesDir(t)
	for _, size := range []struct {
		name       string
		w, h, text float64
		scale      float64
	}{{"desktop", 1024, 720, 1, 1}, {"phone-largest", 780, 1688, TextScale(study.TextLargest), 2}} {
		// The phone is 390×844 CSS pixels at 2 device pixels each.
		ctx := testContext(t, size.w, size.h)
		ctx.Scale, ctx.TextScale = size.scale, size.text
		furiganaOn(t, ctx, true)
		q, err := study.NewQuiz(d, picked, study.NewProgress(), study.QuizOptions{Now: time.Now, Seed: 3})
		require.NoError(t, err)
		s := NewQuiz(q)
		s.Update(ctx, nil)
		require.NotEmpty(t, rubyTexts(&s.view))
		img := ebiten.NewImage(int(size.w), int(size.h))
		s.Draw(img, ctx)
		savePNG(t, filepath.Join(dir, "furigana-quiz-"+size.name+".png"), img)

		st := NewStudy(study.NewSession(d, []deck.Card{studied}))
		st.Update(ctx, []input.Action{input.Press(input.Space)})
		img.Clear()
		st.Draw(img, ctx)
		savePNG(t, filepath.Join(dir, "furigana-study-"+size.name+".png"), img)
	}
}
