package e2e

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
)

// Browse on a wide screen and a phone: the list of cards, a card opened
// from it, suspended there, and found again under the suspended filter.
func TestBrowseSuspendACard(t *testing.T) {
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			a.navigate("/#/deck")
			a.waitRunning()
			a.waitState(func(s appState) bool { return s.Scene == "deck" })
			a.screenshot("deck-buttons-" + vp.name)
			press := a.presser(vp)
			press("browse")
			st := a.waitState(func(s appState) bool { return s.Scene == "browse" && hasTarget(s, "row-0") })
			assert.Contains(t, st.Text, fmt.Sprintf("%d枚", builtinCards(t)))
			assert.Equal(t, "#/browse", eval[string](a, `location.hash`))
			a.screenshot("browse-" + vp.name)
			press("row-0")
			a.waitState(func(s appState) bool { return s.Scene == "card" })
			press("suspend")
			a.waitState(func(s appState) bool {
				return s.Scene == "card" && hasTarget(s, "suspend") && strings.Contains(s.Text, "保留中")
			})
			a.screenshot("card-sheet-" + vp.name)
			press("close")
			a.waitState(func(s appState) bool { return s.Scene == "browse" })
			press("state-3")
			found := a.waitState(func(s appState) bool { return s.Scene == "browse" && strings.Contains(s.Text, "1枚") })
			assert.True(t, hasTarget(found, "row-0"))
			a.noConsoleErrors()
		})
	}
}

// On a phone, the filter sheet finds every card about tariffs: its tag
// page offers the tag, and the list keeps the cards that carry it.
func TestBrowseFilterByTag(t *testing.T) {
	builtin, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	want := 0
	for _, c := range builtin.Cards {
		if slices.Contains(c.Tags, "topic:trade-tariffs") {
			want++
		}
	}
	require.Positive(t, want)
	vp := bothViewports[1]
	a := newTab(t, serve(t, nil), vp.emulate)
	a.navigate("/#/browse")
	a.waitRunning()
	a.waitState(func(s appState) bool { return s.Scene == "browse" && hasTarget(s, "row-0") })
	press := a.presser(vp)
	press("filter")
	a.waitState(func(s appState) bool { return s.Scene == "browse-filter" })
	press("page-tag")
	st := a.waitState(func(s appState) bool { return strings.Contains(s.Text, "▶タグ") })
	// The sheet reads its title, its pages, then the page's choices.
	lines := strings.Split(st.Text, "\n")
	opt := slices.Index(lines, "trade-tariffs") - 5
	require.Positive(t, opt, "the tag is offered: %q", st.Text)
	press("opt-" + strconv.Itoa(opt))
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "✓ trade-tariffs") })
	a.screenshot("browse-filter-tag-" + vp.name)
	press("close")
	found := a.waitState(func(s appState) bool { return s.Scene == "browse" })
	assert.Contains(t, found.Text, strconv.Itoa(want)+"枚")
	a.screenshot("browse-filtered-" + vp.name)

	// A card of the built-in deck opens on its source: the paragraph with
	// the card's sentence marked. Not every fact stands in a paragraph
	// of several sentences, so the first rows are tried in turn.
	opened := false
	for row := 0; row < 5 && !opened; row++ {
		if !hasTarget(found, "row-"+strconv.Itoa(row)) {
			break
		}
		press("row-" + strconv.Itoa(row))
		card := a.waitState(func(s appState) bool { return s.Scene == "card" })
		if hasTarget(card, "source") {
			press("source")
			src := a.waitState(func(s appState) bool { return s.Scene == "source" })
			assert.NotEmpty(t, src.Text)
			a.screenshot("browse-source-" + vp.name)
			opened = true
			break
		}
		press("close")
		found = a.waitState(func(s appState) bool { return s.Scene == "browse" })
	}
	assert.True(t, opened, "a tariff card of the built-in deck opens its source")
	a.noConsoleErrors()
}
