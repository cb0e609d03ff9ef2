// Package harness drives the browser build in Debian's Chromium for the
// end-to-end tests (web/e2e) and the benchmarks (bench/web): it builds a
// release with web/build.sh, serves it on 127.0.0.1 with the release's own
// handler (web/server), starts a headless browser that talks to nothing
// else, and reads and drives the page the way a person would (keys,
// clicks and taps held long enough for Ebitengine to see them).
package harness
