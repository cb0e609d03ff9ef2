package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions worth precompressing. PNGs are
// compressed already.
func compressible(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".js", ".css", ".svg", ".wasm", ".webmanifest", ".json", ".ttf":
		return true
	}
	return false
}

// compressJob makes path.gz and path.br from data.
type compressJob struct {
	path   string
	data   []byte
	report int
}

// brotliOptions: the best quality, and a 16 MiB window so the whole wasm
// is one window. Slow (tens of seconds for the wasm) but done once per
// release: the files are kept while their hash is unchanged.
var brotliOptions = brotli.WriterOptions{Quality: 11, LGWin: 24}

// compressAll runs the queued jobs, a few at a time, and fills in the
// report's compressed sizes.
func (r *release) compressAll() error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	sem := make(chan struct{}, runtime.NumCPU())
	for _, j := range r.jobs {
		for _, c := range []struct {
			ext  string
			make func([]byte) ([]byte, error)
		}{{".gz", gzipBytes}, {".br", brotliBytes}} {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				n, err := ensureCompressed(j.path, c.ext, j.data, c.make)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
					return
				}
				if c.ext == ".gz" {
					r.report[j.report].gz = n
				} else {
					r.report[j.report].br = n
				}
			})
		}
	}
	wg.Wait()
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// ensureCompressed writes path+ext unless an up-to-date one exists (not
// older than path, which the server also requires), and returns its size.
func ensureCompressed(path, ext string, data []byte, compress func([]byte) ([]byte, error)) (int, error) {
	if fresh, size := upToDate(path, path+ext); fresh {
		return size, nil
	}
	out, err := compress(data)
	if err != nil {
		return 0, err
	}
	if err := writeAtomic(path+ext, out); err != nil {
		return 0, err
	}
	return len(out), nil
}

// upToDate reports whether derived exists and is not older than src.
func upToDate(src, derived string) (bool, int) {
	si, err := os.Stat(src)
	if err != nil {
		return false, 0
	}
	di, err := os.Stat(derived)
	if err != nil || di.ModTime().Before(si.ModTime()) {
		return false, 0
	}
	return true, int(di.Size())
}

// gzipBytes compresses at the best level with an empty header (no name,
// no time), so the same input gives the same bytes.
func gzipBytes(data []byte) ([]byte, error) {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func brotliBytes(data []byte) ([]byte, error) {
	var b bytes.Buffer
	zw := brotli.NewWriterOptions(&b, brotliOptions)
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
