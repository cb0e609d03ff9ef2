package quality

import (
	"fmt"
	"io"
)

// Verdicts of a judged card.
const (
	VerdictOK  = "ok"
	VerdictBad = "bad"
)

// Judgement is one card of a sample read by a person against its sentence:
// is the question answerable, fair, correct and natural?
type Judgement struct {
	Card    string
	Verdict string // VerdictOK or VerdictBad
	Reason  string
}

// judgementColumns are the columns of a judgement file.
var judgementColumns = []string{"card", "verdict", "reason"}

// ReadJudgements reads a judgement file in TSV (see testdata/README.md).
func ReadJudgements(r io.Reader) ([]Judgement, error) {
	rows, err := readTSV(r, judgementColumns...)
	if err != nil {
		return nil, err
	}
	out := make([]Judgement, 0, len(rows))
	seen := map[string]bool{}
	for _, f := range rows {
		j := Judgement{Card: f[0], Verdict: f[1], Reason: f[2]}
		if j.Verdict != VerdictOK && j.Verdict != VerdictBad {
			return nil, fmt.Errorf("card %s: verdict %q, want %q or %q", j.Card, j.Verdict, VerdictOK, VerdictBad)
		}
		if seen[j.Card] {
			return nil, fmt.Errorf("card %s is judged twice", j.Card)
		}
		seen[j.Card] = true
		out = append(out, j)
	}
	return out, nil
}

// LoadJudgements reads the judgement file at path.
func LoadJudgements(path string) ([]Judgement, error) { return loadTSV(path, ReadJudgements) }

// Precision is the share of judged cards found ok.
func Precision(js []Judgement) (ok, total int) {
	for _, j := range js {
		if j.Verdict == VerdictOK {
			ok++
		}
	}
	return ok, len(js)
}
