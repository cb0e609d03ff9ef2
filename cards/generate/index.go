package generate

import (
	"regexp"
	"sort"
	"strings"

	"factdeck/cards/deck"
)

// candidate is a value the corpus states somewhere: a distractor for a key
// of the same shape, as long as the corpus does not state it for the same
// question.
type candidate struct {
	text  string
	order float64 // the value, for amounts and dates; candidates sort by it
}

// index is what the whole corpus says, gathered once before any card is
// made: the values of each shape, and what the corpus holds true for each
// sentence, subject, role and fact.
type index struct {
	pools map[string][]candidate // by shape.pool, sorted by order then text

	bySentence map[string]set // sentence ref → every key and entity it states
	bySubject  map[string]set // comparable(subject) → the keys stated for it
	byRole     map[string]set // comparable(role) → the people said to hold it
	byFact     map[string]set // extract id → the fact's key
	factOf     map[string]*fact
	norm       map[string]string // comparable forms of the values tried as distractors

	// For names: the sentences that mention each (by comparable text),
	// and the text of every sentence, to find what else they say.
	mentions  map[string][]string
	sentences map[string]string
	// alias maps an acronym to its expansion and back (経団連 and
	// 日本経済団体連合会 name one body).
	alias map[string]string
}

// comparable is the package's comparable, remembered: a build tries the
// same few thousand values as distractors over and over.
func (ix *index) comparable(s string) string {
	c, ok := ix.norm[s]
	if !ok {
		c = comparable(s)
		ix.norm[s] = c
	}
	return c
}

// set holds comparable texts.
type set map[string]bool

func (s set) add(text string) {
	if c := comparable(text); c != "" {
		s[c] = true
	}
}

func addTo(m map[string]set, key, text string) {
	if key == "" {
		return
	}
	if m[key] == nil {
		m[key] = set{}
	}
	m[key].add(text)
}

func newIndex(facts []*fact) *index {
	ix := &index{
		pools:      map[string][]candidate{},
		bySentence: map[string]set{},
		bySubject:  map[string]set{},
		byRole:     map[string]set{},
		byFact:     map[string]set{},
		factOf:     map[string]*fact{},
		norm:       map[string]string{},
		mentions:   map[string][]string{},
		sentences:  map[string]string{},
		alias:      map[string]string{},
	}
	seen := map[string]bool{}
	addPool := func(pool, text string, order float64) {
		if k := pool + "\x00" + comparable(text); !seen[k] {
			seen[k] = true
			ix.pools[pool] = append(ix.pools[pool], candidate{text: text, order: order})
		}
	}
	mention := func(text, ref string) {
		c := comparable(text)
		if refs := ix.mentions[c]; len(refs) == 0 || refs[len(refs)-1] != ref {
			ix.mentions[c] = append(refs, ref)
		}
	}
	for _, f := range facts {
		ref := f.sentenceRef()
		ix.sentences[ref] = f.sentence
		if nameClass(f.kind) != "" {
			mention(f.key, ref)
		}
		addTo(ix.bySentence, ref, f.key)
		addTo(ix.bySubject, comparable(f.subject), f.key)
		addTo(ix.byFact, f.extractID, f.key)
		if f.extractID != "" {
			ix.factOf[f.extractID] = f
		}
		if f.kind == deck.KindPerson {
			addTo(ix.byRole, comparable(f.role), f.key)
		}
		if sh, ok := shapeOf(f); ok {
			addPool(sh.pool, f.key, orderOf(sh))
		}
		if acr, exp, ok := acronymPair(f); ok {
			ix.alias[ix.comparable(acr)] = exp
			ix.alias[ix.comparable(exp)] = acr
		}
		if sh, ok := shapeOf(f); ok && f.kind == deck.KindAcronym {
			// The other half of the pair, for the question asked the
			// other way round.
			other := f.expansion
			addPool(sh.class+":"+script(other), other, 0)
			addTo(ix.bySentence, ref, other)
		}
		for _, e := range f.entities {
			mention(e.text, ref)
			addTo(ix.bySentence, ref, e.text)
			if e.kind == deck.KindPerson {
				addTo(ix.byRole, comparable(e.role), e.text)
			}
			// An entity names a person, organization or place of the
			// corpus; a Latin one joins the pool only if it is an
			// acronym, not a stray English word of a title.
			if class := nameClass(e.kind); class != "" && e.kind != deck.KindAcronym && (script(e.text) != "latin" || isAcronym(e.text)) && !countryPair(e.text) {
				addPool(class+":"+script(e.text), e.text, 0)
			}
		}
	}
	for _, p := range ix.pools {
		sort.Slice(p, func(i, j int) bool {
			if p[i].order != p[j].order {
				return p[i].order < p[j].order
			}
			return p[i].text < p[j].text
		})
	}
	return ix
}

// orderOf is the value a shape's candidates sort by.
func orderOf(sh shape) float64 {
	switch sh.class {
	case classAmount:
		return sh.amount.value
	case classDate:
		return float64(sh.date.y*10000 + sh.date.m*100 + sh.date.d)
	}
	return 0
}

// truths is everything the corpus holds true for the question a card on f
// asks: every value its sentence states, every value stated for its
// subject, the holders of its role, and the values of the facts that
// conflict with it (another source says so).
func (ix *index) truths(f *fact) set {
	out := set{}
	out.add(f.key)
	if f.kind == deck.KindTable {
		// A cell asks its row's value in its column: the other rows'
		// values are what the table shows wrong for it.
		return out
	}
	merge := func(s set) {
		for k := range s {
			out[k] = true
		}
	}
	merge(ix.bySentence[f.sentenceRef()])
	if f.subject != "" {
		merge(ix.bySubject[comparable(f.subject)])
	}
	if f.kind == deck.KindPerson && f.role != "" {
		merge(ix.byRole[comparable(f.role)])
	}
	for _, id := range f.conflicts {
		merge(ix.byFact[id])
	}
	return out
}

// sameEvent reports whether another sentence of the corpus names the
// candidate on the same day as f's sentence names one (2月7日 in
// "2025年2月7日…ホワイトハウスで" and "2月7日にワシントンで"): the candidate
// may be right too, seen from that sentence.
func (ix *index) sameEvent(f *fact, candidate string) bool {
	days := dayPattern.FindAllString(f.sentence, -1)
	if len(days) == 0 {
		return false
	}
	for _, ref := range ix.mentions[ix.comparable(candidate)] {
		if ref == f.sentenceRef() {
			continue
		}
		for _, d := range days {
			if strings.Contains(ix.sentences[ref], d) {
				return true
			}
		}
	}
	return false
}

// namedWith reports a sentence that names candidate beside one of people.
func (ix *index) namedWith(candidate string, people []string) bool {
	for _, ref := range ix.mentions[ix.comparable(candidate)] {
		for _, p := range people {
			if strings.Contains(ix.sentences[ref], p) {
				return true
			}
		}
	}
	return false
}

// dayPattern finds a day (month and day) whatever year goes with it.
var dayPattern = regexp.MustCompile(`\d{1,2}月\d{1,2}日`)

// between returns the candidates of pool whose order lies in [lo, hi].
func (ix *index) between(pool string, lo, hi float64) []candidate {
	p := ix.pools[pool]
	i := sort.Search(len(p), func(i int) bool { return p[i].order >= lo })
	j := sort.Search(len(p), func(i int) bool { return p[i].order > hi })
	return p[i:j]
}

// countryPair reports two countries named by one character each (日米,
// 米中): a relation between them, not a place to choose among places.
func countryPair(s string) bool {
	r := []rune(s)
	return len(r) == 2 && strings.ContainsRune(countryInitials, r[0]) && strings.ContainsRune(countryInitials, r[1])
}

// countryInitials are the one-character names of countries.
const countryInitials = "日米中韓露英仏独印豪朝欧台"
