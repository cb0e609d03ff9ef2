package scene

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/library"
	"factdeck/cards/selection"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
)

// openTeacher lays out the Teacher screen of d.
func openTeacher(t *testing.T, ctx *Context, d *deck.Deck) *Teacher {
	t.Helper()
	tc := NewTeacher(d)
	tc.Update(ctx, nil)
	return tc
}

// The deck screen's P and its button open the Teacher screen of its deck.
func TestDeckOpensTeacher(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	sh, id := testShelf(t)
	ctx.Shelf = sh
	d, err := OpenDeck(ctx, id)
	require.NoError(t, err)
	d.Update(ctx, nil)
	for _, a := range []input.Action{input.Press("P"), tapOn(t, &d.view, "teacher")} {
		tr := d.Update(ctx, []input.Action{a})
		require.Equal(t, Push, tr.Op, "action %+v", a)
		tc, ok := tr.Scene.(*Teacher)
		require.True(t, ok)
		assert.Equal(t, "共有デッキ", tc.Draft().Deck().Title)
	}
}

// The chips filter the offered cards as deckgen list does, the search
// box by text, and the disputed chip leaves out facts the sources
// disagree about; a picked card stays picked when the filter changes.
func TestTeacherFilters(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	d := builtinDeck(t)
	tc := openTeacher(t, ctx, d)
	assert.Len(t, tc.offered, len(d.Cards), "every card at first")
	assert.Equal(t, "teacher", tc.Status().Scene)

	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-type")})
	want := filtered(d, selection.Filter{Types: tc.choices.Types[:1]})
	require.NotEmpty(t, want)
	assert.Equal(t, want, tc.offered, "the first type")
	assert.Contains(t, tc.Status().Text, want[0].Prompt[:min(len(want[0].Prompt), 12)])

	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "row-0")})
	assert.Equal(t, []string{want[0].ID}, tc.Draft().Picked(), "a tap on a row picks it")

	for range tc.choices.Types {
		tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-type")})
	}
	assert.Len(t, tc.offered, len(d.Cards), "round to any type again")
	assert.Equal(t, []string{want[0].ID}, tc.Draft().Picked(), "the pick stays")

	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-conflicts")})
	assert.Equal(t, filtered(d, selection.Filter{NoConflicts: true}), tc.offered)
	assert.Less(t, len(tc.offered), len(d.Cards), "the built-in deck has disputed facts")
	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-conflicts")})

	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "search")})
	require.True(t, tc.search.Focused())
	tc.search.SetText("ｎａｔｏ")
	tc.Update(ctx, nil)
	assert.Equal(t, filtered(d, selection.Filter{Text: "ｎａｔｏ"}), tc.offered)
	assert.NotEmpty(t, tc.offered)
	assert.Less(t, len(tc.offered), len(d.Cards))
	tc.Update(ctx, []input.Action{input.Press("Q")})
	assert.True(t, tc.search.Focused(), "keys type while the box has them")
	tc.Update(ctx, []input.Action{input.Press(input.Escape)})
	assert.False(t, tc.search.Focused(), "Escape leaves the box")
}

// The random draw takes the cards deckgen assemble --count --seed
// --order random takes; keys and a drag by a row's grip reorder them.
func TestTeacherRandomAndReorder(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	d := builtinDeck(t)
	tc := openTeacher(t, ctx, d)
	for range 2 {
		tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "count-down")})
	}
	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "seed")})
	tc.Update(ctx, []input.Action{input.Press("R")})
	quiz, err := selection.Assemble(d, selection.Options{Count: 8, Seed: 2, Order: selection.OrderRandom})
	require.NoError(t, err)
	var ids []string
	for _, c := range quiz.Cards {
		ids = append(ids, c.ID)
	}
	require.Len(t, ids, 8)
	assert.Equal(t, ids, tc.Draft().Picked())
	assert.Equal(t, pickedTab, tc.tab, "the draw shows the quiz")
	assert.Equal(t, 8, tc.Status().Total)
	assert.Equal(t, ids, tc.Status().Picked)

	// Keys: the cursor on the second card, up moves it first.
	tc.Update(ctx, []input.Action{input.Press(input.ArrowDown), input.Press(input.ArrowDown), input.Press("U")})
	assert.Equal(t, []string{ids[1], ids[0]}, tc.Draft().Picked()[:2])
	tc.Update(ctx, []input.Action{input.Press("D")})
	assert.Equal(t, ids, tc.Draft().Picked(), "and down back")

	// A drag of the first row's grip down to the third row.
	g := targetRect(t, &tc.view, "grip-0")
	r2 := targetRect(t, &tc.view, "row-2")
	x, y := g.X+g.W/2, g.Y+g.H/2
	to := r2.Y + r2.H/2
	var drag []input.Action
	for yy := y + 10; yy < to; yy += 10 {
		drag = append(drag, input.Action{Kind: input.Scroll, X: x, Y: yy, DY: -10, Drag: true})
	}
	tc.Update(ctx, drag)
	tc.Update(ctx, []input.Action{{Kind: input.Drop, X: x, Y: to}})
	assert.Equal(t, []string{ids[1], ids[2], ids[0]}, tc.Draft().Picked()[:3])
	assert.Equal(t, ids[3:], tc.Draft().Picked()[3:])

	// A drag on a row's text, not its grip, scrolls and moves nothing.
	before := append([]string(nil), tc.Draft().Picked()...)
	r := targetRect(t, &tc.view, "row-1")
	tc.Update(ctx, []input.Action{{Kind: input.Scroll, X: r.X + 20, Y: r.Y + 40, DY: -30, Drag: true}, {Kind: input.Drop, X: r.X + 20, Y: r.Y + 40}})
	assert.Equal(t, before, tc.Draft().Picked())

	// The pointer that went down on a grip drags its row even when it
	// has left the grip by the time the press counts as a drag.
	g = targetRect(t, &tc.view, "grip-0")
	r2 = targetRect(t, &tc.view, "row-2")
	x, y = g.X+g.W/2, g.Y+g.H/2
	tc.Update(ctx, []input.Action{input.DownAt(x, y)})
	tc.Update(ctx, []input.Action{{Kind: input.Scroll, X: x, Y: y + g.H, DY: -g.H, Drag: true}, input.DragTo(x, y+g.H)})
	tc.Update(ctx, []input.Action{input.DropAt(x, r2.Y+r2.H/2)})
	assert.Equal(t, []string{before[1], before[2], before[0]}, tc.Draft().Picked()[:3])
}

// Preview asks the cursor's card as a student sees it, recording
// nothing; Start asks the quiz in the teacher's order, named as the
// teacher named it.
func TestTeacherPreviewAndStart(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	ctx.Progress = study.NewProgress()
	d := builtinDeck(t)
	tc := openTeacher(t, ctx, d)
	tr := tc.Update(ctx, []input.Action{input.Press("Q")})
	assert.Equal(t, Stay, tr.Op, "no quiz without cards")
	assert.False(t, ctx.Notices.Empty(), "it says to pick cards")

	tc.Update(ctx, []input.Action{input.Press(input.ArrowDown), input.Press(input.ArrowDown)})
	tr = tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "preview")})
	require.Equal(t, Push, tr.Op)
	pv, ok := tr.Scene.(*Quiz)
	require.True(t, ok)
	require.Equal(t, 1, pv.quiz.Len())
	cur, _ := pv.quiz.Current()
	assert.Equal(t, tc.offered[1].ID, cur.Card.ID, "the card under the cursor")

	for _, i := range []int{5, 0, 3} {
		tc.Draft().Toggle(tc.offered[i].ID)
	}
	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "name")})
	tc.name.SetText("関税の小テスト")
	tc.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.False(t, tc.name.Focused(), "Enter leaves the name box")
	tr = tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "start")})
	require.Equal(t, Push, tr.Op)
	q, ok := tr.Scene.(*Quiz)
	require.True(t, ok)
	assert.Equal(t, "関税の小テスト", q.quiz.Deck().Title)
	var asked []string
	for {
		cur, ok := q.quiz.Current()
		if !ok {
			break
		}
		asked = append(asked, cur.Card.ID)
		_, err := q.quiz.Answer(study.Response{})
		require.NoError(t, err)
	}
	assert.Equal(t, []string{tc.offered[5].ID, tc.offered[0].ID, tc.offered[3].ID}, asked, "in the order picked")
}

// Save puts the quiz on the home screen and writes it as a deck file and
// in each export format, saying where each went; Share shows its short
// link.
func TestTeacherSaveAndShare(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	d := builtinDeck(t)
	sh := shelfOf(t, d)
	ctx.Shelf = sh
	files := map[string][]byte{}
	ctx.SaveFile = func(name string, data []byte) (string, error) {
		files[name] = data
		return "/tmp/quizzes/" + name, nil
	}
	tc := openTeacher(t, ctx, d)
	assert.False(t, tc.view.has("share"), "no link where the app has no address")
	tc.Draft().Toggle(tc.offered[2].ID)
	tc.Draft().Toggle(tc.offered[7].ID)
	tc.name.SetText("小テスト: 第1回")
	tc.Update(ctx, nil)

	tr := tc.Update(ctx, []input.Action{input.Press("S")})
	require.Equal(t, Push, tr.Op)
	s, ok := tr.Scene.(*TeacherSave)
	require.True(t, ok)
	s.Update(ctx, nil)
	assert.Equal(t, "teacher-save", s.Status().Scene)

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "save-home")})
	entries := sh.Entries()
	last := entries[len(entries)-1]
	assert.Equal(t, "小テスト: 第1回", last.Title)
	saved, err := sh.Deck(last.ID)
	require.NoError(t, err)
	require.Len(t, saved.Cards, 2)
	assert.Equal(t, []string{tc.offered[2].ID, tc.offered[7].ID}, []string{saved.Cards[0].ID, saved.Cards[1].ID})
	assert.Contains(t, ctx.Notices.Text(), "小テスト: 第1回")

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "save-file")})
	require.Contains(t, files, "小テスト- 第1回.json", "a name any file system takes")
	back, err := deck.Decode(files["小テスト- 第1回.json"])
	require.NoError(t, err)
	assert.Len(t, back.Cards, 2)
	assert.Contains(t, ctx.Notices.Text(), "/tmp/quizzes/小テスト- 第1回.json", "the notice names the file")
	for _, f := range formats.TextWriters {
		s.Update(ctx, []input.Action{tapOn(t, &s.view, "export-"+f.Name)})
		data := files["小テスト- 第1回."+f.Ext]
		want, _, err := f.Write(back)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(data), "%s: what deckgen export writes", f.Name)
	}
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)

	ctx.ShareBase = "https://school.example/"
	ctx.Epoch++
	tc.Update(ctx, nil)
	tr = tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "share")})
	require.Equal(t, Push, tr.Op)
	sheet, ok := tr.Scene.(*ShareSheet)
	require.True(t, ok)
	sheet.Update(ctx, nil)
	assert.True(t, strings.HasPrefix(sheet.Link(), "https://school.example/#pick="), sheet.Link())

	// A quiz of another deck's cards travels whole.
	other := openTeacher(t, ctx, quizDeck())
	other.Draft().Toggle(other.offered[0].ID)
	tr = other.Update(ctx, []input.Action{input.Press("L")})
	require.Equal(t, Push, tr.Op)
	sheet = tr.Scene.(*ShareSheet)
	sheet.Update(ctx, nil)
	assert.True(t, strings.HasPrefix(sheet.Link(), "https://school.example/#deck="), sheet.Status().Text)
}

// filtered are the cards of d that f keeps, as deckgen list lists them.
func filtered(d *deck.Deck, f selection.Filter) []deck.Card { return f.Cards(d) }

// TestTeacherScreenshots draws the Teacher screen at a desktop and a
// phone size in both languages: the cards offered with some picked, the
// quiz in its order, and the save sheet. They go to
// $FACTDECK_ARTIFACTS/scenes/teacher. Every target is at least 44 pixels
// each way, so a finger finds it.
func TestTeacherScreenshots(t *testing.T) {
	dir := filepath.Join(scenesDir(t), "teacher")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	d := builtinDeck(t)
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
			w, h := size[0], size[1]
			ctx := testContext(t, float64(w), float64(h))
			ctx.Lang, ctx.Keyboard = lang, w > 1000
			ctx.Shelf, ctx.ShareBase = shelfOf(t, d), "https://school.example/"
			ctx.SaveFile = func(name string, _ []byte) (string, error) { return name, nil }
			shot := func(what string, scenes ...Scene) {
				img := ebiten.NewImage(w, h)
				for _, sc := range scenes {
					sc.Draw(img, ctx)
				}
				savePNG(t, filepath.Join(dir, fmt.Sprintf("%s-%s-%dx%d.png", what, []string{"ja", "en"}[lang], w, h)), img)
			}
			ds, err := OpenDeck(ctx, library.BuiltinID)
			require.NoError(t, err)
			ds.Update(ctx, nil)
			shot("deck", ds)
			tc := openTeacher(t, ctx, d)
			tc.name.SetText("関税の小テスト")
			tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-kind"), tapOn(t, &tc.view, "filter-conflicts")})
			tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "row-1"), tapOn(t, &tc.view, "row-0")})
			tc.Update(ctx, []input.Action{input.Press(input.ArrowDown)})
			shot("offered", tc)
			for _, tg := range tc.view.targets {
				if cut := tg.rect.Y+tg.rect.H >= tc.list.Y+tc.list.H-0.5; cut && strings.HasPrefix(tg.id, "row-") {
					continue // the row half scrolled out of the list's bottom
				}
				assert.GreaterOrEqual(t, min(tg.rect.W, tg.rect.H), 44.0, "%s at %dx%d", tg.id, w, h)
			}
			tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "tab-picked"), input.Press(input.ArrowDown)})
			shot("picked", tc)
			tr := tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "save")})
			require.Equal(t, Push, tr.Op)
			tr.Scene.Update(ctx, nil)
			shot("save", tc, tr.Scene)
		}
	}
	t.Logf("screenshots in %s", dir)
}

// At the largest text the list keeps room for two cards or more, on a
// laptop (the controls in a column beside it) and on a phone; the
// screens go to $FACTDECK_ARTIFACTS/scenes/teacher.
func TestTeacherLargestText(t *testing.T) {
	d := builtinDeck(t)
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		w, h := size[0], size[1]
		ctx := testContext(t, float64(w), float64(h))
		ctx.TextScale, ctx.ShareBase = textScales[len(textScales)-1], "https://school.example/"
		tc := openTeacher(t, ctx, d)
		assert.GreaterOrEqual(t, tc.list.H, 2*tc.step, "%dx%d: the list shows two cards", w, h)
		img := ebiten.NewImage(w, h)
		tc.Draw(img, ctx)
		savePNG(t, filepath.Join(scenesDir(t), fmt.Sprintf("teacher-largest-%dx%d.png", w, h)), img)
	}
}

// A teacher builds a 20-question quiz on tariffs as deckgen assemble
// --tag tariffs --count 20 --seed 7 --order random builds it: the topic
// chip on trade-tariffs, the count up to 20, the seed on 7.
func TestTeacherTariffsQuizAsDeckgen(t *testing.T) {
	ctx := testContext(t, 390, 844)
	d := builtinDeck(t)
	tc := openTeacher(t, ctx, d)
	for !strings.Contains(tc.Status().Text, "trade-tariffs") {
		require.Less(t, tc.chip[tagChip], len(tc.choices.Tags), "the deck has a tariffs topic")
		tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "filter-tag")})
	}
	for range 10 {
		tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "count-up")})
	}
	for range 6 {
		tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "seed")})
	}
	tc.Update(ctx, []input.Action{tapOn(t, &tc.view, "random")})
	want, err := selection.Assemble(d, selection.Options{Filter: selection.Filter{Tags: []string{"tariffs"}}, Count: 20, Seed: 7, Order: selection.OrderRandom})
	require.NoError(t, err)
	require.Len(t, want.Cards, 20)
	var ids []string
	for _, c := range want.Cards {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, ids, tc.Status().Picked)
}
