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
	fallback, err := addLazy(r, o.fontFallback, "fallback.ttf")
	if err != nil {
		return nil, err
	}
	exporter, err := addLazy(r, o.exportWasm, "quizexport.wasm")
	if err != nil {
		return nil, err
	}
	if err := addEntryPoints(r, o, wasmName, len(wasm), page{fallback: fallback, exporter: exporter}); err != nil {
		return nil, err
	}
	if err := r.compressAll(); err != nil {
		return nil, err
	}
	return r, r.prune()
}

// addLazy adds the file at path, if any, under name: not precached, since
// the app fetches it only when it needs it, and kept by the service worker
// from then on. It returns the release name, "" for no file.
func addLazy(r *release, path, name string) (string, error) {
	if path == "" {
		return "", nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	hashed, err := r.addHashed(name, data)
	if err != nil {
		return "", err
	}
	r.lazy = append(r.lazy, hashed)
	return hashed, nil
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
func addEntryPoints(r *release, o options, wasm string, wasmSize int, lazy page) error {
	src, err := os.ReadFile(filepath.Join(o.page, "index.html"))
	if err != nil {
		return err
	}
	index, err := indexHTML(src, r, wasm, wasmSize, lazy)
	if err != nil {
		return err
	}
	if err := r.addFixed("index.html", index); err != nil {
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
