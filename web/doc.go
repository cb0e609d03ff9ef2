// Package web holds the browser front end of factdeck: the page that loads
// the WebAssembly build of cmd/factdeck, and the tools around it.
//
//   - index.html: the page (lang="ja"). It has no inline script or style, so
//     the server's Content-Security-Policy needs no 'unsafe-inline'.
//   - loader.js: checks for WebAssembly and WebGL 2, downloads the program
//     with a progress bar while compiling it, starts it with Go's
//     wasm_exec.js, and registers the service worker. Its header comment
//     describes what it expects of the Go program.
//   - sw.js: the service worker that makes the app work offline.
//   - style.css, favicon.svg: page style and icon; Ebitengine adds its
//     own canvas.
//   - build.sh and build/: make a release (web/dist), every file named by
//     its content, precompressed, with a web app manifest and icons.
//   - server/: the HTTP handler that serves a release (cmd/serve uses it).
//   - harness/ and e2e/: drive the release in Chromium for the browser
//     tests and for bench/web.
//
// The Go files in this directory are only tests of the page files.
package web
