package corpus

// Summary counts what a set of documents holds, for logs and reports.
type Summary struct {
	Documents  int
	Sentences  int
	Claims     int           // sentences that are claims, repeats included
	Facts      int           // claims that are not a repeat: what cards are made from
	Duplicates int           // sentences, claims or noise, that repeat an earlier one
	Rejoined   int           // sentences put together across a page break, table or quote break
	Tables     int           // tables taken out of the running text
	Noise      map[Noise]int // noise sentences by reason
}

// Summarize counts the sentences of docs.
func Summarize(docs []*Document) Summary {
	sum := Summary{Documents: len(docs), Noise: map[Noise]int{}}
	for _, d := range docs {
		sum.Tables += len(d.Tables)
		for _, s := range d.Sentences {
			sum.Sentences++
			if s.IsClaim() {
				sum.Claims++
				if s.DupOf == "" {
					sum.Facts++
				}
			} else {
				sum.Noise[s.Noise]++
			}
			if s.DupOf != "" {
				sum.Duplicates++
			}
			if s.Rejoined() {
				sum.Rejoined++
			}
		}
	}
	return sum
}
