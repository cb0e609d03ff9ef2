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
	"Space":      {Key: " ", Code: "Space", WindowsVirtualKeyCode: 32},
	"Enter":      {Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13},
	"Escape":     {Key: "Escape", Code: "Escape", WindowsVirtualKeyCode: 27},
	"1":          {Key: "1", Code: "Digit1", WindowsVirtualKeyCode: 49},
	"2":          {Key: "2", Code: "Digit2", WindowsVirtualKeyCode: 50},
	"3":          {Key: "3", Code: "Digit3", WindowsVirtualKeyCode: 51},
	"4":          {Key: "4", Code: "Digit4", WindowsVirtualKeyCode: 52},
	"e":          {Key: "e", Code: "KeyE", WindowsVirtualKeyCode: 69},
	"i":          {Key: "i", Code: "KeyI", WindowsVirtualKeyCode: 73},
	"r":          {Key: "r", Code: "KeyR", WindowsVirtualKeyCode: 82},
	"o":          {Key: "o", Code: "KeyO", WindowsVirtualKeyCode: 79},
	"d":          {Key: "d", Code: "KeyD", WindowsVirtualKeyCode: 68},
	"p":          {Key: "p", Code: "KeyP", WindowsVirtualKeyCode: 80},
	"u":          {Key: "u", Code: "KeyU", WindowsVirtualKeyCode: 85},
	"ArrowLeft":  {Key: "ArrowLeft", Code: "ArrowLeft", WindowsVirtualKeyCode: 37},
	"ArrowUp":    {Key: "ArrowUp", Code: "ArrowUp", WindowsVirtualKeyCode: 38},
	"ArrowRight": {Key: "ArrowRight", Code: "ArrowRight", WindowsVirtualKeyCode: 39},
	"ArrowDown":  {Key: "ArrowDown", Code: "ArrowDown", WindowsVirtualKeyCode: 40},
}

// Press presses and releases a key ("Space", "Enter", "Escape", "1"..."4",
// "e", "i", "r", "o", "d", "p", "u", the arrows "ArrowLeft"…).
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
// press is lost; and once with it up, or a release and the next press in
// the same tick make one long press (two clicks in a row, a drag).
func hold(ctx context.Context, down, up func() error) error {
	if err := down(); err != nil {
		return err
	}
	if err := frames(ctx); err != nil {
		return err
	}
	if err := up(); err != nil {
		return err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](twoFrames, chromedp.EvalAwaitPromise)); err != nil {
		return fmt.Errorf("waiting for the page's frames: %w", err)
	}
	return nil
}

// Drag drags from x0, y0 to x1, y1 (CSS pixels) with the left mouse
// button, or with a finger when touch is set.
func Drag(ctx context.Context, x0, y0, x1, y1 float64, touch bool) error {
	if touch {
		return DragTouch(ctx, x0, y0, x1, y1)
	}
	return DragMouse(ctx, x0, y0, x1, y1)
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

// dragSteps is how many moves a drag makes between its ends, each held
// for two of the page's frames, so the app sees the pointer travel past
// its slop rather than jump.
const dragSteps = 4

// DragMouse holds the left mouse button down at x0, y0, moves it to
// x1, y1 and releases it there (CSS pixels).
func DragMouse(ctx context.Context, x0, y0, x1, y1 float64) error {
	mouse := func(typ input.DispatchMouseEventType, x, y float64) error {
		return chromedp.Do(ctx, chromedp.MouseEvent(typ, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x0, y0)); err != nil {
		return err
	}
	return drag(ctx, x0, y0, x1, y1,
		func(x, y float64) error { return mouse(input.DispatchMouseEventTypeMousePressed, x, y) },
		func(x, y float64) error { return mouse(input.DispatchMouseEventTypeMouseMoved, x, y) },
		func(x, y float64) error { return mouse(input.DispatchMouseEventTypeMouseReleased, x, y) })
}

// DragTouch puts one finger down at x0, y0, slides it to x1, y1 and
// lifts it there (CSS pixels). The page must run with touch emulation
// on.
func DragTouch(ctx context.Context, x0, y0, x1, y1 float64) error {
	one := 1.0
	touch := func(typ input.DispatchTouchEventType, points ...*input.TouchPoint) error {
		if points == nil {
			points = []*input.TouchPoint{} // a touchEnd lists the fingers still down: none
		}
		_, err := chromedp.Call(ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: points})
		return err
	}
	finger := func(x, y float64) *input.TouchPoint {
		return &input.TouchPoint{X: x, Y: y, RadiusX: &one, RadiusY: &one, Force: &one, ID: new(0.0)}
	}
	return drag(ctx, x0, y0, x1, y1,
		func(x, y float64) error { return touch(input.DispatchTouchEventTypeTouchStart, finger(x, y)) },
		func(x, y float64) error { return touch(input.DispatchTouchEventTypeTouchMove, finger(x, y)) },
		func(float64, float64) error { return touch(input.DispatchTouchEventTypeTouchEnd) })
}

// drag runs down at the start, move at dragSteps points on the way to
// the end and up there, letting the app tick between each.
func drag(ctx context.Context, x0, y0, x1, y1 float64, down, move, up func(x, y float64) error) error {
	if err := down(x0, y0); err != nil {
		return err
	}
	for i := 1; i <= dragSteps; i++ {
		if err := frames(ctx); err != nil {
			return err
		}
		f := float64(i) / dragSteps
		if err := move(x0+(x1-x0)*f, y0+(y1-y0)*f); err != nil {
			return err
		}
	}
	if err := frames(ctx); err != nil {
		return err
	}
	return up(x1, y1)
}

// frames waits Hold and two of the page's frames.
func frames(ctx context.Context) error {
	select {
	case <-time.After(Hold):
	case <-ctx.Done():
		return ctx.Err()
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](twoFrames, chromedp.EvalAwaitPromise)); err != nil {
		return fmt.Errorf("waiting for the page's frames: %w", err)
	}
	return nil
}
