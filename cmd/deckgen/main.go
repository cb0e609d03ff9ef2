// Command deckgen builds factdeck decks from documents.
//
//	deckgen build -o deck.json [-title T] [--seed N] [--types LIST] [--kinds LIST] [--min-quality Q] [--skip-caveated] [--lang ja|en] doc.txt...
//	deckgen link [-base URL] [-n N | -cards IDS] deck.json
package main

import (
	"fmt"
	"io"
	"os"

	"factdeck/cards/deck"
	"factdeck/cards/safefile"
)

const usage = `usage: deckgen <command> [flags] [args]

commands:
  build -o FILE [-title TITLE] DOC...   build a deck from UTF-8 text documents
        [--seed N] [--types LIST] [--kinds LIST] [--min-quality Q] [--skip-caveated] [--lang ja|en]
  check [-corpus DIR] FILE [DOC...]     re-verify a deck against its sources and the quality rules
  sample [-n N] [-seed S] FILE          print N cards drawn by seed, as TSV, to judge precision
  snapshot -o FILE DECK.json            write the deck as the binary snapshot the app embeds
  link [-base URL] [-n N | -cards IDS] DECK.json
                                        print a link that opens the deck (or N of its cards) in the web app

teachers' tools (flags before or after the files; "deckgen CMD --help" for examples):
  list DECK.json [filters] [--json]     print the cards that pass the filters
        filters: --tag T --kind K --type T --source S --text T --no-conflicts
  assemble DECK.json -o QUIZ.json [filters] [--count N] [--seed S] [--order O] [--title T]
                                        write a quiz deck of the cards that pass the filters
  merge A.json B.json... -o OUT.json    join decks by id, each fact and card once
  export DECK.json --format F -o OUT    write a deck for Anki, Quizlet, Excel, Moodle, Kahoot! or print
  import FILE --format F -o DECK.json   make a deck of your own cards (anki, quizlet, csv, gift)

Run "deckgen <command> -h" for a command's flags.
`

func main() {
	// A deck being written when Ctrl-C or SIGTERM comes leaves no
	// temporary file behind (a kill's go at the next write of that deck).
	safefile.CleanUpOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "build":
		err = build(args[1:], stdout, stderr)
	case "check":
		err = check(args[1:], stdout, stderr)
	case "sample":
		err = sample(args[1:], stdout, stderr)
	case "snapshot":
		err = snapshot(args[1:], stdout, stderr)
	case "link":
		err = link(args[1:], stdout, stderr)
	case "list":
		err = listCards(args[1:], stdout, stderr)
	case "assemble":
		err = assemble(args[1:], stdout, stderr)
	case "merge":
		err = merge(args[1:], stdout, stderr)
	case "export":
		err = export(args[1:], stdout, stderr)
	case "import":
		err = importCards(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "deckgen: unknown command %s\n\n%s", deck.Quote(args[0]), usage)
		return 2
	}
	if err != nil {
		if err != errUsage {
			fmt.Fprintln(stderr, "deckgen:", err)
		}
		return 1
	}
	return 0
}
