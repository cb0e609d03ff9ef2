package corpus

import "strings"

// markDuplicates sets DupOf on every sentence whose normalized text occurred
// before, in docs in order. A claim points at the first claim with its text,
// so exactly one claim per text has DupOf "" and the fact is never lost
// behind an earlier heading or teaser of the same words; a noise sentence
// points at the first occurrence of any kind.
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
	}
}

// dupKey is the text two sentences must share to be the same sentence:
// normalized, and without spaces, which scraped pages scatter at random
// ("アメリカ・ファースト 」" and "アメリカ・ファースト」").
func dupKey(text string) string {
	return strings.Join(strings.Fields(text), "")
}
