package scene

import (
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/skip2/go-qrcode"

	"factdeck/cards/deck"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// ShareSheet shows a deck's link over the deck screen, as a QR code big
// enough to scan from a projector and as text to copy: a pick of the
// built-in deck's cards by their ids (short), any other deck whole.
type ShareSheet struct {
	// link is the deck's address; empty when the deck is too large for
	// one.
	link string
	// qr is the link's QR code, one pixel a module with its quiet zone;
	// nil when the link is too long for one.
	qr    *ebiten.Image
	view  view
	lang  locale.Lang
	panel ui.Rect
}

// NewShareSheet makes the sheet for d, whose link starts with base (the
// web app's address); builtin is the app's own deck, whose cards travel
// by id.
func NewShareSheet(d, builtin *deck.Deck, base string) *ShareSheet {
	s := &ShareSheet{}
	fragment, err := deck.ShareFragment(d, builtin, false)
	if err != nil {
		return s
	}
	s.link = strings.TrimSuffix(base, "#") + "#" + fragment
	// Medium error correction survives a smudged projector; a longer
	// link gets the low level, which holds a fifth more.
	for _, level := range []qrcode.RecoveryLevel{qrcode.Medium, qrcode.Low} {
		if code, err := qrcode.New(s.link, level); err == nil {
			s.qr = moduleImage(code.Bitmap())
			break
		}
	}
	return s
}

// moduleImage is a QR code's modules as an image, one pixel each: dark
// on white whatever the theme, as scanners expect.
func moduleImage(bits [][]bool) *ebiten.Image {
	n := len(bits)
	pix := make([]byte, 4*n*n)
	for y, row := range bits {
		for x, dark := range row {
			v := byte(255)
			if dark {
				v = 0
			}
			i := 4 * (y*n + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = v, v, v, 255
		}
	}
	img := ebiten.NewImage(n, n)
	img.WritePixels(pix)
	return img
}

// Link is the deck's address, "" when it has none.
func (s *ShareSheet) Link() string { return s.link }

// Overlay marks the sheet as drawn over the deck screen.
func (*ShareSheet) Overlay() {}

var shareKeys = Bindings{
	{Keys: []string{input.Escape}, Command: "close"},
	{Keys: []string{"C"}, Command: "copy"},
}

// Bindings close the sheet and copy the link.
func (*ShareSheet) Bindings() Bindings { return shareKeys }

// Update copies the link on its button or C, and closes the sheet on its
// button, Escape or a tap beside it.
func (s *ShareSheet) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	for _, a := range actions {
		switch command(a, shareKeys, &s.view) {
		case "close", "scrim":
			return Transition{Op: Pop}
		case "copy":
			s.copy(ctx)
		}
	}
	if !s.view.keep(ctx, actions, 0) {
		s.layout(ctx)
	}
	return Transition{}
}

// copy puts the link on the clipboard, and says so.
func (s *ShareSheet) copy(ctx *Context) {
	if s.link == "" || ctx.CopyText == nil {
		return
	}
	if err := ctx.CopyText(s.link); err != nil {
		ctx.Notices.Set(locale.ShareNoCopy.In(ctx.Lang) + ": " + NoticeTextIn(ctx.Lang, err))
		return
	}
	ctx.Notices.Set(locale.ShareCopied.In(ctx.Lang))
}

// texts are what the sheet says under its title.
func (s *ShareSheet) texts(l locale.Lang) []string {
	switch {
	case s.link == "":
		return []string{locale.ShareNoLink.In(l)}
	case s.qr == nil:
		return []string{locale.ShareNoQR.In(l), locale.ShareLinkWord.In(l) + ": " + s.link}
	}
	return []string{locale.ShareScan.In(l), locale.ShareLinkWord.In(l) + ": " + s.link}
}

// layout centres the panel: the title, the QR code as large as the room
// allows (beside the words on a landscape screen, above them on a
// portrait one), what to do with it, the link in small type, and the
// buttons under the panel.
func (s *ShareSheet) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	s.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	landscape := ctx.W > ctx.H*1.2
	w := min(ctx.W-2*m, u*36)
	if landscape {
		w = min(ctx.W-2*m, u*56)
	}
	x, top := (ctx.W-w)/2, ctx.top()
	bh := max(ctx.targetSize(), u*2.4)
	pad := u
	room := ctx.H - top - m - bh - u*0.6 - 2*pad // the panel's inside height
	texts := s.texts(ctx.Lang)
	title := ui.Paragraph{Text: locale.ShareTitle.In(ctx.Lang), Face: ctx.Fonts.Face(u*1.1, true), Size: u * 1.1, Color: ui.Ink}
	say := ui.Paragraph{Text: texts[0], Face: ctx.Fonts.Face(u*0.85, false), Size: u * 0.85, Color: ui.Ink}
	var addr ui.Paragraph
	if len(texts) > 1 {
		addr = ui.Paragraph{Text: texts[1], Face: ctx.Fonts.Face(u*0.6, false), Size: u * 0.6, Color: ui.MutedInk}
	}
	wordsH := func(width float64) float64 {
		h := ctx.Wrap.Height(say, width) + u*0.5
		if addr.Text != "" {
			h += min(ctx.Wrap.Height(addr, width), u*4)
		}
		return h
	}
	inner := w - 2*pad
	titleH := ctx.Wrap.Height(title, inner) + u*0.5
	side, wordsX, wordsW := 0.0, x+pad, inner
	if s.qr != nil {
		avail := room - titleH
		if landscape {
			avail = min(avail, inner*0.55)
		} else {
			avail = min(avail-wordsH(inner)-u*0.5, inner)
		}
		// A whole number of pixels a module keeps every module the same.
		n := float64(s.qr.Bounds().Dx())
		side = math.Floor(max(0, avail)/n) * n
		if landscape && side > 0 {
			wordsX, wordsW = x+pad+side+pad, inner-side-pad
		}
	}
	contentH := titleH + wordsH(wordsW)
	if side > 0 {
		if landscape {
			contentH = titleH + max(side, wordsH(wordsW))
		} else {
			contentH += side + u*0.5
		}
	}
	panel := ui.Rect{X: x, Y: top, W: w, H: min(room, contentH) + 2*pad}
	s.panel = panel
	v.fill(panel, u*0.8, ui.CardBack)
	v.target("panel", panel)
	y := panel.Y + pad
	y += v.text(ctx, title, x+pad, y, inner, panel) + u*0.5
	if side > 0 {
		q := ui.Rect{X: x + (w-side)/2, Y: y, W: side, H: side}
		if landscape {
			q.X = x + pad
		} else {
			y += side + u*0.5
		}
		v.image(s.qr, q)
		v.target("qr", q)
	}
	y += v.text(ctx, say, wordsX, y, wordsW, panel) + u*0.5
	if addr.Text != "" {
		v.text(ctx, addr, wordsX, y, wordsW, panel)
	}
	row := ui.Rect{X: x, Y: panel.Y + panel.H + u*0.6, W: w, H: bh}
	if s.link != "" && ctx.CopyText != nil {
		halves := row.SplitH(2, u*0.6)
		v.button(ctx, shareKeys, "copy", halves[0], locale.ShareCopy.In(ctx.Lang), ui.Accent, u)
		row = halves[1]
	}
	v.button(ctx, shareKeys, "close", row, locale.SheetClose.In(ctx.Lang), ui.Track, u)
}

// Draw paints the sheet over the deck screen.
func (s *ShareSheet) Draw(dst *ebiten.Image, ctx *Context) { s.view.paint(dst, ctx) }

// Status reads the sheet out, the link included.
func (s *ShareSheet) Status() Status {
	out := s.view.pressTargets()
	text := locale.ShareTitle.In(s.lang) + "\n" + strings.Join(s.texts(s.lang), "\n")
	return Status{Scene: "share", Text: text, Targets: out}
}
