package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/server"
)

// fakeRelease builds a release from the real page files with a stand-in
// program and font, so the test needs no wasm build.
func fakeRelease(t *testing.T, out string) options {
	t.Helper()
	src := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(src, name)
		require.NoError(t, os.WriteFile(path, data, 0o644))
		return path
	}
	o := options{
		out:          out,
		page:         "..",
		wasm:         write("program.wasm", bytes.Repeat([]byte("\x00asm\x01\x00\x00\x00 factdeck "), 2000)),
		wasmName:     "factdeck.wasm",
		wasmExec:     write("wasm_exec.js", []byte("// Go's wasm_exec.js\n")),
		fontFallback: write("fallback.ttf", bytes.Repeat([]byte("glyf"), 1000)),
		exportWasm:   write("quizexport.wasm", bytes.Repeat([]byte("\x00asm\x01\x00\x00\x00 export "), 500)),
	}
	_, err := build(o)
	require.NoError(t, err)
	return o
}

func TestReleaseLayout(t *testing.T) {
	out := t.TempDir()
	fakeRelease(t, out)
	names := dirNames(t, out)

	for _, fixed := range []string{"index.html", "sw.js"} {
		assert.Contains(t, names, fixed)
	}
	hashed := 0
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimSuffix(n, ".gz"), ".br")
		if server.IsHashed(base) {
			hashed++
		} else {
			assert.Contains(t, []string{"index.html", "sw.js"}, base, "only the entry points keep their names")
		}
	}
	assert.Positive(t, hashed)

	page := readFile(t, out, "index.html")
	// Every reference of the page is a hashed file of the release.
	refs := regexp.MustCompile(`\b(?:src|href|content)="([^"]+\.[a-z]+)"`).FindAllStringSubmatch(page, -1)
	require.NotEmpty(t, refs)
	for _, m := range refs {
		if strings.Contains(m[1], "=") || strings.Contains(m[1], " ") || !strings.Contains(m[1], ".") {
			continue // viewport and other meta contents
		}
		assert.True(t, server.IsHashed(m[1]), "index.html refers to %s", m[1])
		assert.FileExists(t, filepath.Join(out, m[1]))
	}
	assert.NotContains(t, page, "__FACTDECK_")
	assert.Regexp(t, `<meta name="factdeck-wasm-size" content="36000" />`, page)
	assert.Regexp(t, `<meta name="factdeck-font-fallback" content="fallback\.[0-9a-f]{12}\.ttf" />`, page)
	assert.Regexp(t, `<meta name="factdeck-export" content="quizexport\.[0-9a-f]{12}\.wasm" />`, page)
}

func TestCompressedSiblings(t *testing.T) {
	out := t.TempDir()
	fakeRelease(t, out)
	for _, n := range dirNames(t, out) {
		if strings.HasSuffix(n, ".gz") || strings.HasSuffix(n, ".br") {
			continue
		}
		orig := readFile(t, out, n)
		if !compressible(n) {
			assert.NoFileExists(t, filepath.Join(out, n+".gz"), n)
			continue
		}
		gz, err := gzip.NewReader(strings.NewReader(readFile(t, out, n+".gz")))
		require.NoError(t, err, n)
		plain, err := io.ReadAll(gz)
		require.NoError(t, err, n)
		assert.Equal(t, orig, string(plain), n)
		plain, err = io.ReadAll(brotli.NewReader(strings.NewReader(readFile(t, out, n+".br"))))
		require.NoError(t, err, n)
		assert.Equal(t, orig, string(plain), n)
	}
}

func TestServiceWorkerLists(t *testing.T) {
	out := t.TempDir()
	fakeRelease(t, out)
	sw := readFile(t, out, "sw.js")
	pre := regexp.MustCompile(`var PRECACHE = (\[.*\]);`).FindStringSubmatch(sw)
	require.NotNil(t, pre)
	assert.Contains(t, pre[1], `"./"`)
	for _, name := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(pre[1], -1) {
		if name[1] != "./" {
			assert.FileExists(t, filepath.Join(out, name[1]), "precached")
		}
	}
	assert.NotContains(t, pre[1], "fallback.", "the fallback font is fetched only when a deck needs it")
	assert.NotContains(t, pre[1], "quizexport.", "the export module is fetched only for an export")
	assert.Regexp(t, `var LAZY = \["fallback\.[0-9a-f]{12}\.ttf","quizexport\.[0-9a-f]{12}\.wasm"\];`, sw)
	assert.Regexp(t, `var VERSION = "[0-9a-f]{12}";`, sw)
}

// A rebuild with nothing changed rewrites nothing (the server's
// Last-Modified stays); a changed program replaces the old one.
func TestRebuild(t *testing.T) {
	out := t.TempDir()
	o := fakeRelease(t, out)
	before := modTimes(t, out)
	time.Sleep(20 * time.Millisecond)
	_, err := build(o)
	require.NoError(t, err)
	assert.Equal(t, before, modTimes(t, out))

	oldWasm := matching(t, out, `^factdeck\.[0-9a-f]{12}\.wasm$`)
	require.NoError(t, os.WriteFile(filepath.Join(out, "class.json"), []byte("{}"), 0o644))
	require.NoError(t, os.WriteFile(o.wasm, []byte("\x00asm\x01\x00\x00\x00 a new release"), 0o644))
	_, err = build(o)
	require.NoError(t, err)
	newWasm := matching(t, out, `^factdeck\.[0-9a-f]{12}\.wasm$`)
	assert.NotEqual(t, oldWasm, newWasm)
	assert.NoFileExists(t, filepath.Join(out, oldWasm))
	assert.NoFileExists(t, filepath.Join(out, oldWasm+".br"))
	assert.Contains(t, readFile(t, out, "index.html"), newWasm)
	assert.FileExists(t, filepath.Join(out, "class.json"), "a teacher's deck file stays")
}

func TestHashedName(t *testing.T) {
	a := hashedName("loader.js", []byte("a"))
	assert.Regexp(t, `^loader\.[0-9a-f]{12}\.js$`, a)
	assert.True(t, server.IsHashed(a))
	assert.Equal(t, a, hashedName("loader.js", []byte("a")))
	assert.NotEqual(t, a, hashedName("loader.js", []byte("b")))
}

func TestIndexHTMLRejectsUnknownReference(t *testing.T) {
	r := &release{names: map[string]string{"loader.js": "loader.0123456789ab.js"}}
	_, err := indexHTML([]byte(`<script src="loader.js"></script><link href="other.css">`), r, "x.wasm", 1, page{})
	assert.ErrorContains(t, err, "other.css")
	page, err := indexHTML([]byte(`<script src="loader.js"></script>`), r, "x.wasm", 1, page{})
	require.NoError(t, err)
	assert.Equal(t, `<script src="loader.0123456789ab.js"></script>`, string(page))
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return string(b)
}

func modTimes(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	out := map[string]time.Time{}
	for _, n := range dirNames(t, dir) {
		fi, err := os.Stat(filepath.Join(dir, n))
		require.NoError(t, err)
		out[n] = fi.ModTime()
	}
	return out
}

func matching(t *testing.T, dir, pattern string) string {
	t.Helper()
	re := regexp.MustCompile(pattern)
	for _, n := range dirNames(t, dir) {
		if re.MatchString(n) {
			return n
		}
	}
	t.Fatalf("no file matches %s", pattern)
	return ""
}
