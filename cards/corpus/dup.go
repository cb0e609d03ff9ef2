package corpus

import "strings"

// markDuplicates sets DupOf on every sentence whose normalized text occurred
// before, in docs in order. A claim points at the first claim with its text,
// so exactly one claim per text has DupOf "" and the fact is never lost
// behind an earlier heading or teaser of the same words; a noise sentence
// points at the first occurrence of any kind. A summary list item that
// retells a sentence of its document points at that sentence (see
// markRestatements).
func markDuplicates(docs []*Document) {
	firstAny := map[string]string{}
	firstClaim := map[string]string{}
	for _, d := range docs {
		for i := range d.Sentences {
			s := &d.Sentences[i]
			s.DupOf = ""
			k := dupKey(s.Text)
			if k == "" {
				continue
			}
			first := firstAny
			if s.IsClaim() {
				first = firstClaim
			}
			if ref, ok := first[k]; ok {
				s.DupOf = ref
			} else if s.IsClaim() {
				firstClaim[k] = s.Ref(d.ID)
			}
			if _, ok := firstAny[k]; !ok {
				firstAny[k] = s.Ref(d.ID)
			}
		}
		markRestatements(d)
	}
}

// dupKey is the text two sentences must share to be the same sentence:
// normalized, and without spaces, which scraped pages scatter at random
// ("アメリカ・ファースト 」" and "アメリカ・ファースト」").
func dupKey(text string) string {
	return strings.Join(strings.Fields(text), "")
}

// restatesAt is the share of character pairs (bigrams) a list item must
// share with a sentence of its document's running text to restate it.
// Summary bullets that retell a paragraph score 0.7 and more; bullets
// that only share the topic stay under 0.45.
const restatesAt = 0.6

// markRestatements points a summary list item ("✅ 中谷元防衛相も、ヘーゲル
// 国防長官との…") at the sentence of the running text it retells, as a
// duplicate: the running text is the fuller and more careful telling, and
// where the two differ (a name misspelt in the summary) a card from the
// summary would teach the slip, and set the document against itself.
func markRestatements(d *Document) {
	var body []int
	for i, s := range d.Sentences {
		if s.IsClaim() && s.DupOf == "" && s.Mark == "" {
			body = append(body, i)
		}
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if !s.IsClaim() || s.DupOf != "" || s.Mark == "" {
			continue
		}
		pairs := bigrams(s.Text)
		for _, j := range body {
			if dice(pairs, bigrams(d.Sentences[j].Text)) >= restatesAt {
				s.DupOf = d.Sentences[j].Ref(d.ID)
				break
			}
		}
	}
}

// bigrams is the set of adjacent character pairs of a text, spaces left out.
func bigrams(text string) map[[2]rune]bool {
	r := []rune(dupKey(text))
	out := make(map[[2]rune]bool, len(r))
	for i := 1; i < len(r); i++ {
		out[[2]rune{r[i-1], r[i]}] = true
	}
	return out
}

// dice is the Sørensen–Dice likeness of two bigram sets, from 0 to 1.
func dice(a, b map[[2]rune]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for p := range a {
		if b[p] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}
