package scene

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/selection"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Teacher is where a teacher makes a quiz of a deck's cards: filters them
// as deckgen list does (selection.Filter), ticks cards or draws N at
// random by a seed as deckgen assemble does, puts them in order by drag
// or keys, previews a card as a student sees it, names the quiz, then
// saves, exports, shares or starts it. Two lists share the screen by
// tabs: the cards the filter offers, and the quiz in its order.
type Teacher struct {
	draft   *selection.Draft
	choices selection.Choices
	// chip is where each of the filter's chips is: an index into its
	// values (chipValues) from 1, 0 for any.
	chip        [chips]int
	noConflicts bool
	// count and seed are the random draw's.
	count int
	seed  uint64
	// tab is offeredTab or pickedTab; selected the row each tab's cursor
	// is on (-1 for none).
	tab      int
	selected [2]int
	offered  []deck.Card
	// filtered is the search text the offered cards were found for.
	filtered     string
	name, search ui.TextField
	scroll       [2]ui.ScrollView
	list         ui.Rect
	step         float64
	// dragging is set while a row of the quiz is dragged by its grip;
	// dragRow is where it is now.
	dragging bool
	dragRow  int
	// gripped is the quiz's row whose grip the pointer went down on, or
	// noGrip: a drag that follows moves that row, wherever the pointer is
	// by the time it counts as a drag. Before any Down it is unknownGrip.
	gripped int
	view    view
	lang    locale.Lang
}

// The Teacher screen's tabs.
const (
	offeredTab = iota
	pickedTab
)

// NewTeacher starts a quiz from d's cards: every card offered, none
// picked, ten to draw by seed 1.
func NewTeacher(d *deck.Deck) *Teacher {
	t := &Teacher{draft: selection.NewDraft(d), choices: selection.ChoicesOf(d), count: 10, seed: 1, selected: [2]int{-1, -1}, gripped: unknownGrip}
	t.refilter()
	return t
}

var teacherKeys = Bindings{
	{Keys: []string{input.Escape}, Command: "back"},
	{Keys: []string{"/"}, Command: "search"},
	{Keys: []string{input.ArrowDown}, Command: "next"},
	{Keys: []string{input.ArrowUp}, Command: "prev"},
	{Keys: []string{input.ArrowLeft}, Command: "tab-offered"},
	{Keys: []string{input.ArrowRight}, Command: "tab-picked"},
	{Keys: []string{input.Space}, Command: "tick"},
	{Keys: []string{input.Enter}, Command: "preview"},
	{Keys: []string{"U"}, Command: "up"},
	{Keys: []string{"D"}, Command: "down"},
	{Keys: []string{"R"}, Command: "random"},
	{Keys: []string{"S"}, Command: "save"},
	{Keys: []string{"L"}, Command: "share"},
	{Keys: []string{"Q"}, Command: "start"},
}

// Bindings are the Teacher screen's keys.
func (t *Teacher) Bindings() Bindings { return teacherKeys }

// Draft is the quiz as it stands (tests).
func (t *Teacher) Draft() *selection.Draft { return t.draft }

// Leave gives the keyboard back.
func (t *Teacher) Leave(*Context) { t.blur() }

func (t *Teacher) blur() {
	t.name.Blur()
	t.search.Blur()
}

// typing reports whether a text box has the keyboard: keys then type,
// and only Escape and Enter leave the box.
func (t *Teacher) typing() bool { return t.name.Focused() || t.search.Focused() }

// Update types into the boxes, filters, picks, orders and acts on the
// quiz.
func (t *Teacher) Update(ctx *Context, actions []input.Action) Transition {
	if t.view.stale(ctx) {
		t.layout(ctx)
	}
	var tr Transition
	for _, a := range actions {
		if tr = t.act(ctx, a); tr.Op != Stay {
			break
		}
	}
	// The boxes read the keyboard after the actions, so a box tapped
	// this tick takes what is typed in the same tick.
	face := ctx.Fonts.Face(ctx.Unit(), false)
	for _, f := range []*ui.TextField{&t.name, &t.search} {
		if f.Focused() {
			if _, err := f.Update(face); err != nil {
				ctx.Notices.Set(err.Error())
			}
		}
	}
	t.draft.Title = strings.TrimSpace(t.name.Text())
	if t.search.Text() != t.filtered {
		t.refilter()
	}
	// Typing comes through the boxes, not as actions.
	if !t.view.keep(ctx, actions, int64(t.name.Rev()+t.search.Rev())) {
		t.layout(ctx)
	}
	return tr
}

// act handles one action.
func (t *Teacher) act(ctx *Context, a input.Action) Transition {
	switch a.Kind {
	case input.Down:
		t.gripped = t.gripAt(a.X, a.Y)
		if t.gripped < 0 {
			t.gripped = noGrip
		}
		return Transition{}
	case input.Drop:
		if t.dragging {
			t.dragTo(a.Y)
		}
		t.dragging, t.gripped = false, unknownGrip
		return Transition{}
	case input.Scroll:
		t.scrollOrDrag(a)
		return Transition{}
	}
	cmd := command(a, teacherKeys, &t.view)
	if a.Kind == input.Key && t.typing() {
		if cmd == "back" || cmd == "preview" {
			t.blur()
		}
		return Transition{}
	}
	if a.Kind == input.Tap && cmd != "name" && cmd != "search" {
		t.blur()
	}
	switch cmd {
	case "back":
		return Transition{Op: Pop}
	case "name":
		t.search.Blur()
		t.name.Focus()
	case "search":
		t.name.Blur()
		t.search.Focus()
	case "filter-conflicts":
		t.noConflicts = !t.noConflicts
		t.refilter()
	case "count-down":
		t.count = max(1, t.count-1)
	case "count-up":
		t.count = min(deck.MaxPickCards, t.count+1)
	case "seed":
		t.seed++
	case "random":
		t.random(ctx)
	case "tab-offered":
		t.tab = offeredTab
	case "tab-picked":
		t.tab = pickedTab
	case "next", "prev":
		t.moveCursor(cmd == "next")
	case "tick":
		if i := t.selected[offeredTab]; t.tab == offeredTab && i >= 0 && i < len(t.offered) {
			t.draft.Toggle(t.offered[i].ID)
		}
	case "up", "down":
		t.moveSelected(cmd == "up")
	case "clear":
		t.draft.Clear()
		t.selected[pickedTab] = -1
	case "preview":
		return t.preview(ctx)
	case "save", "share", "start":
		return t.finish(ctx, cmd)
	default:
		if i := slices.Index(chipIDs[:], cmd); i >= 0 {
			t.chip[i] = (t.chip[i] + 1) % (len(t.chipValues(i)) + 1)
			t.refilter()
			break
		}
		t.tapRow(cmd)
	}
	return Transition{}
}

// The filter's chips, in the order they are laid out.
const (
	tagChip = iota
	kindChip
	typeChip
	sourceChip
	chips
)

// chipIDs are the chips' targets.
var chipIDs = [chips]string{"filter-tag", "filter-kind", "filter-type", "filter-source"}

// chipValues are the values chip i goes round, after any.
func (t *Teacher) chipValues(i int) []string {
	return [chips][]string{t.choices.Tags, t.choices.Kinds, t.choices.Types, t.choices.Sources}[i]
}

// tapRow ticks or unticks an offered card, or puts the cursor on a row
// of the quiz.
func (t *Teacher) tapRow(cmd string) {
	n, ok := strings.CutPrefix(cmd, "row-")
	if !ok {
		return
	}
	i, _ := strconv.Atoi(n)
	t.selected[t.tab] = i
	if t.tab == offeredTab && i < len(t.offered) {
		t.draft.Toggle(t.offered[i].ID)
	}
}

// scrollOrDrag scrolls the list, or moves the quiz's row whose grip a
// finger or the mouse drags to the row under it.
func (t *Teacher) scrollOrDrag(a input.Action) {
	if a.Drag && !t.dragging {
		row := t.gripped
		if row == unknownGrip {
			row = t.gripAt(a.X, a.Y) // no Down came: where the drag is
		}
		if row >= 0 {
			t.dragging, t.dragRow = true, row
		}
	}
	if t.dragging {
		t.dragTo(a.Y)
		return
	}
	if t.list.Contains(a.X, a.Y) {
		t.scroll[t.tab].By(a.DY)
	}
}

// Values of Teacher.gripped that name no row.
const (
	unknownGrip = -1
	noGrip      = -2
)

// gripAt is the quiz's row whose grip is at x, y, or -1.
func (t *Teacher) gripAt(x, y float64) int {
	if t.tab != pickedTab {
		return -1
	}
	if n, ok := strings.CutPrefix(t.view.hit(x, y), "grip-"); ok {
		if i, err := strconv.Atoi(n); err == nil {
			return i
		}
	}
	return -1
}

// dragTo moves the dragged row of the quiz to the row at height y.
func (t *Teacher) dragTo(y float64) {
	to := t.rowAt(y)
	if t.draft.Move(t.dragRow, to) {
		t.dragRow = to
	}
	t.selected[pickedTab] = t.dragRow
}

// rowAt is the quiz's row at height y, the first or the last beyond the
// list's ends.
func (t *Teacher) rowAt(y float64) int {
	if t.step <= 0 {
		return 0
	}
	i := int((y - t.list.Y + t.scroll[pickedTab].Offset) / t.step)
	return max(0, min(len(t.draft.Picked())-1, i))
}

// moveCursor puts the cursor on the next or the previous row of the tab.
func (t *Teacher) moveCursor(next bool) {
	n := t.rows()
	if n == 0 {
		return
	}
	i := t.selected[t.tab]
	if next {
		i++
	} else {
		i--
	}
	t.selected[t.tab] = max(0, min(n-1, i))
	t.reveal()
}

// moveSelected moves the quiz's card under the cursor up or down one.
func (t *Teacher) moveSelected(up bool) {
	if t.tab != pickedTab {
		return
	}
	i := t.selected[pickedTab]
	to := i + 1
	if up {
		to = i - 1
	}
	if t.draft.Move(i, to) {
		t.selected[pickedTab] = to
		t.reveal()
	}
}

// reveal scrolls the cursor's row into the list.
func (t *Teacher) reveal() {
	i := t.selected[t.tab]
	if i < 0 || t.step <= 0 {
		return
	}
	s := &t.scroll[t.tab]
	top, bottom := float64(i)*t.step, float64(i+1)*t.step
	switch {
	case top < s.Offset:
		s.By(top - s.Offset)
	case bottom > s.Offset+t.list.H:
		s.By(bottom - s.Offset - t.list.H)
	}
}

// rows is how many rows the tab on show lists.
func (t *Teacher) rows() int {
	if t.tab == pickedTab {
		return len(t.draft.Picked())
	}
	return len(t.offered)
}

// refilter sets the filter from the chips and the search box, and finds
// the cards it offers.
func (t *Teacher) refilter() {
	f := selection.Filter{Text: strings.TrimSpace(t.search.Text()), NoConflicts: t.noConflicts}
	f.Tags, f.Kinds = t.chosen(tagChip), t.chosen(kindChip)
	f.Types, f.Sources = t.chosen(typeChip), t.chosen(sourceChip)
	t.draft.Filter = f
	t.offered = t.draft.Offered()
	t.filtered = t.search.Text()
	t.selected[offeredTab] = -1
	t.scroll[offeredTab].By(-t.scroll[offeredTab].Offset)
}

// chosen is the filter value chip i is on: none for any.
func (t *Teacher) chosen(i int) []string {
	values, at := t.chipValues(i), t.chip[i]
	if at <= 0 || at > len(values) {
		return nil
	}
	return values[at-1 : at]
}

// random draws count of the offered cards by the seed, and shows the
// quiz.
func (t *Teacher) random(ctx *Context) {
	if _, err := t.draft.Random(t.count, t.seed); err != nil {
		ctx.Notices.Set(locale.TeacherNoneOffer.In(ctx.Lang))
		return
	}
	t.tab, t.selected[pickedTab] = pickedTab, -1
	t.scroll[pickedTab].By(-t.scroll[pickedTab].Offset)
}

// current is the card under the tab's cursor.
func (t *Teacher) current() (deck.Card, bool) {
	i := t.selected[t.tab]
	if t.tab == offeredTab {
		if i >= 0 && i < len(t.offered) {
			return t.offered[i], true
		}
		return deck.Card{}, false
	}
	return t.cardAt(i)
}

// preview asks the card under the cursor as a one-question quiz that
// records nothing: the screen a student sees.
func (t *Teacher) preview(ctx *Context) Transition {
	c, ok := t.current()
	if !ok {
		return Transition{}
	}
	q, err := study.NewQuiz(t.draft.Deck(), []string{c.ID}, nil, study.QuizOptions{Now: ctx.Now, Seed: t.seed})
	if err != nil {
		ctx.Notices.Set(err.Error())
		return Transition{}
	}
	return Transition{Op: Push, Scene: NewQuiz(q)}
}

// finish saves, shares or starts the quiz, once it has cards.
func (t *Teacher) finish(ctx *Context, cmd string) Transition {
	if cmd == "share" && ctx.ShareBase == "" {
		return Transition{}
	}
	quiz, err := t.draft.Quiz()
	if err == nil && len(quiz.Cards) == 0 {
		ctx.Notices.Set(locale.TeacherEmpty.In(ctx.Lang))
		return Transition{}
	}
	if err != nil {
		ctx.Notices.Set(NoticeTextIn(ctx.Lang, err))
		return Transition{}
	}
	switch cmd {
	case "save":
		return Transition{Op: Push, Scene: NewTeacherSave(quiz)}
	case "share":
		return Transition{Op: Push, Scene: NewShareSheet(quiz, builtinOf(ctx), ctx.ShareBase)}
	}
	q, err := study.FixedQuiz(quiz, ctx.Progress, study.QuizOptions{Now: ctx.Now, Seed: uint64(ctx.now().UnixNano())})
	if err != nil {
		ctx.Notices.Set(err.Error())
		return Transition{}
	}
	return Transition{Op: Push, Scene: NewQuiz(q)}
}

// Draw paints the screen as Update laid it out.
func (t *Teacher) Draw(dst *ebiten.Image, ctx *Context) { t.view.draw(dst, ctx) }

// Status reads out the filter, the counts and the rows on show.
func (t *Teacher) Status() Status {
	l := t.lang
	filter, _ := t.filterLabels(l)
	lines := []string{locale.TeacherTitle.In(l) + ": " + t.draft.Deck().Title, locale.TeacherName.In(l) + ": " + t.draft.Title,
		strings.Join(filter, " ・ "),
		fmt.Sprintf(locale.TeacherOffered.In(l), len(t.offered)) + " ・ " + fmt.Sprintf(locale.TeacherPicked.In(l), len(t.draft.Picked()))}
	for _, tg := range t.view.targets {
		if n, ok := strings.CutPrefix(tg.id, "row-"); ok {
			i, _ := strconv.Atoi(n)
			lines = append(lines, t.rowText(i))
		}
	}
	card, _ := t.current()
	return Status{Scene: "teacher", Text: strings.Join(lines, "\n"), CardID: card.ID, Total: len(t.draft.Picked()),
		Picked: slices.Clone(t.draft.Picked()), Targets: t.view.statusTargets()}
}
