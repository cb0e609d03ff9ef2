package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/formats/kahoot"
)

// A teacher's first session: a 20-question quiz on tariffs, exported to
// every format, each file read back by what reads that format.
func TestTariffQuizInEveryFormat(t *testing.T) {
	quiz := tariffQuiz(t)
	d, err := deck.Read(quiz)
	require.NoError(t, err)
	dir := t.TempDir()
	export := func(format string) []byte {
		out := filepath.Join(dir, "quiz."+format)
		code, _, stderr := runCommand(t, "export", quiz, "--format", format, "-o", out)
		require.Equal(t, 0, code, stderr)
		data, err := os.ReadFile(out)
		require.NoError(t, err)
		return data
	}
	checks := map[string]func(t *testing.T, data []byte){
		"anki": func(t *testing.T, data []byte) {
			cards, err := formats.ReadAnki(data)
			require.NoError(t, err)
			assert.Len(t, cards, len(d.Cards))
		},
		"quizlet": func(t *testing.T, data []byte) {
			assert.Len(t, strings.Split(strings.TrimSuffix(string(data), "\n"), "\n"), len(d.Cards), "a card a line")
		},
		"csv": func(t *testing.T, data []byte) {
			require.True(t, bytes.HasPrefix(data, []byte("\ufeff")))
			rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
			require.NoError(t, err)
			assert.Len(t, rows, len(d.Cards)+1, "a header and a row a card")
		},
		"gift": func(t *testing.T, data []byte) {
			cards, err := formats.ReadGIFT(data)
			require.NoError(t, err)
			assert.NotEmpty(t, cards)
		},
		"moodle-xml": func(t *testing.T, data []byte) {
			var q struct {
				Questions []struct{} `xml:"question"`
			}
			require.NoError(t, xml.Unmarshal(data, &q))
			assert.NotEmpty(t, q.Questions)
		},
		"kahoot": func(t *testing.T, data []byte) {
			f, err := excelize.OpenReader(bytes.NewReader(data))
			require.NoError(t, err)
			defer f.Close()
			rows, err := f.GetRows(kahoot.Sheet)
			require.NoError(t, err)
			assert.Greater(t, len(rows), kahoot.HeaderRow)
		},
		"apkg": func(t *testing.T, data []byte) {
			z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			require.NoError(t, err)
			var names []string
			for _, f := range z.File {
				names = append(names, f.Name)
			}
			assert.ElementsMatch(t, []string{"collection.anki2", "media"}, names)
		},
		"pdf": func(t *testing.T, data []byte) {
			require.True(t, bytes.HasPrefix(data, []byte("%PDF-")))
			pdftotext, err := exec.LookPath("pdftotext")
			if err != nil {
				if os.Getenv("CI") == "true" {
					t.Fatal("pdftotext not found: .ci/deps.sh installs poppler-utils")
				}
				t.Skip("pdftotext not found: install poppler-utils (make deps)")
			}
			file := filepath.Join(dir, "check.pdf")
			require.NoError(t, os.WriteFile(file, data, 0o644))
			out, err := exec.Command(pdftotext, file, "-").Output()
			require.NoError(t, err)
			assert.Contains(t, string(out), "解答と出典")
		},
	}
	require.ElementsMatch(t, exporterNames(), keys(checks), "every format has its check")
	for format, check := range checks {
		t.Run(format, func(t *testing.T) { check(t, export(format)) })
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
