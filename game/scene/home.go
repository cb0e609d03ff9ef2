package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// DeckList is the home screen: the student's decks, each with today's
// counts, to open one; and a button to add a deck file where the app can
// read one.
type DeckList struct {
	view view
	rows []homeRow
	// page is the page of rows on show; pages is how many there are at
	// this screen size.
	page, pages int
	lang        locale.Lang
}

// homeRow is one deck on the list and what it shows.
type homeRow struct {
	entry  library.Entry
	cards  int
	counts countsCache
	// err is why the deck or its progress did not open.
	err error
}

// DeckRow is a deck of the home screen, as Status publishes it.
type DeckRow struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Cards    int    `json:"cards"`
	New      int    `json:"new"`
	Learning int    `json:"learning"`
	Due      int    `json:"due"`
	Builtin  bool   `json:"builtin,omitempty"`
}

// NewDeckList shows the decks of ctx.Shelf.
func NewDeckList() *DeckList { return &DeckList{} }

// homeBindings: Enter opens the deck last opened, a digit the deck on
// that line of the page; the arrows turn pages, O adds a deck file, S
// opens the settings.
var homeBindings = append(Bindings{
	{Keys: []string{input.Enter}, Command: "current"},
	{Keys: []string{"O"}, Command: "import-deck", Hint: locale.HomeImportKey.Ja},
	{Keys: []string{"S"}, Command: "settings"},
	{Keys: []string{input.ArrowLeft}, Command: "prev-page"},
	{Keys: []string{input.ArrowRight}, Command: "next-page"},
}, digits("row", 9)...)

// Bindings are the home screen's keys.
func (s *DeckList) Bindings() Bindings { return homeBindings }

// Resume reads the list again: a deck may have been added or removed,
// and answers change the counts.
func (s *DeckList) Resume(*Context) {
	for i := range s.rows {
		s.rows[i].counts.forget()
	}
}

// Update opens a deck on a tap on its row or its digit, turns pages, and
// asks for a deck file.
func (s *DeckList) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	t := s.handle(ctx, actions)
	if !s.view.keep(ctx, actions, minute(ctx)) {
		s.layout(ctx)
	}
	return t
}

func (s *DeckList) handle(ctx *Context, actions []input.Action) Transition {
	for _, a := range actions {
		cmd := command(a, homeBindings, &s.view)
		switch {
		case cmd == "import-deck" && ctx.ImportDeck != nil:
			ctx.ImportDeck()
		case cmd == "settings":
			return Transition{Op: Push, Scene: NewSettings()}
		case cmd == "prev-page" && s.page > 0:
			s.page--
		case cmd == "next-page" && s.page < s.pages-1:
			s.page++
		case cmd == "current" && ctx.Shelf != nil:
			return s.open(ctx, ctx.Shelf.Library().Current())
		case strings.HasPrefix(cmd, "row-"):
			// A digit names a line of the page on show; its target is
			// the deck's own id.
			if id, ok := s.rowID(cmd); ok {
				return s.open(ctx, id)
			}
		case strings.HasPrefix(cmd, "open-"):
			return s.open(ctx, strings.TrimPrefix(cmd, "open-"))
		}
	}
	return Transition{}
}

// rowID is the deck on line "row-N" of the page on show.
func (s *DeckList) rowID(cmd string) (string, bool) {
	n := int(cmd[len(cmd)-1] - '0') // digits binds row-1 to row-9
	for _, t := range s.view.targets {
		if id, ok := strings.CutPrefix(t.id, "open-"); ok {
			if n--; n == 0 {
				return id, true
			}
		}
	}
	return "", false
}

// open shows deck id's screen, or says why it does not open.
func (s *DeckList) open(ctx *Context, id string) Transition {
	d, err := OpenDeck(ctx, id)
	if err != nil {
		ctx.Notices.Set(locale.DeckOpenFailed.In(ctx.Lang) + ": " + NoticeTextIn(ctx.Lang, err))
		return Transition{}
	}
	return Transition{Op: Push, Scene: d}
}

// OpenDeck makes deck id the one studied (its progress in ctx, the
// current deck of the shelf) and returns its screen. What its progress
// store had to say as it opened (data moved aside) joins the notices.
func OpenDeck(ctx *Context, id string) (*Deck, error) {
	if ctx.Shelf == nil {
		return nil, fmt.Errorf("%w: %s", library.ErrUnknown, id)
	}
	e, ok := ctx.Shelf.Library().Entry(id)
	if !ok {
		return nil, fmt.Errorf("%w: %s", library.ErrUnknown, id)
	}
	d, err := ctx.Shelf.Deck(id)
	if err != nil {
		return nil, err
	}
	st, err := ctx.Shelf.Progress(id)
	if err != nil {
		return nil, err
	}
	ctx.Progress, ctx.Saver = st.Progress(), st
	ctx.UseSettings(ctx.Progress)
	ShowNotices(ctx, st)
	if err := ctx.Shelf.Library().SetCurrent(id); err != nil {
		// Only which deck #/study opens next time is lost.
		ctx.Notices.Add(NoticeTextIn(ctx.Lang, err))
	}
	deckScreen := NewDeck(d)
	deckScreen.entry, deckScreen.listed = e, true
	return deckScreen, nil
}

// ShowNotices shows what st had to say as it opened (data moved aside,
// another tab saving), once.
func ShowNotices(ctx *Context, st *store.Store) {
	if ctx.noticed == nil {
		ctx.noticed = map[Saver]bool{}
	}
	if ctx.noticed[st] {
		return
	}
	ctx.noticed[st] = true
	for _, n := range st.Notices() {
		ctx.Notices.Add(NoticeTextIn(ctx.Lang, n))
	}
}

// refresh matches the rows to the shelf's list, keeping the counts of
// decks still on it.
func (s *DeckList) refresh(ctx *Context) {
	if ctx.Shelf == nil {
		s.rows = s.rows[:0]
		return
	}
	entries := ctx.Shelf.Entries()
	rows := make([]homeRow, len(entries))
	for i, e := range entries {
		rows[i].entry = e
		for _, old := range s.rows {
			if old.entry.ID == e.ID {
				rows[i] = old
				rows[i].entry = e
			}
		}
		s.count(ctx, &rows[i])
	}
	s.rows = rows
}

// count updates r's counts for today.
func (s *DeckList) count(ctx *Context, r *homeRow) {
	d, err := ctx.Shelf.Deck(r.entry.ID)
	if err != nil {
		r.err = err
		return
	}
	st, err := ctx.Shelf.Progress(r.entry.ID)
	if err != nil {
		r.err = err
		return
	}
	r.err, r.cards = nil, len(d.Cards)
	ctx.UseSettings(st.Progress()) // its limits are the student's
	r.counts.today(ctx, d, st.Progress())
}

// layout places the title, a page of deck rows, the page turner when the
// decks do not fit, and the button to add a deck file at the bottom.
func (s *DeckList) layout(ctx *Context) {
	s.refresh(ctx)
	v := &s.view
	v.begin(ctx)
	s.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*40)
	x := (ctx.W - width) / 2
	y := ctx.top()
	// The settings button shares the title's line, at its right.
	sr := settingsButton(ctx, x+width, y)
	v.button(ctx, homeBindings, "settings", sr, locale.Settings.In(s.lang), ui.Track, u*0.75)
	title := ui.Paragraph{Text: locale.HomeTitle.In(s.lang), Face: ctx.Fonts.Face(u*1.5, true), Size: u * 1.5, Color: ui.LightInk}
	th := ctx.Wrap.Height(title, sr.X-x-u*0.5)
	v.text(ctx, title, x, y+max(0, sr.H-th)/2, sr.X-x-u*0.5, ui.Rect{})
	y += max(th, sr.H) + u*0.6

	bh := max(ctx.targetSize(), u*2.6)
	bottom := ctx.H - m
	if ctx.ImportDeck != nil {
		bottom -= bh
		v.button(ctx, homeBindings, "import-deck", ui.Rect{X: x, Y: bottom, W: width, H: bh}, locale.HomeImport.In(s.lang), ui.Track, u)
		bottom -= u * 0.6
	}
	s.layoutRows(ctx, x, y, width, bottom)
}

// layoutRows fills the space from y to bottom with the rows of the page
// on show, keeping room for the page turner when they do not all fit.
func (s *DeckList) layoutRows(ctx *Context, x, y, width, bottom float64) {
	u := ctx.Unit()
	gap := u * 0.5
	rowH := s.rowHeight(ctx, width)
	perPage := max(1, int((bottom-y+gap)/(rowH+gap)))
	if perPage < len(s.rows) {
		// The page turner takes a row's room.
		perPage = max(1, int((bottom-y-max(ctx.targetSize(), u*2.2))/(rowH+gap)))
	}
	s.pages = (len(s.rows) + perPage - 1) / perPage
	s.page = min(s.page, max(s.pages-1, 0))
	first := s.page * perPage
	for i := first; i < min(first+perPage, len(s.rows)); i++ {
		s.layoutRow(ctx, &s.rows[i], ui.Rect{X: x, Y: y, W: width, H: rowH})
		y += rowH + gap
	}
	if s.pages > 1 {
		s.layoutPager(ctx, ui.Rect{X: x, Y: y, W: width, H: max(ctx.targetSize(), u*2.2)})
	}
}

// rowHeight is the height of a deck's row: its title on one line (long
// titles are cut to fit), the counts below, and padding; never less than
// a finger needs.
func (s *DeckList) rowHeight(ctx *Context, width float64) float64 {
	u := ctx.Unit()
	title := ui.Paragraph{Text: "あ", Face: ctx.Fonts.Face(u*1.1, true), Size: u * 1.1}
	sub := ui.Paragraph{Text: "あ", Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8}
	h := u*1.2 + ctx.Wrap.Height(title, width) + u*0.2 + 2*ctx.Wrap.Height(sub, width)
	return max(h, ctx.targetSize())
}

// layoutRow draws deck r in rect, tappable as open-ID.
func (s *DeckList) layoutRow(ctx *Context, r *homeRow, rect ui.Rect) {
	v := &s.view
	u := ctx.Unit()
	pad := u * 0.6
	v.fill(rect, u*0.5, ui.Track)
	inner := rect.W - 2*pad
	y := rect.Y + pad
	// A row is a button: its text is OnAccent, which reads on Track in
	// every theme.
	title := ui.Paragraph{Text: r.entry.Title, Face: ctx.Fonts.Face(u*1.1, true), Size: u * 1.1, Color: ui.OnAccent}
	title.Text = firstLine(ctx, title, inner)
	y += v.text(ctx, title, rect.X+pad, y, inner, rect) + u*0.2
	small := func(text string, c ui.Color) ui.Paragraph {
		return ui.Paragraph{Text: text, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: c}
	}
	if r.err != nil {
		v.text(ctx, small(fmt.Sprintf(locale.HomeUnread.In(s.lang), NoticeTextIn(s.lang, r.err)), ui.OnAccent), rect.X+pad, y, inner, rect)
	} else {
		y += v.text(ctx, small(s.countsLine(r), ui.OnAccent), rect.X+pad, y, inner, rect)
		v.text(ctx, small(s.originLine(r.entry), ui.OnAccent), rect.X+pad, y, inner, rect)
	}
	v.target("open-"+r.entry.ID, rect)
}

// firstLine is p's first line at width, with a mark when more follows:
// a row has room for one line of title.
func firstLine(ctx *Context, p ui.Paragraph, width float64) string {
	lines := ctx.Wrap.Lines(p, width)
	switch len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0]
	}
	r := []rune(lines[0])
	return string(r[:max(len(r)-1, 0)]) + "…"
}

func (s *DeckList) countsLine(r *homeRow) string {
	c := r.counts.counts
	return fmt.Sprintf(locale.HomeCounts.In(s.lang), r.cards, c.New, c.Learning, c.Review)
}

// originLine says where a deck came from.
func (s *DeckList) originLine(e library.Entry) string {
	switch {
	case e.Builtin():
		return locale.HomeBuiltin.In(s.lang)
	case e.Name != "":
		return fmt.Sprintf(locale.HomeFromFile.In(s.lang), e.Name)
	}
	return locale.HomeFromLink.In(s.lang)
}

// layoutPager places the previous and next page buttons and the page
// number between them.
func (s *DeckList) layoutPager(ctx *Context, r ui.Rect) {
	v := &s.view
	u := ctx.Unit()
	bw := min(r.W/3, u*8)
	prev := ui.Rect{X: r.X, Y: r.Y, W: bw, H: r.H}
	next := ui.Rect{X: r.X + r.W - bw, Y: r.Y, W: bw, H: r.H}
	if s.page > 0 {
		v.button(ctx, homeBindings, "prev-page", prev, locale.HomePrev.In(s.lang), ui.Track, u*0.9)
	}
	if s.page < s.pages-1 {
		v.button(ctx, homeBindings, "next-page", next, locale.HomeNext.In(s.lang), ui.Track, u*0.9)
	}
	label := ui.Paragraph{Text: fmt.Sprintf(locale.HomePage.In(s.lang), s.page+1, s.pages), Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.MutedLight}
	lw := r.W - 2*bw - u
	v.text(ctx, label, r.X+bw+u*0.5, r.Y+(r.H-ctx.Wrap.Height(label, lw))/2, lw, ui.Rect{})
}

// Draw paints the screen as Update laid it out.
func (s *DeckList) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }

// Status lists the decks with their counts.
func (s *DeckList) Status() Status {
	st := Status{Scene: "home", Targets: s.view.statusTargets()}
	lines := []string{locale.HomeTitle.In(s.lang)}
	for _, r := range s.rows {
		c := r.counts.counts
		st.Decks = append(st.Decks, DeckRow{ID: r.entry.ID, Title: r.entry.Title, Cards: r.cards,
			New: c.New, Learning: c.Learning, Due: c.Review, Builtin: r.entry.Builtin()})
		line := r.entry.Title + ": " + s.countsLine(&r) + " ・ " + s.originLine(r.entry)
		if r.err != nil {
			line = r.entry.Title + ": " + fmt.Sprintf(locale.HomeUnread.In(s.lang), NoticeTextIn(s.lang, r.err))
		}
		lines = append(lines, line)
	}
	lines = append(lines, locale.HomeHint.In(s.lang))
	st.Text = strings.Join(lines, "\n")
	return st
}
