package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Placeholders in web/index.html and web/sw.js, filled in here.
const (
	phWasm         = "__FACTDECK_WASM__"
	phWasmSize     = "__FACTDECK_WASM_SIZE__"
	phFontFallback = "__FACTDECK_FONT_FALLBACK__"
	phExport       = "__FACTDECK_EXPORT__"
	phVersion      = "__FACTDECK_VERSION__"
	phPrecache     = "__FACTDECK_PRECACHE__"
	phLazy         = "__FACTDECK_LAZY__"
)

// pageRef matches a src or href attribute of index.html.
var pageRef = regexp.MustCompile(`\b(src|href)="([^"]*)"`)

// page names the files the app fetches only when it needs them: the
// fallback font and the export module, "" for one the release lacks.
type page struct{ fallback, exporter string }

// indexHTML fills in the page: the wasm's release name and raw size, the
// release names of the files the app fetches later, and every src and
// href turned into its release name. A reference to a file that is not
// part of the release is an error, so the page cannot ship broken.
func indexHTML(src []byte, r *release, wasm string, wasmSize int, lazy page) ([]byte, error) {
	out := bytes.ReplaceAll(src, []byte(phWasm), []byte(wasm))
	out = bytes.ReplaceAll(out, []byte(phWasmSize), []byte(strconv.Itoa(wasmSize)))
	out = bytes.ReplaceAll(out, []byte(phFontFallback), []byte(lazy.fallback))
	out = bytes.ReplaceAll(out, []byte(phExport), []byte(lazy.exporter))
	var err error
	out = pageRef.ReplaceAllFunc(out, func(m []byte) []byte {
		sub := pageRef.FindSubmatch(m)
		name, e := r.hashedRef(string(sub[2]))
		if e != nil {
			err = fmt.Errorf("index.html: %s=%q: %w", sub[1], sub[2], e)
			return m
		}
		return []byte(fmt.Sprintf(`%s="%s"`, sub[1], name))
	})
	if err != nil {
		return nil, err
	}
	if i := bytes.Index(out, []byte("__FACTDECK_")); i >= 0 {
		return nil, fmt.Errorf("index.html: unknown placeholder at byte %d", i)
	}
	return out, nil
}

// serviceWorker fills in sw.js: what to fetch on install, what to keep when
// fetched later, and a version that changes with either list. A new
// version is a new sw.js, which the browser installs in the background.
func serviceWorker(src []byte, precache, lazy []string) ([]byte, error) {
	pre, err := json.Marshal(precache)
	if err != nil {
		return nil, err
	}
	lz, err := json.Marshal(lazy)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(append(append(pre, 0), lz...))
	out := strings.NewReplacer(
		phVersion, hex.EncodeToString(sum[:])[:hashLen],
		phPrecache, string(pre),
		phLazy, string(lz),
	).Replace(string(src))
	if strings.Contains(out, "__FACTDECK_") {
		return nil, fmt.Errorf("sw.js: unknown placeholder")
	}
	return []byte(out), nil
}
