// Package web holds the browser front end of factdeck: the page that loads
// the WebAssembly build of cmd/factdeck.
//
//   - index.html: the page (lang="ja"). It has no inline script or style, so
//     a Content-Security-Policy without 'unsafe-inline' works.
//   - loader.js: fetches factdeck.wasm with a progress bar, starts it with
//     Go's wasm_exec.js and hides the loading screen once the app runs. Its
//     header comment describes what it expects of the Go program.
//   - style.css: page style; Ebitengine adds its own canvas.
//   - build.sh: builds web/dist (run by `make web` and by cmd/serve).
//
// The Go files here are only tests of those files; the package has no API.
package web
