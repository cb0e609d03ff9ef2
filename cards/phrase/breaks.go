package phrase

import "strings"

// Characters that end or open a stretch of text. IPA tags ASCII brackets
// and the percent sign as unknown nouns, so they are recognised by surface.
const (
	closers = ")]}）］｝」』】〕〉》、。，．,.!?！？:：;；%％・…"
	openers = "([{（［｛「『【〔〈《"
)

// breaks returns the rune offsets where a phrase starts: a content word
// after a particle, an auxiliary, a predicate or punctuation. Inside a noun
// compound, a number with its counter or unit (2,400億ドル, 3年間) and a
// verb with its endings it never breaks.
func breaks(words []word) []int {
	var out []int
	for i := 1; i < len(words); i++ {
		if startsPhrase(words[i-1], words[i]) && words[i].start > 0 {
			out = append(out, words[i].start)
		}
	}
	return out
}

func startsPhrase(prev, cur word) bool {
	switch {
	case attaches(cur), isOpener(prev), prev.pos == "接頭詞":
		return false
	case isOpener(cur), isSpace(prev):
		return true
	case endsPhrase(prev):
		return true
	case isPredicate(prev):
		// A verb after a verb is a compound (引き上げ続ける); anything
		// else after a predicate starts the next phrase.
		return cur.pos != "動詞"
	case prev.pos == "名詞" && cur.pos == "動詞":
		// 会談する, 合意できる: a verbal noun and its light verb are one phrase.
		return !lightVerbs[cur.base]
	}
	return false
}

// lightVerbs turn the noun before them into a verb.
var lightVerbs = map[string]bool{"する": true, "できる": true, "される": true, "させる": true}

// attaches reports a word that never starts a phrase: particles, auxiliaries,
// suffixes and counters, non-independent verbs and adjectives, closing
// punctuation.
func attaches(w word) bool {
	switch w.pos {
	case "助詞", "助動詞":
		return true
	case "名詞":
		return w.sub == "接尾" || isCloser(w)
	case "動詞", "形容詞":
		return w.sub == "非自立" || w.sub == "接尾"
	case "記号":
		return w.sub != "括弧開"
	}
	return isCloser(w) || isSpace(w)
}

// endsPhrase reports a word after which any content word starts a phrase.
func endsPhrase(w word) bool {
	switch w.pos {
	case "助詞", "助動詞", "副詞", "連体詞", "接続詞", "感動詞":
		return true
	case "記号":
		return w.sub != "括弧開"
	}
	return isCloser(w)
}

func isPredicate(w word) bool { return w.pos == "動詞" || w.pos == "形容詞" }

func isSpace(w word) bool { return strings.TrimSpace(w.surface) == "" }

func isOpener(w word) bool { return w.surface != "" && strings.Contains(openers, w.surface) }

func isCloser(w word) bool { return w.surface != "" && strings.Contains(closers, w.surface) }
