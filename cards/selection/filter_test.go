package selection

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func TestTagMatches(t *testing.T) {
	for _, tt := range []struct {
		query, tag string
		want       bool
	}{
		{"topic:trade-tariffs", "topic:trade-tariffs", true},
		{"trade-tariffs", "topic:trade-tariffs", true},
		{"tariffs", "topic:trade-tariffs", true},
		{"Tariffs", "topic:trade-tariffs", true},
		{"topic:tariffs", "topic:trade-tariffs", true},
		{"kind:tariffs", "topic:trade-tariffs", false},
		{"tariff", "topic:trade-tariffs", false},
		{"topic", "topic:trade-tariffs", false},
		{"", "topic:trade-tariffs", false},
		{"security", "security", true},
		{"date", "kind:date", true},
	} {
		assert.Equal(t, tt.want, TagMatches(tt.query, tt.tag), "%q selects %q", tt.query, tt.tag)
	}
}

// builtin is the deck the app ships, the one teachers start from.
func builtin(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.Read("../../assets/decks/corpus.json")
	require.NoError(t, err)
	return d
}

func TestFilterKeepsOnlyMatchingCards(t *testing.T) {
	d := builtin(t)
	for _, tt := range []struct {
		name   string
		filter Filter
		check  func(t *testing.T, c deck.Card, f deck.Fact, s deck.Source)
	}{
		{"tag word", Filter{Tags: []string{"tariffs"}}, func(t *testing.T, c deck.Card, _ deck.Fact, _ deck.Source) {
			assert.Contains(t, c.Tags, "topic:trade-tariffs")
		}},
		{"kind and type", Filter{Kinds: []string{"date"}, Types: []string{"mcq", "cloze"}}, func(t *testing.T, c deck.Card, f deck.Fact, _ deck.Source) {
			assert.Equal(t, "date", f.Kind)
			assert.Contains(t, []string{"mcq", "cloze"}, c.Type)
		}},
		{"source by file", Filter{Sources: []string{"003_c92c879ab5ea8ecd.txt"}}, func(t *testing.T, _ deck.Card, _ deck.Fact, s deck.Source) {
			assert.Equal(t, "003_c92c879ab5ea8ecd", s.ID)
		}},
		{"source by title", Filter{Sources: []string{"首相訪米"}}, func(t *testing.T, _ deck.Card, _ deck.Fact, s deck.Source) {
			assert.Contains(t, s.Title, "首相訪米")
		}},
		{"no conflicts", Filter{NoConflicts: true}, func(t *testing.T, c deck.Card, f deck.Fact, _ deck.Source) {
			assert.Empty(t, f.Conflicts)
			assert.Empty(t, c.Accept)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cards := tt.filter.Cards(d)
			require.NotEmpty(t, cards)
			assert.Less(t, len(cards), len(d.Cards), "the filter leaves some cards out")
			for _, c := range cards {
				f, _ := d.Fact(c.Fact)
				s, _ := d.Source(f.Source)
				tt.check(t, c, f, s)
			}
		})
	}
}

func TestFilterTextFoldsWidthAndCase(t *testing.T) {
	d := builtin(t)
	half := (&Filter{Text: "1951"}).Cards(d)
	full := (&Filter{Text: "１９５１"}).Cards(d)
	require.NotEmpty(t, half)
	assert.Equal(t, half, full)
	assert.Empty(t, (&Filter{Text: "no such text anywhere"}).Cards(d))
}

func TestFilterFieldsCombine(t *testing.T) {
	d := builtin(t)
	tags := (&Filter{Tags: []string{"tariffs"}}).Cards(d)
	both := (&Filter{Tags: []string{"tariffs"}, Types: []string{"mcq"}}).Cards(d)
	either := (&Filter{Tags: []string{"tariffs", "security"}}).Cards(d)
	assert.Less(t, len(both), len(tags))
	assert.Greater(t, len(either), len(tags))
}
