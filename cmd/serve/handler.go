package main

import (
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// contentTypes are set explicitly rather than taken from the system's MIME
// tables, which differ between machines (and some lack .wasm, which
// WebAssembly.instantiateStreaming insists on).
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".gz":   "application/gzip",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
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

// newHandler serves the files of dir (web/dist) for local development:
//
//   - GET and HEAD only; "/" serves index.html.
//   - No directory listings: a directory, or any path ending in "/" other
//     than "/", is 404.
//   - Paths must be clean: "..", ".", "//", backslashes, NUL and encoded
//     slashes or backslashes ("%2f", "%5c") are rejected with 400, whether
//     sent plainly or percent-encoded. Files are opened through os.Root, so
//     symlinks cannot lead out of dir either. Dot files are 404.
//   - If NAME.gz exists next to NAME, is not older than it, and the client
//     accepts gzip, NAME.gz is sent with Content-Encoding: gzip and NAME's
//     Content-Type. Either way the response carries Vary: Accept-Encoding.
//   - Cache-Control: no-cache on everything (index.html must be revalidated
//     so a rebuilt page is picked up; the other file names are not content
//     hashed, so they are revalidated too, which costs a 304).
//
// dir is opened on every request, so it may be deleted and rebuilt while
// the server runs.
func newHandler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")

		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
			return
		}

		name, status := requestedFile(r)
		if status != http.StatusOK {
			http.Error(w, strconv.Itoa(status)+" "+strings.ToLower(http.StatusText(status)), status)
			return
		}

		root, err := os.OpenRoot(dir)
		if err != nil {
			http.Error(w, "500 web root unavailable", http.StatusInternalServerError)
			return
		}
		defer root.Close()

		f, fi, err := openRegular(root, name)
		if err != nil {
			// Missing, a directory, unreadable, or leading out of dir
			// through a symlink (refused by os.Root): all the same here.
			http.Error(w, "404 page not found", http.StatusNotFound)
			return
		}
		defer f.Close()

		h.Set("Content-Type", contentType(name))
		h.Set("Cache-Control", "no-cache")

		body, modTime := f, fi.ModTime()
		if !strings.HasSuffix(name, ".gz") {
			if gz, gzi, err := openRegular(root, name+".gz"); err == nil {
				defer gz.Close()
				h.Add("Vary", "Accept-Encoding")
				if acceptsGzip(r.Header.Values("Accept-Encoding")) && !gzi.ModTime().Before(fi.ModTime()) {
					h.Set("Content-Encoding", "gzip")
					body, modTime = gz, gzi.ModTime()
					// ServeContent leaves Content-Length out once an
					// encoding is set; for a whole-body response it is
					// simply the .gz size.
					if r.Header.Get("Range") == "" {
						h.Set("Content-Length", strconv.FormatInt(gzi.Size(), 10))
					}
				}
			}
		}
		// ServeContent handles HEAD, Range and If-Modified-Since, and,
		// unlike http.FileServer, neither lists directories nor redirects
		// /index.html.
		http.ServeContent(w, r, name, modTime, body)
	})
}

// requestedFile maps the request path to a file name relative to the web
// root, or returns a 400 or 404 status.
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
	for _, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", http.StatusNotFound
		}
	}
	if !fs.ValidPath(name) {
		return "", http.StatusBadRequest
	}
	return name, http.StatusOK
}

var errNotRegular = errors.New("not a regular file")

// openRegular opens name under root if it is a regular file.
func openRegular(root *os.Root, name string) (*os.File, os.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, errNotRegular
	}
	return f, fi, nil
}

// acceptsGzip reports whether Accept-Encoding header values allow gzip:
// "gzip" (or "x-gzip") with a non-zero quality, or "*" with a non-zero
// quality when gzip is not listed on its own.
func acceptsGzip(values []string) bool {
	gzipQ, starQ := -1.0, -1.0
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(item, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			q := 1.0
			for _, param := range strings.Split(params, ";") {
				k, val, ok := strings.Cut(strings.TrimSpace(param), "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
					f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
					if err != nil {
						f = 0
					}
					q = f
				}
			}
			switch coding {
			case "gzip", "x-gzip":
				gzipQ = max(gzipQ, q)
			case "*":
				starQ = max(starQ, q)
			}
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}
