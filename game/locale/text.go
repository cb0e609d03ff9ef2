package locale

import "strings"

// Lang is a language the interface speaks.
type Lang int

// Languages; the zero value is Japanese, the corpus's language.
const (
	Japanese Lang = iota
	English
)

// Text is one UI string in every language the interface speaks, so none
// can be added in one language and forgotten in the other.
type Text struct{ Ja, En string }

// In is t in language l.
func (t Text) In(l Lang) string {
	if l == English {
		return t.En
	}
	return t.Ja
}

// texts lists the Text strings, both languages, for All.
func texts(ts ...Text) []string {
	out := make([]string, 0, 2*len(ts))
	for _, t := range ts {
		out = append(out, t.Ja, t.En)
	}
	return out
}

// textPairs lists every Text, for All and the test that each has both
// languages.
func textPairs() []Text {
	return append(append(append(append(append(append(append(append(append(studyTexts(), quizTexts()...), settingsTexts()...), homeTexts()...), shareTexts()...), matchTexts()...), statsTexts()...), browseTexts()...), browseFilterTexts()...), teacherTexts()...)
}

// ParseLang reads a language tag as a browser (navigator.language, "en-US")
// or a desktop (LANG, "en_GB.UTF-8") writes it: English for English,
// Japanese for anything else, the app's first language.
func ParseLang(tag string) Lang {
	tag = strings.ToLower(tag)
	if tag == "en" || strings.HasPrefix(tag, "en-") || strings.HasPrefix(tag, "en_") || strings.HasPrefix(tag, "en.") {
		return English
	}
	return Japanese
}

// Code is l's tag as the settings store it ("ja", "en").
func (l Lang) Code() string {
	if l == English {
		return "en"
	}
	return "ja"
}
