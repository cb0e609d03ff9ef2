//go:build js

package main

import (
	"fmt"
	"syscall/js"
	"time"

	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/cards/study"
	"factdeck/game"
)

// maxProgressFile bounds an imported progress file. A year of daily study
// (70,000 answers) is about 7 MB.
const maxProgressFile = 64 << 20

// useProgressFile lets the student keep their progress in a file of their
// own, from a deck's screen: a download to back it up or move it to
// another browser, and a file chooser to read it back. Both are of the
// deck on show (the shelf's current deck).
func useProgressFile(g *game.Game, sh *library.Shelf) {
	current := func() (*store.Store, error) { return sh.Progress(sh.Library().Current()) }
	g.UseProgressFile(game.ProgressFile{
		Export: func() (string, error) {
			st, err := current()
			if err != nil {
				return "", err
			}
			data, err := st.Export()
			if err != nil {
				return "", err
			}
			name := store.ExportName(time.Now())
			return name, store.Download(name, data)
		},
		Choose: func() { chooseFile(".json,application/json", maxProgressFile, g.Import) },
		Replace: func(data []byte) (*study.Progress, error) {
			st, err := current()
			if err != nil {
				return nil, err
			}
			if err := st.Import(data); err != nil {
				return nil, err
			}
			return st.Progress(), nil
		},
	})
}

// chooseFile opens the browser's file chooser, as a click on an
// <input type=file> does, and hands the chosen file's name and content
// (at most limit bytes) to done, later and on another goroutine. A
// cancelled choice hands nothing.
//
// The browser opens the chooser only shortly after a key press or click;
// the game calls this on the tick that saw one.
func chooseFile(accept string, limit int, done func(name string, data []byte, err error)) {
	doc := js.Global().Get("document")
	in := doc.Call("createElement", "input")
	in.Set("type", "file")
	in.Set("accept", accept)
	var onChange, onCancel js.Func
	release := func() {
		onChange.Release()
		onCancel.Release()
	}
	onChange = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		files := in.Get("files")
		if files.Length() == 0 {
			return nil
		}
		f := files.Index(0)
		// Reading waits on a promise, which a handler must not do.
		go func() { done(readFile(f, limit)) }()
		return nil
	})
	onCancel = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		return nil
	})
	in.Call("addEventListener", "change", onChange)
	in.Call("addEventListener", "cancel", onCancel)
	in.Call("click")
}

// readFile reads a File the student chose, refusing one over limit bytes.
func readFile(f js.Value, limit int) (name string, data []byte, err error) {
	name = f.Get("name").String()
	if size := f.Get("size").Int(); size > limit {
		return name, nil, fmt.Errorf("%w (%d bytes, limit %d)", errTooLarge, size, limit)
	}
	buf, err := await(f.Call("arrayBuffer"))
	if err != nil {
		return name, nil, err
	}
	bytes := js.Global().Get("Uint8Array").New(buf)
	data = make([]byte, bytes.Get("length").Int())
	js.CopyBytesToGo(data, bytes)
	return name, data, nil
}
