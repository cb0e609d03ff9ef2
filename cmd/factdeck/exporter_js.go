//go:build js

package main

import (
	"errors"
	"fmt"
	"sync"
	"syscall/js"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

// browserWriters are the formats the browser's Teacher screen offers: the
// text formats, written here, and Kahoot and PDF, whose libraries (xlsx,
// fpdf) would double the app's download. Those two are written by a module
// of their own (cmd/quizexport), fetched the first time a teacher asks
// for one. Anki's package is left out: its SQLite library does not build
// for the browser, and Anki imports the text format as well.
func browserWriters() []formats.Writer {
	return append(append([]formats.Writer(nil), formats.TextWriters...),
		formats.Writer{Name: "kahoot", Label: "Kahoot!", Ext: "xlsx", Write: exportWith("kahoot"), Slow: true},
		formats.Writer{Name: "pdf", Label: "PDF", Ext: "pdf", Write: exportWith("pdf"), Slow: true},
	)
}

// exporter is the export module, started once per page: its
// window.factdeckExportRun, undefined until it has started. A start that
// failed (offline before the module was ever kept) is tried again on the
// next export.
var exporter struct {
	mu  sync.Mutex
	run js.Value
}

// exportRun is the started module's factdeckExportRun.
func exportRun() (js.Value, error) {
	exporter.mu.Lock()
	defer exporter.mu.Unlock()
	if exporter.run.Type() == js.TypeFunction {
		return exporter.run, nil
	}
	run, err := startExporter()
	if err != nil {
		return js.Value{}, fmt.Errorf("the Kahoot and PDF writer could not be loaded: %w", err)
	}
	exporter.run = run
	return run, nil
}

// exportWith is a writer of format that runs in the export module. It
// blocks its goroutine while the module is fetched and started; the
// Teacher screen runs it in the background.
func exportWith(format string) func(*deck.Deck) ([]byte, []formats.Warning, error) {
	return func(d *deck.Deck) (_ []byte, _ []formats.Warning, err error) {
		// An exception thrown by the module would otherwise end the app
		// from this background goroutine.
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("the %s writer failed: %v", format, r)
			}
		}()
		run, err := exportRun()
		if err != nil {
			return nil, nil, err
		}
		data, err := deck.Marshal(d)
		if err != nil {
			return nil, nil, err
		}
		var fallback any = js.Undefined()
		if format == "pdf" && needsFallback(d, assets.FontRegular) {
			// The PDF embeds the fonts its text needs; the page has the
			// fallback beside it (and usually cached: the deck needed it).
			font, err := fetchBytes(metaContent("factdeck-font-fallback"), maxFallbackFont)
			if err != nil {
				return nil, nil, err
			}
			fallback = uint8Array(font)
		}
		res := run.Invoke(format, uint8Array(data), fallback)
		if msg := res.Get("error"); msg.Type() == js.TypeString {
			return nil, nil, errors.New(msg.String())
		}
		out := res.Get("data")
		file := make([]byte, out.Get("length").Int())
		js.CopyBytesToGo(file, out)
		var warns []formats.Warning
		for i, list := 0, res.Get("warnings"); i < list.Length(); i++ {
			warns = append(warns, formats.Warning{Msg: list.Index(i).String()})
		}
		return file, warns, nil
	}
}

// maxExporter bounds the export module's download (15 MB raw today; the
// server sends it compressed to about 3 MB).
const maxExporter = 64 << 20

// startExporter fetches the export module named in the page, starts it
// with Go's wasm_exec.js (a Go of its own, beside the app's) and waits
// until it has set window.factdeckExportRun.
func startExporter() (js.Value, error) {
	name := metaContent("factdeck-export")
	if name == "" {
		return js.Value{}, errors.New("this page has no export module")
	}
	opts := js.Global().Get("Object").New()
	opts.Set("credentials", "same-origin")
	opts.Set("redirect", "error")
	resp, err := await(js.Global().Call("fetch", name, opts))
	if err != nil {
		return js.Value{}, fmt.Errorf("GET %s: %w", name, err)
	}
	if !resp.Get("ok").Bool() {
		return js.Value{}, &httpError{url: name, status: resp.Get("status").Int()}
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return js.Value{}, fmt.Errorf("GET %s: %w", name, err)
	}
	if n := buf.Get("byteLength").Int(); n > maxExporter {
		return js.Value{}, fmt.Errorf("GET %s: %w (%d bytes, limit %d)", name, errTooLarge, n, maxExporter)
	}
	g := js.Global().Get("Go").New()
	inst, err := await(js.Global().Get("WebAssembly").Call("instantiate", buf, g.Get("importObject")))
	if err != nil {
		return js.Value{}, fmt.Errorf("%s: %w", name, err)
	}
	ready := make(chan struct{})
	onReady := js.FuncOf(func(js.Value, []js.Value) any {
		close(ready)
		return nil
	})
	defer onReady.Release()
	js.Global().Set("factdeckExportReady", onReady)
	// run's promise settles only when the module exits, which it does
	// not unless it fails to start; its setting factdeckExportRun is what
	// is waited for.
	exited := make(chan error, 1)
	go func() {
		_, err := await(g.Call("run", inst.Get("instance")))
		exited <- err
	}()
	select {
	case <-ready:
	case err := <-exited:
		return js.Value{}, fmt.Errorf("the export module stopped at its start: %v", err)
	}
	js.Global().Delete("factdeckExportReady")
	run := js.Global().Get("factdeckExportRun")
	if run.Type() != js.TypeFunction {
		return js.Value{}, errors.New("the export module did not start")
	}
	return run, nil
}

func uint8Array(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}
