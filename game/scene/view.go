package scene

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// view is a screen laid out: what to paint, in order, and where its
// targets are. A scene builds it at the end of Update; Draw paints it and
// the next Update hit-tests taps against it, so a tap lands on what the
// student saw.
type view struct {
	// w, h and scale are the screen it was laid out for.
	w, h, scale, top float64
	ready            bool
	// epoch, lang, textScale, keyboard and clock are the rest of what it
	// was laid out for: the game's count of changes from outside the
	// scene, the language and text size, whether key hints showed, and
	// the scene's clock key (see keep).
	epoch     uint64
	lang      locale.Lang
	textScale float64
	keyboard  bool
	clock     int64
	items     []item
	targets   []target
}

type target struct {
	id   string
	rect ui.Rect
}

type itemKind int

const (
	fillItem itemKind = iota
	textItem
	buttonItem
	fieldItem
	imageItem
)

// item is one thing to paint.
type item struct {
	kind   itemKind
	rect   ui.Rect // a fill's, a button's or the field's rectangle
	radius float64
	color  color.Color
	// A text: its paragraph, its top-left corner and width, and the
	// rectangle it is clipped to (none when empty).
	para    ui.Paragraph
	x, y, w float64
	clip    ui.Rect
	button  ui.Button
	size    float64
	field   *ui.TextField
	image   *ebiten.Image // drawn over rect, each pixel a square
}

// begin starts a new layout for ctx's screen.
func (v *view) begin(ctx *Context) {
	v.w, v.h, v.scale, v.top, v.ready = ctx.W, ctx.H, ctx.Scale, ctx.Top, true
	v.epoch, v.lang, v.textScale, v.keyboard = ctx.Epoch, ctx.Lang, ctx.TextScale, ctx.Keyboard
	ctx.Layouts++
	v.items, v.targets = v.items[:0], v.targets[:0]
}

// stale reports whether v was laid out for another screen size or notice
// band (or not at all), so taps cannot be tested against it yet.
func (v *view) stale(ctx *Context) bool {
	return !v.ready || v.w != ctx.W || v.h != ctx.H || v.scale != ctx.Scale || v.top != ctx.Top
}

// keep reports whether the layout of the last tick still holds, so that
// a tick on which nothing happens lays nothing out and allocates nothing:
// no input came, the screen and the settings are the same, and clock (a
// scene's reading of the time at the grain its screen shows it, 0 for a
// screen that shows none) is unchanged. When it does not hold, the caller
// lays the scene out at once; keep notes clock for that layout.
func (v *view) keep(ctx *Context, actions []input.Action, clock int64) bool {
	same := v.epoch == ctx.Epoch && v.lang == ctx.Lang && v.textScale == ctx.TextScale && v.keyboard == ctx.Keyboard
	if len(actions) == 0 && !v.stale(ctx) && same && v.clock == clock {
		return true
	}
	v.clock = clock
	return false
}

// fill paints r with rounded corners.
func (v *view) fill(r ui.Rect, radius float64, c color.Color) {
	v.items = append(v.items, item{kind: fillItem, rect: r, radius: radius, color: c})
}

// text sets p wrapped into width w at x, y, clipped to clip (none when
// empty), and returns the height it takes.
func (v *view) text(ctx *Context, p ui.Paragraph, x, y, w float64, clip ui.Rect) float64 {
	v.items = append(v.items, item{kind: textItem, para: p, x: x, y: y, w: w, clip: clip})
	return ctx.Wrap.Height(p, w)
}

// button adds a button with id, its label set at size, and the hint its
// bindings give where the student has a keyboard.
func (v *view) button(ctx *Context, b Bindings, id string, r ui.Rect, label string, c color.Color, size float64) {
	size = fitLabel(ctx, label, r.W, size)
	btn := ui.Button{Rect: r, Label: label, Color: c}
	if ctx.Keyboard {
		btn.Hint = b.HintIn(ctx.Lang, id)
	}
	v.items = append(v.items, item{kind: buttonItem, button: btn, size: size})
	v.target(id, r)
}

// buttonSub adds a button whose second line is sub (a grade's interval),
// followed by its key hint where the student has a keyboard.
func (v *view) buttonSub(ctx *Context, b Bindings, id string, r ui.Rect, label, sub string, c color.Color, size float64) {
	size = fitLabel(ctx, label, r.W, size)
	btn := ui.Button{Rect: r, Label: label, Hint: sub, Color: c}
	if h := b.HintIn(ctx.Lang, id); ctx.Keyboard && h != "" {
		btn.Hint += " ・ " + h
	}
	v.items = append(v.items, item{kind: buttonItem, button: btn, size: size})
	v.target(id, r)
}

// fitLabel is the size at which label fits a button w wide with a little
// room at each end: size itself, or smaller for a long label on a narrow
// button (four grades side by side on a phone at the largest text), so a
// label is never cut.
func fitLabel(ctx *Context, label string, w, size float64) float64 {
	room := w - size*0.5
	adv := text.Advance(label, ctx.Fonts.Face(size, true))
	if adv <= room || adv <= 0 {
		return size
	}
	return max(size*room/adv, 1)
}

// buttonRows lays out buttons with ids and labels side by side in row,
// each row.H high: in one row where every label fits at size, else in
// as few more as it takes (rowCols), so that no label is set smaller
// than the text size (five choices on a phone in English or at a large
// text size). on says which are
// picked, filled in Accent. It returns the height taken.
func (v *view) buttonRows(ctx *Context, b Bindings, ids, labels []string, on func(int) bool, row ui.Rect, size float64) float64 {
	gap := ctx.Unit() * 0.4
	cols := rowCols(ctx, labels, row.W, size)
	y := row.Y
	for i := 0; i < len(labels); i += cols {
		n := min(cols, len(labels)-i)
		line := ui.Rect{X: row.X, Y: y, W: (row.W+gap)*float64(n)/float64(cols) - gap, H: row.H}
		for j, r := range line.SplitH(n, gap) {
			c := ui.Track
			if on(i + j) {
				c = ui.Accent
			}
			v.button(ctx, b, ids[i+j], r, labels[i+j], c, size)
		}
		y += row.H + gap
	}
	return y - gap - row.Y
}

// rowCols is how many of buttonRows' buttons share a row width wide:
// as many as fit with every label at size, in as few rows as that takes.
func rowCols(ctx *Context, labels []string, width, size float64) int {
	n := len(labels)
	for rows := 1; rows < n; rows++ {
		cols := (n + rows - 1) / rows
		w := (width - ctx.Unit()*0.4*float64(cols-1)) / float64(cols)
		fits := true
		for _, l := range labels {
			if fitLabel(ctx, l, w, size) < size {
				fits = false
				break
			}
		}
		if fits {
			return cols
		}
	}
	return 1
}

// textField adds the answer box.
func (v *view) textField(f *ui.TextField, size float64) { v.textFieldAs("field", f, size) }

// textFieldAs adds a text box tappable as id, for a screen with more
// than one.
func (v *view) textFieldAs(id string, f *ui.TextField, size float64) {
	v.items = append(v.items, item{kind: fieldItem, field: f, size: size})
	v.target(id, f.Rect)
}

// image draws img stretched over r without smoothing (a QR code's
// modules stay sharp).
func (v *view) image(img *ebiten.Image, r ui.Rect) {
	v.items = append(v.items, item{kind: imageItem, rect: r, image: img})
}

// scrim dims the screen under a sheet; a tap on it (target "scrim")
// closes the sheet.
func (v *view) scrim(ctx *Context) {
	all := ui.Rect{W: ctx.W, H: ctx.H}
	v.fill(all, 0, ui.Scrim)
	v.target("scrim", all)
}

// target makes r tappable as id. Later targets lie on top.
func (v *view) target(id string, r ui.Rect) {
	v.targets = append(v.targets, target{id, r})
}

// hit is the id of the topmost target at x, y, or "".
func (v *view) hit(x, y float64) string {
	for i := len(v.targets) - 1; i >= 0; i-- {
		if v.targets[i].rect.Contains(x, y) {
			return v.targets[i].id
		}
	}
	return ""
}

// rect is the rectangle of target id; ok is false when there is none.
func (v *view) rect(id string) (ui.Rect, bool) {
	for _, t := range v.targets {
		if t.id == id {
			return t.rect, true
		}
	}
	return ui.Rect{}, false
}

// has reports whether the view has a target id (a key bound to a button
// that is not on show does nothing).
func (v *view) has(id string) bool {
	_, ok := v.rect(id)
	return ok
}

// pressTargets are the targets in CSS pixels without a sheet's scrim
// and panel, which are not things to press.
func (v *view) pressTargets() []Target {
	var out []Target
	for _, t := range v.statusTargets() {
		if t.ID != "scrim" && t.ID != "panel" {
			out = append(out, t)
		}
	}
	return out
}

// titleBar lays out a screen's first line: a back button bound in b at
// the left and title beside it, width wide at x, y; it returns where
// the content below starts.
func (v *view) titleBar(ctx *Context, b Bindings, x, y, width float64, title string, size float64) float64 {
	u := ctx.Unit()
	bw := min(width/3, u*7)
	p := ui.Paragraph{Text: title, Face: ctx.Fonts.Face(size, true), Size: size, Color: ui.LightInk}
	tw := width - bw - u*0.6
	th := ctx.Wrap.Height(p, tw)
	// The bar grows with a title that wraps past it (a long deck title
	// at the largest text on a phone), so the title is never cut.
	h := max(ctx.targetSize(), u*2.2, th)
	v.button(ctx, b, "back", ui.Rect{X: x, Y: y, W: bw, H: max(ctx.targetSize(), u*2.2)}, "← "+locale.In(ctx.Lang, locale.Back), ui.Track, u*0.9)
	v.text(ctx, p, x+bw+u*0.6, y+(h-th)/2, tw, ui.Rect{})
	return y + h
}

// statusTargets are the targets in CSS pixels.
func (v *view) statusTargets() []Target {
	s := max(v.scale, 1)
	out := make([]Target, len(v.targets))
	for i, t := range v.targets {
		out[i] = Target{ID: t.id, X: t.rect.X / s, Y: t.rect.Y / s, W: t.rect.W / s, H: t.rect.H / s}
	}
	return out
}

// draw paints the view on a cleared screen.
func (v *view) draw(dst *ebiten.Image, ctx *Context) {
	dst.Fill(ui.Background)
	v.paint(dst, ctx)
}

// paint paints the view over what dst holds (an overlay's screen below).
func (v *view) paint(dst *ebiten.Image, ctx *Context) {
	for i := range v.items {
		it := &v.items[i]
		switch it.kind {
		case fillItem:
			ui.FillRoundRect(dst, it.rect, it.radius, it.color)
		case textItem:
			img := dst
			if it.clip != (ui.Rect{}) {
				img = dst.SubImage(it.clip.Bounds()).(*ebiten.Image)
			}
			ctx.Wrap.Draw(img, it.para, it.x, it.y, it.w)
		case buttonItem:
			it.button.Draw(dst, ctx.Fonts.Face(it.size, true), ctx.Fonts.Face(it.size*0.7, false), it.size)
		case fieldItem:
			it.field.Draw(dst, ctx.Fonts.Face(it.size, false), it.size)
		case imageItem:
			b := it.image.Bounds()
			var op ebiten.DrawImageOptions
			op.GeoM.Scale(it.rect.W/float64(b.Dx()), it.rect.H/float64(b.Dy()))
			op.GeoM.Translate(it.rect.X, it.rect.Y)
			op.Filter = ebiten.FilterNearest
			dst.DrawImage(it.image, &op)
		}
	}
}
