package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"

	"factdeck/cards/deck"
)

// lesson is a short document of facts, in our own words.
const lesson = "北陸新幹線の延伸\n\n" +
	"北陸新幹線は2024年3月16日に金沢駅から敦賀駅まで延伸された。\n" +
	"延伸区間の長さは約125kmで、新たに6つの駅が設けられた。\n" +
	"建設費は約1兆6779億円に上った。\n"

// Each format a teacher may have gives a deck of the same facts.
func TestBuildReadsEveryDocumentFormat(t *testing.T) {
	dir := t.TempDir()
	sjis, err := japanese.ShiftJIS.NewEncoder().String(strings.ReplaceAll(lesson, "\n", "\r\n"))
	require.NoError(t, err)
	md := "# 北陸新幹線の延伸\n\n" + strings.SplitN(lesson, "\n\n", 2)[1]
	html := "<html><head><title>ニュース</title></head><body><nav>ホーム</nav><h1>北陸新幹線の延伸</h1>" +
		"<p>" + strings.ReplaceAll(strings.SplitN(lesson, "\n\n", 2)[1], "\n", "</p><p>") + "</p></body></html>"
	for name, data := range map[string]string{
		"utf8.txt":  lesson,
		"bom.txt":   "\ufeff" + lesson,
		"sjis.txt":  sjis,
		"lesson.md": md,
		"page.html": html,
	} {
		t.Run(name, func(t *testing.T) {
			doc := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(doc, []byte(data), 0o644))
			out := filepath.Join(dir, name+".json")
			code, _, stderr := runCommand(t, "build", "-o", out, doc)
			require.Equal(t, 0, code, stderr)
			d, err := deck.Read(out)
			require.NoError(t, err)
			assert.Equal(t, "北陸新幹線の延伸", d.Title)
			answers := map[string]bool{}
			for _, f := range d.Facts {
				answers[f.Key] = true
			}
			assert.True(t, answers["2024年3月16日"], "facts: %v", answers)
		})
	}
}

func TestBuildRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "lesson.txt")
	require.NoError(t, os.WriteFile(doc, []byte(lesson), 0o644))
	// The same file by another name is the same file.
	code, _, stderr := runCommand(t, "build", "-o", filepath.Join(dir, ".", "lesson.txt"), doc)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "is one of the documents given")
	data, err := os.ReadFile(doc)
	require.NoError(t, err)
	assert.Equal(t, lesson, string(data), "the document is unchanged")
}

func TestBuildRefusesDevicesAndHugeFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "d.json")
	code, _, stderr := runCommand(t, "build", "-o", out, "/dev/zero")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "/dev/zero: not a regular file (a device)")

	doc := filepath.Join(t.TempDir(), "lesson.txt")
	require.NoError(t, os.WriteFile(doc, []byte(lesson), 0o644))
	code, _, stderr = runCommand(t, "build", "-max-size", "100", "-o", out, doc)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "lesson.txt: file too large")
	assert.Contains(t, stderr, "--max-size")
	assert.NoFileExists(t, out)
}

// A date that is not a real one is left out with a warning naming the
// file and line, and the build goes on.
func TestBuildWarnsOfUnrealDates(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "dated.txt")
	require.NoError(t, os.WriteFile(doc, []byte("北陸新幹線の延伸\n公開日: 2110-87-95\n"+strings.SplitN(lesson, "\n\n", 2)[1]), 0o644))
	out := filepath.Join(dir, "d.json")
	code, _, stderr := runCommand(t, "build", "-o", out, doc)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, `warning: dated.txt: line 2: "公開日: 2110-87-95" is not a real date`)
	d, err := deck.Read(out)
	require.NoError(t, err)
	assert.Empty(t, d.Sources[0].Date)
}

func TestBuildAllowEmptyWritesAnEmptyDeckWithAWarning(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "one.txt")
	require.NoError(t, os.WriteFile(doc, []byte("短い文です。\n"), 0o644))
	out := filepath.Join(dir, "d.json")
	code, _, stderr := runCommand(t, "build", "-allow-empty", "-o", out, doc)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: "+out+" written without cards")
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"title": "one"`, "an untitled text is named by its file")
	assert.Contains(t, string(data), `"cards": []`)
}
