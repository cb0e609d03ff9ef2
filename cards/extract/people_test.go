package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// The heads of any organization are roles, not only a government's posts.
func TestRolesOfAnyOrganization(t *testing.T) {
	for _, tt := range []struct{ sentence, name, role string }{
		{"霧里村の中西和夫村長は新しい配送に期待を寄せた。", "中西和夫", "村長"},
		{"就任5年目でチームを頂点に導いた石田恵美監督に話を聞いた。", "石田恵美", "監督"},
		{"博物館の館長の森田正樹は式典で挨拶した。", "森田正樹", "館長"},
	} {
		doc := parse(t, "roles.txt", "人物\n\n"+tt.sentence+"\n")
		facts, err := extract.Extract([]*corpus.Document{doc})
		require.NoError(t, err)
		f := findFact(facts, "roles", tt.name, deck.KindPerson, tt.name)
		if assert.NotNil(t, f, "%s: %v", tt.sentence, kindsKeys(facts, deck.KindPerson)) {
			assert.Equal(t, tt.role, f.Role)
		}
	}
}

// A role the sentence says someone serves in (館長を務める) is theirs.
func TestRoleServed(t *testing.T) {
	facts := factsOf(t, "案内役は、郷土館の館長を務める森田正樹さんでした。")
	f := findFact(facts, "names", "森田正樹", deck.KindPerson, "森田正樹")
	if assert.NotNil(t, f, kindsKeys(facts, deck.KindPerson)) {
		assert.Equal(t, "館長", f.Role)
	}
}
