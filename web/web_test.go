package web

import (
	"encoding/xml"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// element is one start tag of index.html, with its text content when it is
// a leaf (title, script).
type element struct {
	name  string
	attrs map[string]string
	text  string
}

// parseHTML reads an HTML file written as well-formed XHTML-compatible
// markup (which index.html is kept as) with encoding/xml in its lenient
// HTML mode, so the test needs no HTML parser module.
func parseHTML(t *testing.T, path string) []*element {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()

	d := xml.NewDecoder(f)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity

	var (
		all   []*element
		stack []*element
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "parsing %s", path)
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: strings.ToLower(tok.Name.Local), attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[strings.ToLower(a.Name.Local)] = a.Value
			}
			all = append(all, e)
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	return all
}

func find(all []*element, name string, match func(*element) bool) []*element {
	var out []*element
	for _, e := range all {
		if e.name == name && (match == nil || match(e)) {
			out = append(out, e)
		}
	}
	return out
}

func metaNamed(all []*element, name string) *element {
	ms := find(all, "meta", func(e *element) bool { return e.attrs["name"] == name })
	if len(ms) != 1 {
		return nil
	}
	return ms[0]
}

func TestIndexHTML(t *testing.T) {
	all := parseHTML(t, "index.html")

	htmls := find(all, "html", nil)
	require.Len(t, htmls, 1)
	assert.Equal(t, "ja", htmls[0].attrs["lang"])

	charset := find(all, "meta", func(e *element) bool { _, ok := e.attrs["charset"]; return ok })
	require.Len(t, charset, 1)
	assert.Equal(t, "utf-8", strings.ToLower(charset[0].attrs["charset"]))

	vp := metaNamed(all, "viewport")
	require.NotNil(t, vp, "viewport meta")
	assert.Contains(t, vp.attrs["content"], "width=device-width")
	assert.Contains(t, vp.attrs["content"], "initial-scale=1")

	titles := find(all, "title", nil)
	require.Len(t, titles, 1)
	assert.Equal(t, "factdeck", strings.TrimSpace(titles[0].text))

	// web/build.sh replaces this placeholder with the raw wasm size.
	hint := metaNamed(all, "factdeck-wasm-size")
	require.NotNil(t, hint, "size hint meta")
	assert.Equal(t, "__FACTDECK_WASM_SIZE__", hint.attrs["content"])

	// Go's runtime first, then the loader, which needs the Go class.
	var srcs []string
	for _, s := range find(all, "script", nil) {
		srcs = append(srcs, s.attrs["src"])
		assert.Empty(t, strings.TrimSpace(s.text), "inline script breaks a CSP without 'unsafe-inline'")
	}
	assert.Equal(t, []string{"wasm_exec.js", "loader.js"}, srcs)

	sheets := find(all, "link", func(e *element) bool { return e.attrs["rel"] == "stylesheet" })
	require.Len(t, sheets, 1)
	assert.Equal(t, "style.css", sheets[0].attrs["href"])

	assert.Empty(t, find(all, "style", nil), "inline <style> breaks a CSP without 'unsafe-inline'")
	for _, e := range all {
		for k := range e.attrs {
			assert.NotEqual(t, "style", k, "style attribute on <%s> breaks a CSP without 'unsafe-inline'", e.name)
			assert.False(t, strings.HasPrefix(k, "on"), "inline handler %s on <%s>", k, e.name)
		}
	}
}

// Every element loader.js looks up must exist in index.html.
func TestLoaderElementsExist(t *testing.T) {
	ids := map[string]bool{}
	for _, e := range parseHTML(t, "index.html") {
		if id := e.attrs["id"]; id != "" {
			assert.False(t, ids[id], "duplicate id %q", id)
			ids[id] = true
		}
	}
	js, err := os.ReadFile("loader.js")
	require.NoError(t, err)
	used := regexp.MustCompile(`getElementById\("([^"]+)"\)`).FindAllStringSubmatch(string(js), -1)
	require.NotEmpty(t, used)
	for _, m := range used {
		assert.True(t, ids[m[1]], "loader.js uses #%s, missing from index.html", m[1])
	}
	assert.Contains(t, string(js), `"factdeck.wasm"`)
	assert.Contains(t, string(js), `meta[name="factdeck-wasm-size"]`)
}

// loader.js is kept to ES5 so that a browser too old for WebAssembly can
// still parse it and show the "not supported" message.
func TestLoaderIsES5(t *testing.T) {
	js, err := os.ReadFile("loader.js")
	require.NoError(t, err)
	code := regexp.MustCompile(`(?m)//.*$`).ReplaceAllString(string(js), "")
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`=>`),
		regexp.MustCompile("`"),
		regexp.MustCompile(`\b(let|const|class)\s`),
		regexp.MustCompile(`\b(async|await)\b`),
		regexp.MustCompile(`\?\?|\?\.`),
	} {
		assert.NotRegexp(t, bad, code)
	}
}

// Every file the page loads is either produced by build.sh or copied by it.
func TestBuildCopiesPageFiles(t *testing.T) {
	sh, err := os.ReadFile("build.sh")
	require.NoError(t, err)
	script := string(sh)
	assert.Contains(t, script, "__FACTDECK_WASM_SIZE__")
	assert.Contains(t, script, "gzip -9 -n")

	var refs []string
	for _, e := range parseHTML(t, "index.html") {
		switch e.name {
		case "script":
			refs = append(refs, e.attrs["src"])
		case "link":
			refs = append(refs, e.attrs["href"])
		}
	}
	for _, ref := range refs {
		if ref == "wasm_exec.js" {
			assert.Contains(t, script, "lib/wasm/wasm_exec.js")
			continue
		}
		_, err := os.Stat(ref)
		assert.NoError(t, err, "index.html references %s", ref)
		assert.Contains(t, script, "web/"+ref, "build.sh must copy %s", ref)
	}
}
