package quality

import (
	"io"
	"strings"

	"factdeck/cards/deck"
)

// NoiseLine is text of the corpus that is no claim of its document (a photo
// credit, a link, a reader's comment…) and must never give a card.
type NoiseLine struct {
	Text   string // verbatim from the document: a whole line or one sentence of it
	Doc    string // the document's file name
	Reason string // why it is noise
}

// noiseColumns are the columns of a noise file.
var noiseColumns = []string{"text", "doc", "reason"}

// ReadNoise reads a noise file in TSV (see testdata/README.md).
func ReadNoise(r io.Reader) ([]NoiseLine, error) {
	rows, err := readTSV(r, noiseColumns...)
	if err != nil {
		return nil, err
	}
	out := make([]NoiseLine, 0, len(rows))
	for _, f := range rows {
		out = append(out, NoiseLine{Text: f[0], Doc: f[1], Reason: f[2]})
	}
	return out, nil
}

// LoadNoise reads the noise file at path.
func LoadNoise(path string) ([]NoiseLine, error) { return loadTSV(path, ReadNoise) }

// NoiseHit is a card made from noise.
type NoiseHit struct {
	Card  string
	Fact  string
	Noise NoiseLine
}

// NoiseHits returns the cards whose fact sentence holds a noise line, or is
// a piece of one: a sentence cut out of a reader's comment is as much noise
// as the whole comment. Each card is reported once, with the first line it
// hits.
func NoiseHits(d *deck.Deck, noise []NoiseLine) []NoiseHit {
	sentences := map[string]string{}
	for _, f := range d.Facts {
		sentences[f.ID] = canon(f.Sentence)
	}
	var out []NoiseHit
	for _, c := range d.Cards {
		s, ok := sentences[c.Fact]
		if !ok || s == "" {
			continue
		}
		for _, n := range noise {
			t := canon(n.Text)
			if t != "" && (strings.Contains(s, t) || strings.Contains(t, s)) {
				out = append(out, NoiseHit{Card: c.ID, Fact: c.Fact, Noise: n})
				break
			}
		}
	}
	return out
}
