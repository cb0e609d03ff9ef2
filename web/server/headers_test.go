package server

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCacheControlByName(t *testing.T) {
	h := Handler(webRoot(t))
	for target, want := range map[string]string{
		"/":                                  "no-cache",
		"/index.html":                        "no-cache",
		"/loader.js":                         "no-cache",
		"/" + hashedWasm:                     "public, max-age=31536000, immutable",
		"/manifest.0123456789ab.webmanifest": "public, max-age=31536000, immutable",
	} {
		resp := serve(t, h, http.MethodGet, target, map[string]string{"Accept-Encoding": "br"})
		require.Equal(t, http.StatusOK, resp.StatusCode, target)
		assert.Equal(t, want, resp.Header.Get("Cache-Control"), target)
	}
}

func TestIsHashed(t *testing.T) {
	for name, want := range map[string]bool{
		"factdeck.0123456789ab.wasm":      true,
		"dir/loader.abcdef012345.js":      true,
		"icon-192.0123456789ab.png":       true,
		"factdeck.wasm":                   false,
		"sw.js":                           false,
		"index.html":                      false,
		"factdeck.0123456789a.wasm":       false,
		"factdeck.0123456789AB.wasm":      false,
		"factdeck.0123456789ab.wasm.gz/x": false,
	} {
		assert.Equal(t, want, IsHashed(name), name)
	}
}

// Every response, errors included, carries the security headers.
func TestSecurityHeaders(t *testing.T) {
	h := Handler(webRoot(t))
	for _, target := range []string{"/", "/" + hashedWasm, "/missing", "/../secret.txt"} {
		resp := serve(t, h, http.MethodGet, target, nil)
		assert.Equal(t, ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"), target)
		assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), target)
		assert.Equal(t, "no-referrer", resp.Header.Get("Referrer-Policy"), target)
	}
}

// The policy allows compiling WebAssembly but no JavaScript eval, no
// inline code and nothing from another origin.
func TestContentSecurityPolicy(t *testing.T) {
	csp := ContentSecurityPolicy
	assert.Contains(t, csp, "default-src 'none'")
	assert.Contains(t, csp, "script-src 'self' 'wasm-unsafe-eval';")
	assert.Contains(t, csp, "worker-src 'self'")
	assert.Contains(t, csp, "manifest-src 'self'")
	assert.Contains(t, csp, "frame-ancestors 'none'")
	for _, bad := range []string{"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:", "blob:"} {
		assert.NotContains(t, csp, bad)
	}
}
