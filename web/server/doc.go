// Package server serves the browser build (web/dist) over HTTP: the files
// web/build.sh makes, with the headers a release needs (content types the
// browser insists on, precompressed bodies, cache lifetimes by file name, a
// Content-Security-Policy), and nothing outside the directory. cmd/serve
// runs it on the loopback interface, and the browser tests and benchmarks
// use it too, so they see exactly what a person would.
package server
