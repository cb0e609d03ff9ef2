package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	indexBody  = "<!DOCTYPE html><html lang=\"ja\"><title>factdeck</title></html>\n"
	secretBody = "TOP SECRET outside the web root"
)

const hashedWasm = "app.0123456789ab.wasm"

// wasmBody is compressible, so the .gz sibling differs from it in size.
var wasmBody = bytes.Repeat([]byte("\x00asm\x01\x00\x00\x00factdeck "), 512)

// webRoot lays out a temporary web/dist:
//
//	parent/secret.txt            must never be served
//	parent/dist/index.html
//	parent/dist/loader.js
//	parent/dist/factdeck.wasm    + factdeck.wasm.gz (newer)
//	parent/dist/app.0123456789ab.wasm  + .br and .gz (newer): a hashed release file
//	parent/dist/manifest.0123456789ab.webmanifest
//	parent/dist/sub/inner.txt
//	parent/dist/.hidden
//	parent/dist/escape -> ../secret.txt (symlink)
func webRoot(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "dist")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	write := func(name string, data []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(parent, "secret.txt"), []byte(secretBody), 0o644))
	write("index.html", []byte(indexBody))
	write("loader.js", []byte("console.log('factdeck');\n"))
	write("factdeck.wasm", wasmBody)
	write("factdeck.wasm.gz", gzipped(t, wasmBody))
	write(hashedWasm, wasmBody)
	write(hashedWasm+".gz", gzipped(t, wasmBody))
	write(hashedWasm+".br", brotlied(t, wasmBody))
	write("manifest.0123456789ab.webmanifest", []byte(`{"name":"factdeck"}`))
	write("sub/inner.txt", []byte("inner"))
	write(".hidden", []byte("hidden"))
	require.NoError(t, os.Symlink("../secret.txt", filepath.Join(dir, "escape")))

	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, "factdeck.wasm"), old, old))
	require.NoError(t, os.Chtimes(filepath.Join(dir, hashedWasm), old, old))
	return dir
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	require.NoError(t, err)
	_, err = zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func brotlied(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// serve sends target exactly as written on the request line (httptest
// parses it the way the server does: no cleaning, no normalization).
func serve(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return b
}

func TestIndexAtRoot(t *testing.T) {
	h := Handler(webRoot(t))
	for _, target := range []string{"/", "/index.html", "/?v=1"} {
		resp := serve(t, h, http.MethodGet, target, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode, target)
		assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"), target)
		assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"), target)
		assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), target)
		assert.Equal(t, indexBody, string(body(t, resp)), target)
	}
}

func TestContentTypes(t *testing.T) {
	h := Handler(webRoot(t))
	for target, want := range map[string]string{
		"/factdeck.wasm":                     "application/wasm",
		"/factdeck.wasm.gz":                  "application/gzip",
		"/manifest.0123456789ab.webmanifest": "application/manifest+json",
		"/loader.js":                         "text/javascript; charset=utf-8",
		"/sub/inner.txt":                     "text/plain; charset=utf-8",
	} {
		resp := serve(t, h, http.MethodGet, target, nil)
		require.Equal(t, http.StatusOK, resp.StatusCode, target)
		assert.Equal(t, want, resp.Header.Get("Content-Type"), target)
		assert.Empty(t, resp.Header.Get("Content-Encoding"), target)
	}
}

func TestWasmIdentityWithoutAcceptEncoding(t *testing.T) {
	h := Handler(webRoot(t))
	for _, ae := range []string{"", "identity", "deflate, br", "gzip;q=0", "*;q=0", "br, *;q=0.5, gzip;q=0"} {
		resp := serve(t, h, http.MethodGet, "/factdeck.wasm", map[string]string{"Accept-Encoding": ae})
		require.Equal(t, http.StatusOK, resp.StatusCode, ae)
		assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"), ae)
		assert.Empty(t, resp.Header.Get("Content-Encoding"), ae)
		assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"), ae)
		assert.Equal(t, wasmBody, body(t, resp), ae)
	}
}

func TestWasmGzipNegotiation(t *testing.T) {
	dir := webRoot(t)
	gz, err := os.ReadFile(filepath.Join(dir, "factdeck.wasm.gz"))
	require.NoError(t, err)
	h := Handler(dir)
	for _, ae := range []string{"gzip", "gzip, deflate, br, zstd", "GZIP;q=0.5", "br, *", "x-gzip", "deflate;q=1, gzip; q=0.1"} {
		resp := serve(t, h, http.MethodGet, "/factdeck.wasm", map[string]string{"Accept-Encoding": ae})
		require.Equal(t, http.StatusOK, resp.StatusCode, ae)
		assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"), ae)
		assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"), ae)
		assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"), ae)
		assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"), ae)
		b := body(t, resp)
		assert.Equal(t, gz, b, ae)
		assert.Equal(t, strconv.Itoa(len(gz)), resp.Header.Get("Content-Length"), ae)

		zr, err := gzip.NewReader(bytes.NewReader(b))
		require.NoError(t, err)
		plain, err := io.ReadAll(zr)
		require.NoError(t, err)
		assert.Equal(t, wasmBody, plain, ae)
	}

	head := serve(t, h, http.MethodHead, "/factdeck.wasm", map[string]string{"Accept-Encoding": "gzip"})
	assert.Equal(t, http.StatusOK, head.StatusCode)
	assert.Equal(t, "gzip", head.Header.Get("Content-Encoding"))
	assert.Equal(t, strconv.Itoa(len(gz)), head.Header.Get("Content-Length"))
	assert.Empty(t, body(t, head))
}

// Files without a .gz sibling are sent as they are, with no Vary.
func TestNoGzipSibling(t *testing.T) {
	h := Handler(webRoot(t))
	resp := serve(t, h, http.MethodGet, "/loader.js", map[string]string{"Accept-Encoding": "gzip"})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Empty(t, resp.Header.Get("Content-Encoding"))
	assert.Empty(t, resp.Header.Get("Vary"))
}

// A .gz older than its original is a leftover of an earlier build.
func TestStaleGzipIgnored(t *testing.T) {
	dir := webRoot(t)
	older := time.Now().Add(-2 * time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, "factdeck.wasm.gz"), older, older))
	resp := serve(t, Handler(dir), http.MethodGet, "/factdeck.wasm", map[string]string{"Accept-Encoding": "gzip"})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Empty(t, resp.Header.Get("Content-Encoding"))
	assert.Equal(t, wasmBody, body(t, resp))
}

func TestNoDirectoryListing(t *testing.T) {
	h := Handler(webRoot(t))
	for _, target := range []string{"/sub/", "/sub", "/sub/?C=M;O=D"} {
		resp := serve(t, h, http.MethodGet, target, nil)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, target)
		assert.NotContains(t, string(body(t, resp)), "inner.txt", target)
	}
}

func TestNotFound(t *testing.T) {
	h := Handler(webRoot(t))
	for _, target := range []string{"/missing.js", "/.hidden", "/sub/.hidden", "/escape", "/index.html/x", "/sub/inner.txt/"} {
		resp := serve(t, h, http.MethodGet, target, nil)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, target)
		assert.NotContains(t, string(body(t, resp)), "SECRET", target)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := Handler(webRoot(t))
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
		resp := serve(t, h, m, "/index.html", nil)
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, m)
		assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"), m)
	}
}

// traversals all try to reach parent/secret.txt (or list a directory).
var traversals = []string{
	"/../secret.txt",
	"/sub/../../secret.txt",
	"/sub/../index.html",
	"/./index.html",
	"//secret.txt",
	"/..",
	"/%2e%2e/secret.txt",
	"/%2E%2E/secret.txt",
	"/.%2e/secret.txt",
	"/sub/%2e%2e/%2e%2e/secret.txt",
	"/%2e%2e%2fsecret.txt",
	"/..%2fsecret.txt",
	"/..%2Fsecret.txt",
	"/sub%2f..%2f..%2fsecret.txt",
	"/%2fsecret.txt",
	"/%252e%252e/secret.txt",
	"/..\\secret.txt",
	"/sub\\..\\..\\secret.txt",
	"/\\secret.txt",
	"/..%5csecret.txt",
	"/%5c..%5csecret.txt",
	"/%5C..%5Csecret.txt",
	"/index.html%00.js",
}

func TestPathTraversalRejected(t *testing.T) {
	h := Handler(webRoot(t))
	for _, target := range traversals {
		t.Run(target, func(t *testing.T) {
			req, err := http.ReadRequest(bufio.NewReader(strings.NewReader("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")))
			if err != nil {
				t.Logf("refused by the request parser: %v", err)
				return // fine
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			t.Logf("status %d", rec.Code)
			assert.Contains(t, []int{http.StatusBadRequest, http.StatusNotFound}, rec.Code)
			assert.NotContains(t, rec.Body.String(), "SECRET")
			assert.NotContains(t, rec.Body.String(), "factdeck", "must not fall back to another file")
		})
	}
}

// The same requests through a real server, written byte for byte on the
// connection so that no client cleans them up first.
func TestPathTraversalOverTCP(t *testing.T) {
	srv := httptest.NewServer(Handler(webRoot(t)))
	defer srv.Close()
	for _, target := range traversals {
		t.Run(target, func(t *testing.T) {
			conn, err := net.Dial("tcp", srv.Listener.Addr().String())
			require.NoError(t, err)
			defer conn.Close()
			require.NoError(t, conn.SetDeadline(time.Now().Add(5*time.Second)))
			_, err = io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
			require.NoError(t, err)
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			assert.Contains(t, []int{http.StatusBadRequest, http.StatusNotFound}, resp.StatusCode)
			assert.NotContains(t, string(b), "SECRET")
		})
	}
}

func TestConditionalAndRange(t *testing.T) {
	dir := webRoot(t)
	gz, err := os.ReadFile(filepath.Join(dir, "factdeck.wasm.gz"))
	require.NoError(t, err)
	h := Handler(dir)

	first := serve(t, h, http.MethodGet, "/", nil)
	lm := first.Header.Get("Last-Modified")
	require.NotEmpty(t, lm)
	again := serve(t, h, http.MethodGet, "/", map[string]string{"If-Modified-Since": lm})
	assert.Equal(t, http.StatusNotModified, again.StatusCode)
	assert.Empty(t, body(t, again))

	// A range of the gzip representation is a range of the .gz bytes.
	part := serve(t, h, http.MethodGet, "/factdeck.wasm", map[string]string{"Accept-Encoding": "gzip", "Range": "bytes=0-9"})
	assert.Equal(t, http.StatusPartialContent, part.StatusCode)
	assert.Equal(t, "gzip", part.Header.Get("Content-Encoding"))
	assert.Equal(t, gz[:10], body(t, part))
}
