package locale

import (
	"strings"
	"testing"
)

// Every Text speaks both languages: a string added in one and left empty
// in the other would draw nothing.
func TestTextsHaveBothLanguages(t *testing.T) {
	all := studyStrings()
	if len(all)%2 != 0 {
		t.Fatalf("texts lists %d strings, want pairs", len(all))
	}
	for i := 0; i < len(all); i += 2 {
		if strings.TrimSpace(all[i]) == "" || strings.TrimSpace(all[i+1]) == "" {
			t.Errorf("text %q / %q lacks a language", all[i], all[i+1])
		}
	}
	if got := StudyUndo.In(English); got != "Undo" {
		t.Errorf("English undo is %q", got)
	}
	if got := StudyUndo.In(Japanese); got != "元に戻す" {
		t.Errorf("Japanese undo is %q", got)
	}
}

// The English table translates UI strings only, and leaves Japanese and
// untranslated strings as they are.
func TestEnglishOfJapaneseStrings(t *testing.T) {
	all := map[string]bool{}
	for _, s := range All() {
		all[s] = true
	}
	for ja, en := range english {
		if !all[ja] {
			t.Errorf("%q is not a UI string", ja)
		}
		if strings.TrimSpace(en) == "" {
			t.Errorf("%q has an empty English", ja)
		}
	}
	if In(English, Flip) != "Show answer" || In(Japanese, Flip) != Flip || In(English, Quiz) != Quiz {
		t.Errorf("In: %q %q %q", In(English, Flip), In(Japanese, Flip), In(English, Quiz))
	}
}
