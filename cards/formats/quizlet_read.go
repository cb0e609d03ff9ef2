package formats

import (
	"bytes"
	"strings"
)

// ReadQuizlet reads Quizlet's export (and import) text: a card a line,
// term and definition split by the line's first tab. Empty lines are
// skipped; a line without a tab is an error naming it.
func ReadQuizlet(data []byte) ([]ImportedCard, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	var cards []ImportedCard
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		term, def, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, &LineError{Line: i + 1, Msg: "no tab between the term and the definition"}
		}
		cards = append(cards, ImportedCard{Line: i + 1, Prompt: strings.TrimSpace(term), Answer: strings.TrimSpace(def)})
	}
	return cards, nil
}
