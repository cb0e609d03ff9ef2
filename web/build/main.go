// Command build assembles the browser release in a directory (web/dist)
// from a wasm file built by web/build.sh and the page sources in web/:
//
//	go run ./web/build -out web/dist -wasm FILE -wasm-exec FILE [-font-fallback FILE] [-export-wasm FILE]
//
// Every file the page loads is named by its content (loader.<hash>.js,
// factdeck.<hash>.wasm ...), so browsers and the service worker may keep it
// forever and a release never mixes with a cached older one; index.html
// and sw.js keep their names and point at the hashed ones. Text and wasm
// files get precompressed .gz and .br siblings for the server to send. The
// web app manifest and its PNG icons are made here too.
//
// Hashed files already in -out are not compressed again, so a rebuild
// with no change is quick; files of earlier releases are removed.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// options are the command's flags.
type options struct {
	out, page, wasm, wasmName, wasmExec, fontFallback, exportWasm string
}

func main() {
	var o options
	flag.StringVar(&o.out, "out", "web/dist", "output `directory`")
	flag.StringVar(&o.page, "page", "web", "`directory` of index.html, loader.js, style.css, favicon.svg and sw.js")
	flag.StringVar(&o.wasm, "wasm", "", "the program, built for GOOS=js GOARCH=wasm (required)")
	flag.StringVar(&o.wasmName, "wasm-name", "factdeck.wasm", "`name` of the program in the release, before hashing")
	flag.StringVar(&o.wasmExec, "wasm-exec", "", "Go's wasm_exec.js, matching the toolchain that built -wasm (required)")
	flag.StringVar(&o.fontFallback, "font-fallback", "", "fallback font `file` the app fetches when a deck needs it (optional)")
	flag.StringVar(&o.exportWasm, "export-wasm", "", "export module `file` (cmd/quizexport) the app fetches when a teacher first exports to Kahoot or PDF (optional)")
	flag.Parse()
	if o.wasm == "" || o.wasmExec == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	rel, err := build(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "web/build:", err)
		os.Exit(1)
	}
	printReport(os.Stdout, filepath.Clean(o.out), rel.report)
}
