package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game/locale"
)

// wasmBudget is what the app's WebAssembly memory may grow to: a phone's
// tab must afford it (cmd/factdeck sets the Go heap's soft limit to it).
const wasmBudget = 64 << 20

// The links of cards/deck/testdata: 228 and 424 characters that expand to
// decks of 36 and 158 kB whose annotation has thousands of bad breaks. The
// validator once repeated the annotation's text for each, and the 424-
// character link took the tab past 4 GB until it died. A third link
// expands as far as links may, into what takes most memory per byte. Now the app refuses
// the link and opens the built-in deck within a second of starting, its
// first frame says what is wrong, it keeps to its memory, and it still
// answers keys.
func TestHostileLinks(t *testing.T) {
	good := goodLink(t)
	links := map[string]string{}
	for _, file := range []string{"breaks-228.link", "breaks-424.link"} {
		payload, err := os.ReadFile(filepath.Join("..", "..", "cards", "deck", "testdata", file))
		require.NoError(t, err)
		links[file] = strings.TrimSpace(string(payload))
	}
	// The most a link may expand to, all in one card's choices: empty
	// strings, each 3 bytes of JSON and 16 of memory.
	choices := strings.TrimSuffix(strings.Repeat(`"",`, (deck.MaxLinkDeckSize-100)/3), ",")
	links["512 kB of choices"] = gzipBase64URL(t, []byte(`{"cards":[{"id":"c","type":"mcq","choices":[`+choices+`]}]}`))
	for file, payload := range links {
		t.Run(file, func(t *testing.T) {
			opened := openTime(t, good)
			a := openApp(t, "/#deck="+payload)
			st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
			assert.True(t, strings.HasPrefix(st.Text, locale.DeckLinkFailed+locale.ReasonLinkNotDeck+locale.BuiltinInstead), st.Text)

			// The notice is set before the game's loop starts, so the first
			// frame shows it. Refusing the link is what happens between
			// these marks (with decoding the built-in deck, 40 ms); the rest
			// of the start-up is the same for every page. Any link deck's
			// first JSON decoding in a fresh WebAssembly module is slow (its
			// code runs for the first time), and the machine's load slows
			// everything: compare with opening a good link of about the
			// same size in the same browser just before.
			refused := mark(a, "factdeck:deck") - mark(a, "factdeck:main")
			assert.Less(t, refused-opened, 1000.0, "the link took %.0f ms to refuse, a good one %.0f ms to open", refused, opened)
			mem := eval[float64](a, `window.factdeckWasmMemory()`)
			assert.Less(t, mem, float64(wasmBudget), "WebAssembly memory %.1f MB", mem/(1<<20))
			t.Logf("%s: refused %.0f ms after the program started (a good link opened in %.0f ms), first frame (with the message) at %.0f ms; WebAssembly memory %.1f MB",
				file, refused, opened, mark(a, "factdeck:first-frame")-mark(a, "factdeck:main"), mem/(1<<20))

			// The tab survives: the app answers keys.
			a.press("Enter")
			a.waitState(func(s appState) bool { return s.Scene == "study" })
			assert.Equal(t, 2, eval[int](a, `1 + 1`))
			a.noConsoleErrors()
		})
	}
}

// openTime opens path in a tab of its own and returns how long the app
// took from its start to its deck, in ms.
func openTime(t *testing.T, path string) float64 {
	t.Helper()
	a := openApp(t, path)
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	return mark(a, "factdeck:deck") - mark(a, "factdeck:main")
}

// mark is when the app recorded the performance mark name, in ms after
// navigation.
func mark(a *app, name string) float64 {
	a.t.Helper()
	return eval[float64](a, `performance.getEntriesByName(`+strconv.Quote(name)+`)[0].startTime`)
}

// goodLink is a link to the first 60 cards of the built-in deck with
// their annotations: 25,000 characters for 95 kB of JSON, about as large
// as a link gets.
func goodLink(t *testing.T) string {
	t.Helper()
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	var ids []string
	for _, c := range d.Cards[:60] {
		ids = append(ids, c.ID)
	}
	part, err := d.Subset(ids)
	require.NoError(t, err)
	return link(t, part)
}
