package harness

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Hold is how long a key, button or finger stays down. Ebitengine polls
// input once per tick (1/60 s): a press and release in the same tick would
// never be seen as "just pressed".
const Hold = 50 * time.Millisecond

// keys are the keys the app uses, as the DevTools protocol names them.
// Ebitengine reads KeyboardEvent.code.
var keys = map[string]input.DispatchKeyEventParams{
	"Space":  {Key: " ", Code: "Space", WindowsVirtualKeyCode: 32},
	"Enter":  {Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13},
	"Escape": {Key: "Escape", Code: "Escape", WindowsVirtualKeyCode: 27},
	"1":      {Key: "1", Code: "Digit1", WindowsVirtualKeyCode: 49},
	"2":      {Key: "2", Code: "Digit2", WindowsVirtualKeyCode: 50},
	"3":      {Key: "3", Code: "Digit3", WindowsVirtualKeyCode: 51},
	"4":      {Key: "4", Code: "Digit4", WindowsVirtualKeyCode: 52},
	"e":      {Key: "e", Code: "KeyE", WindowsVirtualKeyCode: 69},
	"i":      {Key: "i", Code: "KeyI", WindowsVirtualKeyCode: 73},
	"r":      {Key: "r", Code: "KeyR", WindowsVirtualKeyCode: 82},
	"o":      {Key: "o", Code: "KeyO", WindowsVirtualKeyCode: 79},
	"d":      {Key: "d", Code: "KeyD", WindowsVirtualKeyCode: 68},
	"p":      {Key: "p", Code: "KeyP", WindowsVirtualKeyCode: 80},
	"u":      {Key: "u", Code: "KeyU", WindowsVirtualKeyCode: 85},
}

// Press presses and releases a key ("Space", "Enter", "Escape", "1"..."4",
// "e", "i", "r", "o", "d", "p", "u").
func Press(ctx context.Context, key string) error {
	p, ok := keys[key]
	if !ok {
		return fmt.Errorf("press: unknown key %q", key)
	}
	p.NativeVirtualKeyCode = p.WindowsVirtualKeyCode
	down, up := p, p
	down.Type, up.Type = input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp
	return hold(ctx, func() error { return dispatchKey(ctx, down) }, func() error { return dispatchKey(ctx, up) })
}

func dispatchKey(ctx context.Context, p input.DispatchKeyEventParams) error {
	_, err := chromedp.Call(ctx, input.DispatchKeyEvent, p)
	return err
}

// Click clicks the left mouse button at x, y (CSS pixels).
func Click(ctx context.Context, x, y float64) error {
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y)); err != nil {
		return err
	}
	press := func(typ input.DispatchMouseEventType) func() error {
		return func() error {
			return chromedp.Do(ctx, chromedp.MouseEvent(typ, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
		}
	}
	return hold(ctx, press(input.DispatchMouseEventTypeMousePressed), press(input.DispatchMouseEventTypeMouseReleased))
}

// Tap touches the screen at x, y (CSS pixels) with one finger. The page
// must run with touch emulation on.
func Tap(ctx context.Context, x, y float64) error {
	one := 1.0
	start := input.DispatchTouchEventParams{
		Type: input.DispatchTouchEventTypeTouchStart,
		TouchPoints: []*input.TouchPoint{{
			X: x, Y: y, RadiusX: &one, RadiusY: &one, Force: &one, ID: new(0.0),
		}},
	}
	// A touchEnd lists the fingers still down: none.
	end := input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}}
	touch := func(p input.DispatchTouchEventParams) func() error {
		return func() error {
			_, err := chromedp.Call(ctx, input.DispatchTouchEvent, p)
			return err
		}
	}
	return hold(ctx, touch(start), touch(end))
}

// hold runs down, waits Hold and two of the page's frames, then runs up
// and waits two frames more. On a loaded machine a frame can take longer
// than Hold: the app must have ticked once with the key down, or the
// press is lost; and once with it up, or a release and the next press
// in the same tick make one long press (two clicks in a row, a drag).
func hold(ctx context.Context, down, up func() error) error {
	if err := down(); err != nil {
		return err
	}
	select {
	case <-time.After(Hold):
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := frames(ctx); err != nil {
		return err
	}
	if err := up(); err != nil {
		return err
	}
	return frames(ctx)
}

// twoFrames resolves after the page has drawn two frames, Ebitengine
// updating once in each; or after a second, as a tab in the background
// draws none.
const twoFrames = `new Promise(function (r) {
	requestAnimationFrame(function () { requestAnimationFrame(function () { r(true); }); });
	setTimeout(function () { r(false); }, 1000);
})`

// Type types one character as a person does: the key goes down with its
// text, is held, and comes up. (Press sends raw key presses, which type
// nothing.)
func Type(ctx context.Context, ch string) error {
	p := input.DispatchKeyEventParams{Key: ch, Text: ch, UnmodifiedText: ch}
	down, up := p, p
	down.Type, up.Type = input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp
	return hold(ctx, func() error { return dispatchKey(ctx, down) }, func() error { return dispatchKey(ctx, up) })
}

// Drag presses at x0, y0, moves in steps of a frame each to x1, y1 and
// lets go there: with the left mouse button, or with a finger when touch
// is set (the page must run with touch emulation on then).
func Drag(ctx context.Context, x0, y0, x1, y1 float64, touch bool) error {
	const steps = 8
	one := 1.0
	at := func(i int) (float64, float64) {
		f := float64(i) / steps
		return x0 + (x1-x0)*f, y0 + (y1-y0)*f
	}
	move := func(i int, typ string) error {
		x, y := at(i)
		if !touch {
			t := map[string]input.DispatchMouseEventType{"start": input.DispatchMouseEventTypeMousePressed,
				"move": input.DispatchMouseEventTypeMouseMoved, "end": input.DispatchMouseEventTypeMouseReleased}[typ]
			return chromedp.Do(ctx, chromedp.MouseEvent(t, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
		}
		p := input.DispatchTouchEventParams{TouchPoints: []*input.TouchPoint{{X: x, Y: y, RadiusX: &one, RadiusY: &one, Force: &one, ID: new(0.0)}}}
		switch typ {
		case "start":
			p.Type = input.DispatchTouchEventTypeTouchStart
		case "move":
			p.Type = input.DispatchTouchEventTypeTouchMove
		default:
			p.Type, p.TouchPoints = input.DispatchTouchEventTypeTouchEnd, []*input.TouchPoint{}
		}
		_, err := chromedp.Call(ctx, input.DispatchTouchEvent, p)
		return err
	}
	if !touch {
		if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x0, y0)); err != nil {
			return err
		}
	}
	if err := move(0, "start"); err != nil {
		return err
	}
	for i := 1; i <= steps; i++ {
		if err := frames(ctx); err != nil {
			return err
		}
		if err := move(i, "move"); err != nil {
			return err
		}
	}
	if err := frames(ctx); err != nil {
		return err
	}
	return move(steps, "end")
}

// frames waits for two of the page's frames.
func frames(ctx context.Context) error {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](twoFrames, chromedp.EvalAwaitPromise)); err != nil {
		return fmt.Errorf("waiting for the page's frames: %w", err)
	}
	return nil
}
