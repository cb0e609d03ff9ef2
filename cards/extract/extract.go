package extract

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// Extract finds every fact of docs: the facts of each claim that is not a
// repeat (noise and repeated sentences give none, so repeated text yields
// one fact), the cells of the documents' tables, the context each fact's
// sentence lacks, and the links between facts that contradict each other.
// Facts come in document order, then sentence order, then by position in
// the sentence; the same input gives the same facts in the same order.
func Extract(docs []*corpus.Document) ([]Fact, error) {
	if err := checkDocs(docs); err != nil {
		return nil, err
	}
	tk, err := analyzer()
	if err != nil {
		return nil, err
	}
	// Documents are read in parallel, one worker a core; their facts are
	// joined in the documents' order, so the output never depends on it.
	perDoc := make([][]Fact, len(docs))
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				perDoc[i], errs[i] = documentFacts(tk, docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var facts []Fact
	for i := range docs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		facts = append(facts, perDoc[i]...)
	}
	facts = finish(docs, facts)
	linkConflicts(facts)
	return facts, nil
}

// documentFacts reads the claims and tables of one document.
func documentFacts(tk *tokenizer.Tokenizer, doc *corpus.Document) ([]Fact, error) {
	var rs []*reading
	for _, s := range doc.Claims() {
		if err := checkSentence(doc, s); err != nil {
			return nil, err
		}
		rs = append(rs, read(tk, doc, s))
	}
	addContext(doc, rs)
	var inDoc []Fact
	for _, r := range rs {
		inDoc = append(inDoc, r.facts...)
	}
	return append(oncePerDocument(inDoc), tableFacts(doc)...), nil
}

// Sentences returns the facts of the claims of docs: Extract without the
// table cells, which stand in no sentence of the running text. Nil
// documents are skipped; it returns nil only when the dictionary cannot be
// loaded, an error Extract reports.
func Sentences(docs []*corpus.Document) []Fact {
	var ok []*corpus.Document
	for _, d := range docs {
		if d != nil {
			ok = append(ok, d)
		}
	}
	facts, err := Extract(ok)
	if err != nil {
		return nil
	}
	out := facts[:0]
	for _, f := range facts {
		if f.Kind != deck.KindTable {
			out = append(out, f)
		}
	}
	return out
}

// checkDocs rejects input that would give facts without a source: a nil
// document, or two documents of one file, whose facts' ids would collide.
func checkDocs(docs []*corpus.Document) error {
	seen := map[string]int{}
	for i, d := range docs {
		if d == nil {
			return fmt.Errorf("extract: document %d of %d is nil", i+1, len(docs))
		}
		if d.File == "" {
			return fmt.Errorf("extract: document %d (%q) has no file name", i+1, d.ID)
		}
		if j, ok := seen[d.File]; ok {
			return fmt.Errorf("extract: documents %d and %d are both %s", j+1, i+1, d.File)
		}
		seen[d.File] = i
	}
	return nil
}

// checkSentence rejects a sentence whose text is not valid UTF-8: its spans
// could not be cut out of it as text.
func checkSentence(doc *corpus.Document, s corpus.Sentence) error {
	if !utf8.ValidString(s.Text) {
		return fmt.Errorf("extract %s: sentence %d: text is not valid UTF-8", doc.File, s.Index)
	}
	return nil
}

// finish gives every fact its id, keeps the first of facts that share one
// (the same kind and key in the same sentence), and puts them in order.
func finish(docs []*corpus.Document, facts []Fact) []Fact {
	order := map[*corpus.Document]int{}
	for i, d := range docs {
		order[d] = i
	}
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if order[a.Doc] != order[b.Doc] {
			return order[a.Doc] < order[b.Doc]
		}
		if a.Sentence.Index != b.Sentence.Index {
			return a.Sentence.Index < b.Sentence.Index
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Expansion < b.Expansion
	})
	at := map[string]int{}
	out := facts[:0]
	for _, f := range facts {
		f.ID = factID(f.Doc.File, f.Sentence.Text, f.Kind, f.Key)
		if i, ok := at[f.ID]; ok {
			// The same answer found twice in one sentence (as the object of
			// an inner and an outer verb): keep the reading that knows who.
			if out[i].Subject == "" && f.Subject != "" {
				out[i] = f
			}
			continue
		}
		at[f.ID] = len(out)
		out = append(out, f)
	}
	return out
}

// namings are the kinds a document states once and then repeats by name:
// トランプ大統領 in every other sentence is one person fact, not forty.
var namings = map[string]bool{
	deck.KindPerson: true, deck.KindAcronym: true, deck.KindDefinition: true, deck.KindOrganization: true,
}

// oncePerDocument keeps the first fact of each naming in a document's facts.
// A bare mention (a place where nothing is said to happen, a person with
// no role) counts as named by any earlier fact on the same name.
func oncePerDocument(facts []Fact) []Fact {
	seen := map[[4]string]bool{}
	named := map[[2]string]bool{}
	out := facts[:0]
	for _, f := range facts {
		k := [4]string{f.Kind, f.Key, f.Role, f.Expansion}
		n := [2]string{f.Kind, f.Key}
		switch {
		case bareMention(f) && named[n]:
			continue
		case namings[f.Kind] && seen[k]:
			continue
		}
		seen[k], named[n] = true, true
		out = append(out, f)
	}
	return out
}

// bareMention reports a fact that only names someone or somewhere (see
// mentionFacts).
func bareMention(f Fact) bool {
	switch f.Kind {
	case deck.KindPlace:
		return f.Predicate == ""
	case deck.KindPerson:
		return f.Role == "" && f.Subject == ""
	}
	return false
}
