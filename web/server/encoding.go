package server

import (
	"net/http"
	"os"
	"strconv"
	"strings"
)

// codings are the precompressed siblings web/build.sh writes, best first:
// brotli is about a quarter smaller than gzip on the wasm.
var codings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

type encodedFile struct {
	coding string
	file   *os.File
	info   os.FileInfo
}

// pickEncoding opens the precompressed sibling of name to send instead of
// it: among the siblings that exist and are not older than name (an older
// one is left over from an earlier build), the one the client accepts with
// the highest quality, brotli on a tie. Whenever a sibling exists the
// response varies by Accept-Encoding, and h says so.
func pickEncoding(root *os.Root, name string, fi os.FileInfo, accept []string, h http.Header) (encodedFile, bool) {
	if strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
		return encodedFile{}, false
	}
	var best encodedFile
	bestQ := 0.0
	varies := false
	for _, c := range codings {
		f, info, err := openRegular(root, name+c.ext)
		if err != nil {
			continue
		}
		varies = true
		q := acceptedQuality(accept, c.name)
		if q <= bestQ || info.ModTime().Before(fi.ModTime()) {
			f.Close()
			continue
		}
		if best.file != nil {
			best.file.Close()
		}
		best, bestQ = encodedFile{coding: c.name, file: f, info: info}, q
	}
	if varies {
		h.Add("Vary", "Accept-Encoding")
	}
	return best, best.file != nil
}

// acceptedQuality returns the quality (0 to 1) that Accept-Encoding header
// values give coding: its own q, or that of "*" when it is not listed, or
// 0. "x-gzip" counts as "gzip"; a malformed q counts as 0.
func acceptedQuality(values []string, coding string) float64 {
	own, star := -1.0, -1.0
	for _, v := range values {
		for item := range strings.SplitSeq(v, ",") {
			name, params, _ := strings.Cut(item, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "x-gzip" {
				name = "gzip"
			}
			q := quality(params)
			switch name {
			case coding:
				own = max(own, q)
			case "*":
				star = max(star, q)
			}
		}
	}
	switch {
	case own >= 0:
		return own
	case star >= 0:
		return star
	}
	return 0
}

// quality reads q= from the parameters of one Accept-Encoding item.
func quality(params string) float64 {
	q := 1.0
	for param := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(param), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || f < 0 || f > 1 {
				f = 0
			}
			q = f
		}
	}
	return q
}
