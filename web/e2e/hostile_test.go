package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/game/locale"
)

// wasmBudget is what the app's WebAssembly memory may grow to: a phone's
// tab must afford it (cmd/factdeck sets the Go heap's soft limit to it).
const wasmBudget = 64 << 20

// The links of cards/deck/testdata: 228 and 424 characters that expand to
// decks of 36 and 158 kB whose annotation has thousands of bad breaks. The
// validator once repeated the annotation's text for each, and the 424-
// character link took the tab past 4 GB until it died. Now the app's first
// frame says what is wrong, on the deck screen of the built-in deck, less
// than a second later than a plain start would show, and it keeps to its
// memory.
func TestHostileLinks(t *testing.T) {
	plain := startTime(openApp(t, "/"))
	for _, file := range []string{"breaks-228.link", "breaks-424.link"} {
		t.Run(file, func(t *testing.T) {
			payload, err := os.ReadFile(filepath.Join("..", "..", "cards", "deck", "testdata", file))
			require.NoError(t, err)
			a := openApp(t, "/#deck="+strings.TrimSpace(string(payload)))
			st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
			assert.True(t, strings.HasPrefix(st.Text, locale.DeckLinkFailed+locale.ReasonLinkNotDeck+locale.BuiltinInstead), st.Text)

			// The notice is set before the first frame, so the first frame
			// shows it. Compare with a plain start in the same browser, as
			// the machine's load makes both slow or fast together.
			shown := startTime(a)
			assert.Less(t, shown-plain, 1000.0, "the message shows %.0f ms after the program starts, a plain start %.0f ms", shown, plain)
			mem := eval[float64](a, `window.factdeckWasmMemory()`)
			assert.Less(t, mem, float64(wasmBudget), "WebAssembly memory %.1f MB", mem/(1<<20))
			t.Logf("%s: message on the first frame, %.0f ms after the program started (a plain start: %.0f ms); WebAssembly memory %.1f MB",
				file, shown, plain, mem/(1<<20))

			// The tab survives: the app answers keys.
			a.press("Enter")
			a.waitState(func(s appState) bool { return s.Scene == "study" })
			assert.Equal(t, 2, eval[int](a, `1 + 1`))
			a.noConsoleErrors()
		})
	}
}

// startTime is how long the app took from its main to its first frame, in
// ms: the start-up that a deck in the address adds to.
func startTime(a *app) float64 {
	a.t.Helper()
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	return eval[float64](a, `window.factdeckFirstFrame - performance.getEntriesByName("factdeck:main")[0].startTime`)
}
