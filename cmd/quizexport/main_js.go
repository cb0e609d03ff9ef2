//go:build js

package main

import (
	"fmt"
	"syscall/js"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/formats/kahoot"
	"factdeck/cards/formats/pdf"
)

func main() {
	js.Global().Set("factdeckExportRun", js.FuncOf(run))
	if ready := js.Global().Get("factdeckExportReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // the app calls in for as long as the page lives
}

// run is window.factdeckExportRun (see the package comment).
func run(_ js.Value, args []js.Value) (result any) {
	if len(args) < 2 || args[0].Type() != js.TypeString || !args[1].InstanceOf(js.Global().Get("Uint8Array")) {
		return failure(fmt.Errorf("factdeckExportRun(format, deck[, fallback]): wrong arguments"))
	}
	format := args[0].String()
	// A writer's bug must come back as an error, not as an exception
	// thrown into the app that called.
	defer func() {
		if r := recover(); r != nil {
			result = failure(fmt.Errorf("the %s writer failed: %v", format, r))
		}
	}()
	var fallback []byte
	if len(args) > 2 && args[2].InstanceOf(js.Global().Get("Uint8Array")) {
		fallback = bytesOf(args[2])
	}
	d, err := deck.Decode(bytesOf(args[1]))
	if err != nil {
		return failure(err)
	}
	data, warns, err := write(format, d, fallback)
	if err != nil {
		return failure(err)
	}
	file := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(file, data)
	messages := make([]any, len(warns))
	for i, w := range warns {
		messages[i] = w.String()
	}
	return map[string]any{"data": file, "warnings": messages}
}

// write writes d in the format called name.
func write(name string, d *deck.Deck, fallback []byte) ([]byte, []formats.Warning, error) {
	switch name {
	case "kahoot":
		return kahoot.Write(d)
	case "pdf":
		fonts := [][]byte{assets.FontRegular}
		if fallback != nil {
			fonts = append(fonts, fallback)
		}
		return pdf.Write(d, pdf.Options{Fonts: fonts})
	}
	return nil, nil, fmt.Errorf("no export format %q here (kahoot, pdf)", name)
}

func bytesOf(v js.Value) []byte {
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}

func failure(err error) any { return map[string]any{"error": err.Error()} }
