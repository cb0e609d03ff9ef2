package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

// The text formats come back through import as the same questions.
func TestExportThenImportCommands(t *testing.T) {
	quiz := tariffQuiz(t)
	orig, err := deck.Read(quiz)
	require.NoError(t, err)
	dir := t.TempDir()
	for _, name := range []string{"anki", "csv", "gift"} {
		t.Run(name, func(t *testing.T) {
			out, back := filepath.Join(dir, "quiz."+name), filepath.Join(dir, name+".json")
			code, _, stderr := runCommand(t, "export", "--format", name, "-o", out, quiz)
			require.Equal(t, 0, code, stderr)
			code, _, stderr = runCommand(t, "import", out, "--format", name, "-o", back, "--title", "戻り")
			require.Equal(t, 0, code, stderr)
			d, err := deck.Read(back)
			require.NoError(t, err)
			assert.Equal(t, "戻り", d.Title)
			assert.Equal(t, "quiz."+name, d.Sources[0].File)
			byID := map[string]deck.Card{}
			for _, c := range d.Cards {
				byID[c.ID] = c
			}
			for _, c := range orig.Cards {
				if c.Type == deck.TypeOrder || (c.Type == deck.TypeMatch && name != "gift") {
					continue
				}
				got, ok := byID[c.ID]
				require.True(t, ok, "card %s comes back under its id", c.ID)
				assert.Equal(t, c.Type, got.Type, c.ID)
				assert.Equal(t, c.Prompt, got.Prompt, c.ID)
				assert.Equal(t, c.Answer, got.Answer, c.ID)
				assert.Equal(t, c.Choices, got.Choices, c.ID)
			}
		})
	}
}

// A teacher's own spreadsheet: only a question and an answer column,
// Japanese headers, a quoted cell with a comma and a line break.
func TestImportATeachersOwnSpreadsheet(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "単語テスト.csv")
	require.NoError(t, os.WriteFile(sheet, []byte("\ufeff問題,答え\r\n日本の首都は？,東京\r\n\"「安保」とは、\n何の略か。\",日米安全保障条約\r\n"), 0o644))
	out := filepath.Join(dir, "mine.json")
	code, _, stderr := runCommand(t, "import", "--format=csv", sheet, "-o", out)
	require.Equal(t, 0, code, stderr)
	d, err := deck.Read(out)
	require.NoError(t, err)
	assert.Equal(t, "単語テスト", d.Title)
	assert.Equal(t, "ja", d.Language)
	require.Len(t, d.Cards, 2)
	assert.Equal(t, "「安保」とは、\n何の略か。", d.Cards[1].Prompt)
	assert.Equal(t, deck.TypeBasic, d.Cards[1].Type)
	f, _ := d.Fact(d.Cards[0].Fact)
	assert.Equal(t, "単語テスト.csv", d.Sources[0].File)
	assert.Equal(t, d.Sources[0].ID, f.Source)

	// The same file gives the same ids, so progress on them survives.
	again := filepath.Join(dir, "again.json")
	code, _, stderr = runCommand(t, "import", sheet, "--format", "csv", "-o", again)
	require.Equal(t, 0, code, stderr)
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(again)
	assert.Equal(t, string(a), string(b))
}

func TestImportRefusesAnOversizedFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.tsv")
	require.NoError(t, os.WriteFile(big, []byte(strings.Repeat("q\ta\n", formats.MaxImportBytes/4+1)), 0o644))
	out := filepath.Join(dir, "out.json")
	code, _, stderr := runCommand(t, "import", big, "--format", "quizlet", "-o", out)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, big+": more than the 8388608 bytes")
	_, err := os.Stat(out)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// A file of thousands of bad cards is reported by its first problems,
// each naming its line, in a message of bounded size.
func TestImportOfManyBadLinesIsBrief(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("prompt,answer,type\n"+strings.Repeat(strings.Repeat("長", 500)+",a,mcq\n", 2000)), 0o644))
	out := filepath.Join(dir, "out.json")
	code, _, stderr := runCommand(t, "import", bad, "--format", "csv", "-o", out)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "line 2: card")
	assert.Less(t, len(stderr), 4096, "stderr of %d bytes", len(stderr))
	assert.NoFileExists(t, out)
}
