package web

import (
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/server"
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
	for _, blocks := range []string{"user-scalable", "maximum-scale", "minimum-scale"} {
		assert.NotContains(t, vp.attrs["content"], blocks, "pinch-zoom is not blocked")
	}
	css, err := os.ReadFile("style.css")
	require.NoError(t, err)
	assert.NotRegexp(t, `touch-action:\s*(none|pan-x|pan-y)\s*;`, string(css), "the page's touch-action keeps pinch-zoom")

	theme := metaNamed(all, "theme-color")
	require.NotNil(t, theme)
	assert.Equal(t, "#1e2433", theme.attrs["content"], "the app's background, as in the manifest")

	titles := find(all, "title", nil)
	require.Len(t, titles, 1)
	assert.Equal(t, "factdeck", strings.TrimSpace(titles[0].text))

	// web/build fills these in.
	for name, placeholder := range map[string]string{
		"factdeck-wasm":          "__FACTDECK_WASM__",
		"factdeck-wasm-size":     "__FACTDECK_WASM_SIZE__",
		"factdeck-font-fallback": "__FACTDECK_FONT_FALLBACK__",
	} {
		m := metaNamed(all, name)
		require.NotNil(t, m, name)
		assert.Equal(t, placeholder, m.attrs["content"], name)
	}

	// Go's runtime first, then the loader, which needs the Go class.
	var srcs []string
	for _, s := range find(all, "script", nil) {
		srcs = append(srcs, s.attrs["src"])
		assert.Empty(t, strings.TrimSpace(s.text), "inline script breaks a CSP without 'unsafe-inline'")
	}
	assert.Equal(t, []string{"wasm_exec.js", "loader.js"}, srcs)

	links := map[string]string{}
	for _, l := range find(all, "link", nil) {
		links[l.attrs["rel"]] = l.attrs["href"]
	}
	assert.Equal(t, map[string]string{
		"manifest":         "manifest.webmanifest",
		"icon":             "favicon.svg",
		"apple-touch-icon": "icon-192.png",
		"stylesheet":       "style.css",
		"preload":          "factdeck.wasm",
	}, links)
	// loader.js fetches with credentials "same-origin", which is what
	// crossorigin="anonymous" preloads: otherwise the preload is wasted.
	preload := find(all, "link", func(e *element) bool { return e.attrs["rel"] == "preload" })
	assert.Equal(t, "fetch", preload[0].attrs["as"])
	assert.Equal(t, "anonymous", preload[0].attrs["crossorigin"])

	assert.Empty(t, find(all, "style", nil), "inline <style> breaks a CSP without 'unsafe-inline'")
	for _, e := range all {
		for k := range e.attrs {
			assert.NotEqual(t, "style", k, "style attribute on <%s> breaks a CSP without 'unsafe-inline'", e.name)
			assert.False(t, strings.HasPrefix(k, "on"), "inline handler %s on <%s>", k, e.name)
		}
	}
}

// The app mirrors its screen into #fd-live for screen readers
// (cmd/factdeck/bridge_js.go): a polite live region, drawn nowhere.
func TestLiveRegion(t *testing.T) {
	live := find(parseHTML(t, "index.html"), "div", func(e *element) bool { return e.attrs["id"] == "fd-live" })
	require.Len(t, live, 1)
	assert.Equal(t, "polite", live[0].attrs["aria-live"])
	assert.Equal(t, "visually-hidden", live[0].attrs["class"])

	css, err := os.ReadFile("style.css")
	require.NoError(t, err)
	assert.Contains(t, string(css), ".visually-hidden {")

	bridge, err := os.ReadFile(filepath.Join("..", "cmd", "factdeck", "bridge_js.go"))
	require.NoError(t, err)
	assert.Contains(t, string(bridge), `"fd-live"`)
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
		if m[1] == "ebitengine-textinput" {
			continue // Ebitengine's own element
		}
		assert.True(t, ids[m[1]], "loader.js uses #%s, missing from index.html", m[1])
	}
	for _, name := range []string{"factdeck-wasm", "factdeck-wasm-size"} {
		assert.Contains(t, string(js), `meta("`+name+`")`)
	}
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

// The page files build.sh hands to web/build are those index.html uses,
// or made by web/build (the manifest and its icons).
func TestPageFilesExist(t *testing.T) {
	generated := map[string]bool{"manifest.webmanifest": true, "icon-192.png": true, "wasm_exec.js": true, "factdeck.wasm": true}
	for _, e := range parseHTML(t, "index.html") {
		ref := e.attrs["src"] + e.attrs["href"]
		if (e.name != "script" && e.name != "link") || generated[ref] {
			continue
		}
		_, err := os.Stat(ref)
		assert.NoError(t, err, "index.html references %s", ref)
	}
	for _, f := range []string{"sw.js", "favicon.svg"} {
		_, err := os.Stat(f)
		assert.NoError(t, err)
	}
}

func TestBuildScript(t *testing.T) {
	sh, err := os.ReadFile("build.sh")
	require.NoError(t, err)
	script := string(sh)
	assert.Contains(t, script, `GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w"`)
	assert.Contains(t, script, "./web/build")
	assert.Contains(t, script, "lib/wasm/wasm_exec.js")
	assert.Contains(t, script, "-font-fallback assets/fonts/BIZUDPGothic-Fallback.subset.ttf")
}

// sw.js recognises hashed names exactly as the server does.
func TestServiceWorkerMatchesServer(t *testing.T) {
	sw, err := os.ReadFile("sw.js")
	require.NoError(t, err)
	for _, ph := range []string{"__FACTDECK_VERSION__", "__FACTDECK_PRECACHE__", "__FACTDECK_LAZY__"} {
		assert.Contains(t, string(sw), ph)
	}
	m := regexp.MustCompile(`var HASHED = /(.+)/;`).FindSubmatch(sw)
	require.NotNil(t, m, "sw.js: var HASHED = /.../;")
	re, err := regexp.Compile(strings.ReplaceAll(string(m[1]), `\/`, `/`))
	require.NoError(t, err)
	for _, name := range []string{"factdeck.0123456789ab.wasm", "loader.abcdef012345.js", "sw.js", "index.html", "a.0123456789a.js", "x.0123456789AB.js"} {
		assert.Equal(t, server.IsHashed(name), re.MatchString(name), name)
	}
}

// loader.js stands in for the one script Ebitengine's text input runs
// through eval (see shimEbitengineTextInput): it must still recognise
// that script in the Ebitengine version go.mod pins.
func TestTextInputShimMatchesEbitengine(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/hajimehoshi/ebiten/v2").Output()
	require.NoError(t, err)
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "exp", "textinput", "textinput_js.go"))
	require.NoError(t, err)
	script := regexp.MustCompile("(?s)js.Global\\(\\).Call\\(\"eval\", `(.*?)`\\)").FindSubmatch(src)
	require.NotNil(t, script, "Ebitengine's text input no longer calls eval: drop the shim from loader.js")

	js, err := os.ReadFile("loader.js")
	require.NoError(t, err)
	markers := regexp.MustCompile(`var TEXTINPUT_MARKERS = \["([^"]+)", '([^']+)'\];`).FindSubmatch(js)
	require.NotNil(t, markers)
	for _, m := range markers[1:] {
		assert.Contains(t, string(script[1]), string(m))
	}
	// The listeners the stand-in installs are the script's.
	for _, event := range []string{"mouseup", "touchend", "keyup"} {
		assert.Contains(t, string(script[1]), `body.addEventListener("`+event+`", handler);`)
		assert.Contains(t, string(js), `body.addEventListener("`+event+`", handler);`)
	}
}
