package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/skip2/go-qrcode"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/safefile"
)

// defaultBase is where `make serve` serves the web app.
const defaultBase = "http://127.0.0.1:8080/"

// link prints a link that opens a deck in the web app with no server for
// the deck. A pick of the built-in deck's cards (every copy of the app
// holds that deck) travels as their ids only (deck.EncodePick), short
// enough for a QR code; any other deck travels whole in the URL's
// fragment (deck.EncodeLink). A teacher picks the cards by id, or lets
// Pick choose a mix of n.
func link(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("link", "usage: deckgen link [-base URL] [-title T] [-n N [-seed S] | -cards ID,...] [-full] [-qr FILE.png] DECK.json", stderr)
	base := fs.String("base", defaultBase, "the `URL` of the web app (where its index.html is served)")
	n := fs.Int("n", 0, "share `N` cards picked as a quiz picks them: one per fact, the types in turn (0: every card)")
	seed := fs.Uint64("seed", 1, "which cards -n picks: the same `seed` gives the same cards")
	ids := fs.String("cards", "", "share these cards, in this order: a comma-separated list of card `ids`")
	title := fs.String("title", "", "the shared deck's `title` (default: the deck's own)")
	full := fs.Bool("full", false, "carry the cards whole even when they all are the built-in deck's")
	qrFile := fs.String("qr", "", "also write the link as a QR code, a PNG `file` to show on a projector")
	if err := fs.parse(args, func() bool { return fs.NArg() == 1 && *n >= 0 && !(*n > 0 && *ids != "") }); err != nil {
		return err
	}
	u, err := url.Parse(*base)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Fragment != "" {
		return fmt.Errorf("-base %s: want an absolute URL without a fragment, like %s", deck.Quote(*base), defaultBase)
	}
	d, err := deck.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	switch {
	case *ids != "":
		d, err = d.Subset(strings.Split(*ids, ","))
	case *n > 0:
		d, err = d.Subset(deck.Pick(d, *n, *seed))
	}
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	if *title != "" {
		d.Title = *title
	}
	builtin, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		return fmt.Errorf("the built-in deck: %w", err)
	}
	fragment, err := deck.ShareFragment(d, builtin, *full)
	if errors.Is(err, deck.ErrLinkTooLong) {
		return fmt.Errorf("%s: %w, or pick fewer cards (-n, -cards)", fs.Arg(0), err)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	u.Fragment, u.RawFragment = "", ""
	addr := fmt.Sprintf("%s#%s", u, fragment)
	if *qrFile != "" {
		if err := writeQR(*qrFile, addr); err != nil {
			return err
		}
	}
	fmt.Fprintln(stdout, addr)
	if strings.HasPrefix(fragment, deck.PickKey+"=") {
		fmt.Fprintf(stderr, "deckgen: %d cards of the built-in deck, by their ids: a link of %d characters\n", len(d.Cards), len(addr))
		return nil
	}
	fmt.Fprintf(stderr, "deckgen: %d cards, a link of %d characters (at most %d)\n", len(d.Cards), len(fragment)-len(deck.LinkKey)-1, deck.MaxLinkLen)
	return nil
}

// writeQR writes addr as a QR code PNG of 1024 pixels a side, with medium
// error correction: large enough to scan from the back of a classroom.
func writeQR(name, addr string) error {
	png, err := qrcode.Encode(addr, qrcode.Medium, 1024)
	if err != nil {
		return fmt.Errorf("-qr %s: %w", name, err)
	}
	if err := safefile.Write(name, png); err != nil {
		return fmt.Errorf("-qr: %w", err)
	}
	return nil
}
