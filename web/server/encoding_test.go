package server

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBrotliPreferred(t *testing.T) {
	dir := webRoot(t)
	br, err := os.ReadFile(filepath.Join(dir, hashedWasm+".br"))
	require.NoError(t, err)
	h := Handler(dir)
	for _, ae := range []string{"gzip, deflate, br, zstd", "br", "br;q=0.5, gzip;q=0.5", "*"} {
		resp := serve(t, h, http.MethodGet, "/"+hashedWasm, map[string]string{"Accept-Encoding": ae})
		require.Equal(t, http.StatusOK, resp.StatusCode, ae)
		assert.Equal(t, "br", resp.Header.Get("Content-Encoding"), ae)
		assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"), ae)
		assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"), ae)
		assert.Equal(t, strconv.Itoa(len(br)), resp.Header.Get("Content-Length"), ae)
		b := body(t, resp)
		plain, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
		require.NoError(t, err, ae)
		assert.Equal(t, wasmBody, plain, ae)
	}
}

func TestGzipWhenBrotliNotWanted(t *testing.T) {
	h := Handler(webRoot(t))
	for _, ae := range []string{"gzip", "gzip, br;q=0", "br;q=0.4, gzip;q=0.5", "x-gzip"} {
		resp := serve(t, h, http.MethodGet, "/"+hashedWasm, map[string]string{"Accept-Encoding": ae})
		require.Equal(t, http.StatusOK, resp.StatusCode, ae)
		assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"), ae)
	}
	for _, ae := range []string{"", "identity", "deflate", "br;q=0, gzip;q=0", "*;q=0"} {
		resp := serve(t, h, http.MethodGet, "/"+hashedWasm, map[string]string{"Accept-Encoding": ae})
		assert.Empty(t, resp.Header.Get("Content-Encoding"), ae)
		assert.Equal(t, wasmBody, body(t, resp), ae)
	}
}

// A stale .br (older than the file) is skipped, and the fresh .gz used.
func TestStaleBrotliIgnored(t *testing.T) {
	dir := webRoot(t)
	older := time.Now().Add(-2 * time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, hashedWasm+".br"), older, older))
	resp := serve(t, Handler(dir), http.MethodGet, "/"+hashedWasm, map[string]string{"Accept-Encoding": "br, gzip"})
	assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"))
}

func TestAcceptedQuality(t *testing.T) {
	for _, tc := range []struct {
		values []string
		coding string
		want   float64
	}{
		{nil, "gzip", 0},
		{[]string{""}, "gzip", 0},
		{[]string{"gzip"}, "gzip", 1},
		{[]string{"deflate", "gzip"}, "gzip", 1},
		{[]string{"gzip;q=0"}, "gzip", 0},
		{[]string{"gzip;q=0.0, *"}, "gzip", 0},
		{[]string{"gzip;q=0.001"}, "gzip", 0.001},
		{[]string{"gzip;q=bogus"}, "gzip", 0},
		{[]string{"gzip;q=2"}, "gzip", 0},
		{[]string{"*"}, "br", 1},
		{[]string{"*;q=0"}, "br", 0},
		{[]string{"identity"}, "gzip", 0},
		{[]string{"gzipx"}, "gzip", 0},
		{[]string{"x-gzip"}, "gzip", 1},
		{[]string{"br;q=0.3, *;q=0.9"}, "br", 0.3},
		{[]string{"BR"}, "br", 1},
	} {
		assert.Equal(t, tc.want, acceptedQuality(tc.values, tc.coding), "%q %s", tc.values, tc.coding)
	}
}
