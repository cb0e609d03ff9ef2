package server

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// requestedFile maps the request path to a file name relative to the web
// root, or returns a 400 or 404 status. Paths must be clean: "..", ".",
// "//", backslashes, NUL and encoded slashes or backslashes ("%2f", "%5c")
// are rejected with 400, whether sent plainly or percent-encoded. A path
// ending in "/" other than "/" (a directory) and dot files are 404.
func requestedFile(r *http.Request) (string, int) {
	p := r.URL.Path
	// r.URL.Path is already percent-decoded ("%2e%2e" arrives as ".."); an
	// encoded slash is only visible in the raw form. Check that form too,
	// in case a URL was built without RawPath.
	raw := r.URL.RawPath + " " + r.URL.Opaque
	if uri, _, _ := strings.Cut(r.RequestURI, "?"); uri != "" {
		raw += " " + uri
	}
	raw = strings.ToLower(raw)
	switch {
	case p == "" || p[0] != '/':
		return "", http.StatusBadRequest
	case strings.ContainsAny(p, "\\\x00"):
		return "", http.StatusBadRequest
	case strings.Contains(raw, "%2f"), strings.Contains(raw, "%5c"), strings.Contains(raw, "%00"):
		return "", http.StatusBadRequest
	case p == "/":
		return "index.html", http.StatusOK
	case strings.HasSuffix(p, "/"):
		// A directory: never listed.
		return "", http.StatusNotFound
	case path.Clean(p) != p:
		// "..", ".", "//" in any position.
		return "", http.StatusBadRequest
	}
	name := p[1:]
	for seg := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", http.StatusNotFound
		}
	}
	if !fs.ValidPath(name) {
		return "", http.StatusBadRequest
	}
	return name, http.StatusOK
}
