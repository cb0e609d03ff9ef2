package server

import (
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
)

// contentTypes are set explicitly rather than taken from the system's MIME
// tables, which differ between machines (and some lack .wasm, which
// WebAssembly.instantiateStreaming insists on, or .webmanifest).
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".ttf":         "font/ttf",
	".gz":          "application/gzip",
	".br":          "application/octet-stream",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// hashedName matches the names web/build.sh gives files by content,
// NAME.<12 hex digits>.EXT: such a file never changes.
var hashedName = regexp.MustCompile(`\.[0-9a-f]{12}\.[A-Za-z0-9]+$`)

// IsHashed reports whether the file name carries a content hash.
func IsHashed(name string) bool { return hashedName.MatchString(path.Base(name)) }

// cacheControl lets browsers keep a hashed file for a year without asking
// again (a new release has new names), and makes them revalidate
// everything else: index.html and sw.js name the current release, and a
// deck file may be replaced in place.
func cacheControl(name string) string {
	if IsHashed(name) {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// ContentSecurityPolicy allows only what the page does: its own scripts,
// style sheet, images, manifest, service worker and fetches, and compiling
// WebAssembly ('wasm-unsafe-eval', which unlike 'unsafe-eval' allows no
// JavaScript eval). No inline script or style, no other origin, no frames.
const ContentSecurityPolicy = "default-src 'none'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self'; " +
	"connect-src 'self'; " +
	"manifest-src 'self'; " +
	"worker-src 'self'; " +
	"base-uri 'none'; " +
	"form-action 'none'; " +
	"frame-ancestors 'none'"

// setCommonHeaders sets the headers every response carries, errors
// included.
func setCommonHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}
