package server

import (
	"errors"
	"net/http"
	"os"
	"strconv"
	"strings"
)

// Handler serves the files of dir (web/dist):
//
//   - GET and HEAD only; "/" serves index.html.
//   - No directory listings, no dot files, nothing outside dir (see
//     requestedFile and os.Root).
//   - Precompressed siblings: NAME.br or NAME.gz is sent in place of NAME
//     when the client accepts that coding and the sibling is not older
//     than NAME (see pickEncoding).
//   - Headers: Content-Type by extension, Cache-Control by whether the
//     name carries a content hash, and the same security headers on every
//     response (see setCommonHeaders).
//
// dir is opened on every request, so it may be rebuilt while serving.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setCommonHeaders(w.Header())
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			httpError(w, http.StatusMethodNotAllowed)
			return
		}
		name, status := requestedFile(r)
		if status != http.StatusOK {
			httpError(w, status)
			return
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			httpError(w, http.StatusInternalServerError)
			return
		}
		defer root.Close()
		serveFile(w, r, root, name)
	})
}

// serveFile sends name, or its best precompressed sibling.
func serveFile(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	f, fi, err := openRegular(root, name)
	if err != nil {
		// Missing, a directory, unreadable, or leading out of the root
		// through a symlink (refused by os.Root): all the same here.
		httpError(w, http.StatusNotFound)
		return
	}
	defer f.Close()

	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", cacheControl(name))

	body, modTime := f, fi.ModTime()
	if enc, ok := pickEncoding(root, name, fi, r.Header.Values("Accept-Encoding"), h); ok {
		defer enc.file.Close()
		h.Set("Content-Encoding", enc.coding)
		body, modTime = enc.file, enc.info.ModTime()
		// ServeContent leaves Content-Length out once an encoding is set;
		// for a whole body it is simply the sibling's size, and loader.js
		// needs it for the progress bar.
		if r.Header.Get("Range") == "" {
			h.Set("Content-Length", strconv.FormatInt(enc.info.Size(), 10))
		}
	}
	// ServeContent handles HEAD, Range and If-Modified-Since, and, unlike
	// http.FileServer, neither lists directories nor redirects /index.html.
	http.ServeContent(w, r, name, modTime, body)
}

func httpError(w http.ResponseWriter, status int) {
	http.Error(w, strconv.Itoa(status)+" "+strings.ToLower(http.StatusText(status)), status)
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
