package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"factdeck/cards/deck"
)

const listUsage = "usage: deckgen list DECK.json [--tag T] [--kind K] [--type T] [--source S] [--text T] [--no-conflicts] [--json]"

const listExamples = `  deckgen list assets/decks/corpus.json --tag tariffs
  deckgen list assets/decks/corpus.json --type mcq,truefalse --no-conflicts
  deckgen list --kind date --text 1951 assets/decks/corpus.json --json
`

// listedCard is one card as list --json prints it: what a teacher needs
// to choose it, with where it comes from.
type listedCard struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Kind      string   `json:"kind"`
	Source    string   `json:"source"`
	Date      string   `json:"date,omitempty"`
	Prompt    string   `json:"prompt"`
	Answer    string   `json:"answer"`
	Choices   []string `json:"choices,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Conflicts []string `json:"conflicts,omitempty"`
}

// listCards prints the cards of a deck that pass the filters, as a table or
// as JSON, and how many of the deck's cards they are.
func listCards(args []string, stdout, stderr io.Writer) error {
	c := newTeacherCommand("list", listUsage, listExamples, stdout, stderr)
	filter := filterFlags(c)
	asJSON := c.Bool("json", false, "print the cards as a JSON array instead of a table")
	if err := c.parse(args, func(files []string) bool { return len(files) == 1 }); err != nil {
		return helpIsDone(err)
	}
	d, err := deck.Read(c.args[0])
	if err != nil {
		return err
	}
	cards := filter.Cards(d)
	rows := make([]listedCard, len(cards))
	for i, card := range cards {
		rows[i] = listed(d, card)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			return err
		}
	} else {
		printTable(stdout, rows)
	}
	fmt.Fprintf(stderr, "deckgen: %d of %d cards\n", len(cards), len(d.Cards))
	return nil
}

func listed(d *deck.Deck, c deck.Card) listedCard {
	f, _ := d.Fact(c.Fact)
	src, _ := d.Source(f.Source)
	date := f.Date
	if date == "" {
		date = src.Date
	}
	return listedCard{ID: c.ID, Type: c.Type, Kind: f.Kind, Source: src.ID, Date: date,
		Prompt: c.Prompt, Answer: c.Answer, Choices: c.Choices, Tags: c.Tags, Conflicts: f.Conflicts}
}

// tableRunes is how much of a prompt or answer the table shows.
const tableRunes = 48

func printTable(w io.Writer, rows []listedCard) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTYPE\tKIND\tSOURCE\tDATE\tCONFLICTS\tPROMPT\tANSWER")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.ID, r.Type, r.Kind, r.Source, r.Date,
			len(r.Conflicts), cell(r.Prompt), cell(r.Answer))
	}
	tw.Flush()
}

// cell keeps a text on one line of the table, cut to tableRunes.
func cell(s string) string {
	s = tsvCell(s)
	if r := []rune(s); len(r) > tableRunes {
		return string(r[:tableRunes-1]) + "…"
	}
	return strings.TrimSpace(s)
}
