// Command quizexport is the browser app's writer of the export formats
// whose libraries are too big for the app's own download: Kahoot's
// spreadsheet (excelize) and the printable PDF (fpdf, with the Japanese
// font). web/build.sh builds it as a second WebAssembly module beside the
// app, which fetches and starts it only when a teacher first exports in
// one of those formats; the service worker keeps it from then on.
//
// Started by the app with Go's wasm_exec.js, it sets
// window.factdeckExportRun(format, deck, fallback) and then calls
// window.factdeckExportReady(). factdeckExportRun takes the format's name
// ("kahoot" or "pdf"), the deck as JSON bytes (a Uint8Array) and, for a
// PDF of characters the main font lacks, the fallback font's bytes (or
// undefined). It returns {data: Uint8Array, warnings: [string]} or
// {error: string}.
//
// Outside a browser it only says what it is.
package main
