package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// pageFiles are copied from the page directory under hashed names, in the
// order the page loads them.
var pageFiles = []string{"wasm_exec.js", "loader.js", "style.css", "favicon.svg"}

// build writes the whole release into o.out.
func build(o options) (*release, error) {
	r, err := newRelease(o.out)
	if err != nil {
		return nil, err
	}
	wasm, err := os.ReadFile(o.wasm)
	if err != nil {
		return nil, err
	}
	wasmName, err := r.addHashed(o.wasmName, wasm)
	if err != nil {
		return nil, err
	}
	r.precache = append(r.precache, wasmName)
	if err := addPageFiles(r, o); err != nil {
		return nil, err
	}
	if err := addManifest(r); err != nil {
		return nil, err
	}
	fallback := ""
	if o.fontFallback != "" {
		data, err := os.ReadFile(o.fontFallback)
		if err != nil {
			return nil, err
		}
		// Not precached: the app fetches it only for a deck that needs it,
		// and the service worker keeps it from then on.
		if fallback, err = r.addHashed("fallback.ttf", data); err != nil {
			return nil, err
		}
		r.lazy = append(r.lazy, fallback)
	}
	if err := addEntryPoints(r, o, wasmName, len(wasm), fallback); err != nil {
		return nil, err
	}
	if err := r.compressAll(); err != nil {
		return nil, err
	}
	return r, r.prune()
}

// addPageFiles adds wasm_exec.js (from the toolchain) and the page's own
// files.
func addPageFiles(r *release, o options) error {
	for _, name := range pageFiles {
		src := filepath.Join(o.page, name)
		if name == "wasm_exec.js" {
			src = o.wasmExec
		}
		data, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		hashed, err := r.addHashed(name, data)
		if err != nil {
			return err
		}
		r.precache = append(r.precache, hashed)
	}
	return nil
}

// addManifest draws the icons and writes the manifest that lists them.
func addManifest(r *release) error {
	icons := map[int]string{}
	for _, size := range iconSizes {
		data, err := iconPNG(size)
		if err != nil {
			return err
		}
		name, err := r.addHashed(fmt.Sprintf("icon-%d.png", size), data)
		if err != nil {
			return err
		}
		icons[size] = name
		r.precache = append(r.precache, name)
	}
	data, err := appManifest(icons)
	if err != nil {
		return err
	}
	name, err := r.addHashed("manifest.webmanifest", data)
	if err != nil {
		return err
	}
	r.precache = append(r.precache, name)
	return nil
}

// addEntryPoints writes index.html and sw.js, the two files that keep
// their names and point at the hashed ones.
func addEntryPoints(r *release, o options, wasm string, wasmSize int, fallback string) error {
	src, err := os.ReadFile(filepath.Join(o.page, "index.html"))
	if err != nil {
		return err
	}
	page, err := indexHTML(src, r, wasm, wasmSize, fallback)
	if err != nil {
		return err
	}
	if err := r.addFixed("index.html", page); err != nil {
		return err
	}
	// "./" is the page itself, as navigations ask for it.
	r.precache = append(r.precache, "./")
	src, err = os.ReadFile(filepath.Join(o.page, "sw.js"))
	if err != nil {
		return err
	}
	sw, err := serviceWorker(src, r.sortedPrecache(), r.lazy)
	if err != nil {
		return err
	}
	return r.addFixed("sw.js", sw)
}
