//go:build !js

package apkg

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

var when = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

// openPackage unzips a package and opens its collection with
// modernc.org/sqlite, as a test of what Anki would read.
func openPackage(t *testing.T, data []byte) *sql.DB {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	files := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		require.NoError(t, err)
		files[f.Name], err = io.ReadAll(r)
		require.NoError(t, err)
		r.Close()
	}
	require.Contains(t, files, CollectionFile)
	assert.JSONEq(t, "{}", string(files[MediaFile]), "the media map: no media")
	path := filepath.Join(t.TempDir(), CollectionFile)
	require.NoError(t, os.WriteFile(path, files[CollectionFile], 0o644))
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

func columns(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query("SELECT name FROM pragma_table_info(?)", table)
	require.NoError(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		require.NoError(t, rows.Scan(&name))
		out = append(out, name)
	}
	return out
}

// The collection's tables and columns are Anki's schema 11 (AnkiDroid
// wiki, "Database Structure").
func TestPackageHasAnkisSchema(t *testing.T) {
	d, err := deck.Read("../testdata/sample.json")
	require.NoError(t, err)
	data, _, err := WriteAt(d, when)
	require.NoError(t, err)
	db := openPackage(t, data)
	want := map[string][]string{
		"col":    {"id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"},
		"notes":  {"id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"},
		"cards":  {"id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"},
		"revlog": {"id", "cid", "usn", "ivl", "lastIvl", "ease", "factor", "time", "type"},
		"graves": {"usn", "oid", "type"},
	}
	for table, cols := range want {
		assert.Equal(t, cols, columns(t, db, table), table)
	}

	var ver int
	var modelsJSON, decksJSON string
	require.NoError(t, db.QueryRow("SELECT ver, models, decks FROM col").Scan(&ver, &modelsJSON, &decksJSON))
	assert.Equal(t, 11, ver)
	var models map[string]struct {
		Name   string `json:"name"`
		Type   int    `json:"type"`
		Fields []struct {
			Name string `json:"name"`
		} `json:"flds"`
		Templates []struct {
			QFmt string `json:"qfmt"`
		} `json:"tmpls"`
	}
	require.NoError(t, json.Unmarshal([]byte(modelsJSON), &models))
	fieldCount := map[string]int{}
	names := map[string][]string{}
	for id, m := range models {
		for _, f := range m.Fields {
			names[m.Name] = append(names[m.Name], f.Name)
		}
		fieldCount[id] = len(m.Fields)
	}
	assert.Equal(t, map[string][]string{"Basic": {"Front", "Back"}, "Cloze": {"Text", "Back Extra"}}, names)
	var decks map[string]struct {
		Name string `json:"name"`
	}
	require.NoError(t, json.Unmarshal([]byte(decksJSON), &decks))

	rows, err := db.Query("SELECT n.guid, n.mid, n.flds, n.tags, c.did, c.ord FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due")
	require.NoError(t, err)
	defer rows.Close()
	var guids []string
	for rows.Next() {
		var guid, flds, tags string
		var mid, did int64
		var ord int
		require.NoError(t, rows.Scan(&guid, &mid, &flds, &tags, &did, &ord))
		guids = append(guids, guid)
		assert.Len(t, strings.Split(flds, "\x1f"), fieldCount[itoa(mid)], "note %s has its note type's fields", guid)
		assert.Equal(t, d.Title, decks[itoa(did)].Name, "card of note %s is in the deck", guid)
		assert.Equal(t, 0, ord)
		if mid == clozeModelID {
			assert.Contains(t, flds, "{{c1::")
		}
	}
	var ids []string
	for _, c := range d.Cards {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, ids, guids, "a note a card, in order, the card's id as guid")
}

// A second package of the same deck has the same guids and ids, so that
// Anki updates the notes of the first.
func TestPackageIDsAreStable(t *testing.T) {
	d, err := deck.Read("../testdata/sample.json")
	require.NoError(t, err)
	read := func(at time.Time) []string {
		data, _, err := WriteAt(d, at)
		require.NoError(t, err)
		rows, err := openPackage(t, data).Query("SELECT n.id || ' ' || n.guid || ' ' || c.id || ' ' || c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id")
		require.NoError(t, err)
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			require.NoError(t, rows.Scan(&s))
			out = append(out, s)
		}
		return out
	}
	first := read(when)
	assert.Len(t, first, len(d.Cards))
	assert.Equal(t, first, read(when.Add(24*time.Hour)))
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

var update = flag.Bool("update", false, "rewrite testdata/sample.apkg-notes.tsv (then read it by eye)")

// The golden file is the notes of the sample's package, read back with
// SQLite: guid, note type, each field, tags. Checked by hand against the
// Anki Manual ("Editing › Cloze Deletion" for {{c1::…}}, "Importing ›
// Text Files › HTML" for the escaped fields).
func TestPackageNotesGolden(t *testing.T) {
	d, err := deck.Read("../testdata/sample.json")
	require.NoError(t, err)
	data, _, err := WriteAt(d, when)
	require.NoError(t, err)
	rows, err := openPackage(t, data).Query("SELECT n.guid, n.mid, n.flds, n.tags FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due")
	require.NoError(t, err)
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var guid, flds, tags string
		var mid int64
		require.NoError(t, rows.Scan(&guid, &mid, &flds, &tags))
		model := "Basic"
		if mid == clozeModelID {
			model = "Cloze"
		}
		b.WriteString(strings.Join(append([]string{guid, model}, append(strings.Split(flds, "\x1f"), tags)...), "\t") + "\n")
	}
	path := "../testdata/sample.apkg-notes.tsv"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}
