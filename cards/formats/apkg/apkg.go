// An Anki package needs SQLite, which modernc.org/sqlite has for every
// target but js/wasm; the browser app offers the text export instead.

//go:build !js

// Package apkg writes a deck as an Anki package (.apkg): a zip of the
// collection database, written with modernc.org/sqlite (pure Go, so the
// build needs no C compiler), and the media map. Notes are Anki's Basic
// and Cloze note types, as in the text export (formats.AnkiNote), in one
// deck named by the deck's title. Each note's guid is its card's id, and
// note, card, deck and note type ids are made from the deck's contents,
// so importing a newer package of the same deck updates the notes
// instead of adding copies.
package apkg

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

// CollectionFile and MediaFile are the package's two entries.
const (
	CollectionFile = "collection.anki2"
	MediaFile      = "media"
)

// Write makes the package, its notes modified now.
func Write(d *deck.Deck) ([]byte, []formats.Warning, error) {
	return WriteAt(d, time.Now())
}

// WriteAt makes the package with the given modification time, the one
// Anki compares to tell a newer note from an older one.
func WriteAt(d *deck.Deck, now time.Time) ([]byte, []formats.Warning, error) {
	dir, err := os.MkdirTemp("", "factdeck-apkg-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, CollectionFile)
	if err := writeCollection(path, d, now); err != nil {
		return nil, nil, fmt.Errorf("anki collection: %w", err)
	}
	collection, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, entry := range []struct {
		name string
		data []byte
	}{{CollectionFile, collection}, {MediaFile, []byte("{}")}} {
		w, err := z.CreateHeader(&zip.FileHeader{Name: entry.name, Method: zip.Deflate, Modified: now.UTC()})
		if err != nil {
			return nil, nil, err
		}
		if _, err := w.Write(entry.data); err != nil {
			return nil, nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), nil, nil
}

func writeCollection(path string, d *deck.Deck, now time.Time) error {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(schema); err != nil {
		return err
	}
	ms := now.UnixMilli()
	deckID := DeckID(d.Title)
	if err := insertCollection(tx, d, deckID, ms); err != nil {
		return err
	}
	for i, c := range d.Cards {
		typ, first, second := formats.AnkiNote(d, c)
		mid := basicModelID
		if typ == formats.AnkiCloze {
			mid = clozeModelID
		}
		nid := NoteID(c.ID)
		sort := stripHTML(first)
		if _, err := tx.Exec(`INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')`,
			nid, c.ID, mid, ms/1000, " "+formats.AnkiTags(c)+" ", first+"\x1f"+second, sort, checksum(sort)); err != nil {
			return fmt.Errorf("card %s: %w", deck.Clip(c.ID), err)
		}
		// New cards, due in the deck's order.
		if _, err := tx.Exec(`INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`,
			nid+1, nid, deckID, ms/1000, i+1); err != nil {
			return fmt.Errorf("card %s: %w", deck.Clip(c.ID), err)
		}
	}
	return tx.Commit()
}

// insertCollection writes the collection row: its settings, the note
// types, the decks and their options.
func insertCollection(tx *sql.Tx, d *deck.Deck, deckID, ms int64) error {
	conf := map[string]any{"nextPos": len(d.Cards) + 1, "estTimes": true, "activeDecks": []int64{deckID}, "sortType": "noteFld",
		"timeLim": 0, "sortBackwards": false, "addToCur": true, "curDeck": deckID, "newSpread": 0, "dueCounts": true,
		"curModel": strconv.FormatInt(basicModelID, 10), "collapseTime": 1200}
	decks := map[string]any{"1": deckEntry(1, "Default", ms), strconv.FormatInt(deckID, 10): deckEntry(deckID, d.Title, ms)}
	dconf := map[string]any{"1": map[string]any{
		"id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
		"new":   map[string]any{"delays": []int{1, 10}, "ints": []int{1, 4, 7}, "initialFactor": 2500, "order": 1, "perDay": 20, "bury": false},
		"rev":   map[string]any{"perDay": 200, "ease4": 1.3, "ivlFct": 1, "maxIvl": 36500, "bury": false, "hardFactor": 1.2},
		"lapse": map[string]any{"delays": []int{10}, "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1},
	}}
	values := []any{conf, models(deckID, ms), decks, dconf}
	texts := make([]any, len(values))
	for i, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		texts[i] = string(b)
	}
	_, err := tx.Exec(`INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')`,
		append([]any{ms / 1000, ms, ms}, texts...)...)
	return err
}

func deckEntry(id int64, name string, ms int64) map[string]any {
	return map[string]any{"id": id, "name": name, "mod": ms / 1000, "usn": -1, "desc": "", "dyn": 0, "conf": 1, "collapsed": false,
		"newToday": []int{0, 0}, "revToday": []int{0, 0}, "lrnToday": []int{0, 0}, "timeToday": []int{0, 0},
		"extendNew": 10, "extendRev": 50}
}

// DeckID is the Anki deck id of a deck title: the same title, the same
// deck.
func DeckID(title string) int64 { return stableID("deck\x00" + title) }

// NoteID is the note id of a card; the note's card has the next id.
func NoteID(cardID string) int64 { return stableID("note\x00"+cardID) &^ 1 }

// stableID hashes s into the range of Anki's millisecond-timestamp ids
// (after 2001, before 2286), so it never collides with the Default deck.
func stableID(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return 1_000_000_000_000 + int64(h.Sum64()%9_000_000_000_000)
}

var tag = regexp.MustCompile(`<[^>]*>`)

// stripHTML is a field's text as Anki sorts and checks it.
func stripHTML(s string) string { return tag.ReplaceAllString(s, "") }

// checksum is Anki's csum: the first 8 hex digits of the SHA-1 of the
// first field's text, as a number; Anki finds duplicates by it.
func checksum(s string) int64 {
	sum := sha1.Sum([]byte(s))
	return int64(binary.BigEndian.Uint32(sum[:4]))
}
