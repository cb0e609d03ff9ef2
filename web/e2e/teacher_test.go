package e2e

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/harness"
)

// A teacher makes a quiz of the built-in deck on a laptop and on a phone:
// filters its cards by type, picks three, drags the first to the end and
// starts it, asked in the teacher's order. On the laptop the teacher also
// names the quiz, adds it to the home screen, downloads it as CSV and
// shares its short link, which a student's fresh browser opens as the
// same quiz.
func TestTeacherMakesAQuiz(t *testing.T) {
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			downloads := allowDownloads(a)
			a.navigate("/#/deck")
			a.waitRunning()
			a.waitState(func(s appState) bool { return s.Scene == "deck" })
			press := a.presser(vp)
			if vp.touch {
				press("teacher")
			} else {
				a.press("p")
			}
			st := a.waitState(func(s appState) bool { return s.Scene == "teacher" && hasTarget(s, "row-2") })
			assert.Equal(t, "#/teacher", eval[string](a, `location.hash`))
			all := fmt.Sprintf("候補 %d", builtinCards(t))
			assert.Contains(t, st.Text, all)
			for _, tg := range st.Targets {
				if !strings.HasPrefix(tg.ID, "row-") {
					assert.GreaterOrEqual(t, min(tg.W, tg.H), 44.0, "%s is %.0f×%.0f CSS pixels", tg.ID, tg.W, tg.H)
				}
			}

			press("filter-type")
			st = a.waitState(func(s appState) bool { return !strings.Contains(s.Text, all) })
			assert.Contains(t, st.Text, "形式: ", "the type chip names its type")
			for _, row := range []string{"row-0", "row-2", "row-1"} {
				press(row)
			}
			st = a.waitState(func(s appState) bool { return len(s.Picked) == 3 })
			picked := st.Picked

			press("tab-picked")
			a.waitState(func(s appState) bool { return hasTarget(s, "grip-0") && hasTarget(s, "row-2") })
			grip, last := a.target("grip-0"), a.target("row-2")
			x, y := grip.Center()
			_, to := last.Center()
			require.NoError(t, harness.Drag(a.ctx, x, y, x, to, vp.touch))
			st = a.waitState(func(s appState) bool { return len(s.Picked) == 3 && s.Picked[2] == picked[0] })
			order := []string{picked[1], picked[2], picked[0]}
			assert.Equal(t, order, st.Picked, "the first card dragged to the end")
			if !vp.touch {
				a.press("u") // the dragged card, under the cursor, goes up one and back down
				a.waitState(func(s appState) bool { return s.Picked[1] == picked[0] })
				press("down")
				a.waitState(func(s appState) bool { return s.Picked[2] == picked[0] })
			}

			if vp.touch {
				a.screenshot("teacher-" + vp.name)
			} else {
				nameSaveAndShare(t, a, downloads)
			}

			press("start")
			st = a.waitState(func(s appState) bool { return s.Scene == "quiz" || s.Scene == "quiz-feedback" })
			assert.Equal(t, order[0], st.Card, "the quiz asks the teacher's first card first")
			a.screenshot("teacher-quiz-" + vp.name)
			if !vp.touch {
				a.navigate("/#/home")
				home := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
				assert.Equal(t, 3, deckOf(t, home, "Quiz 7").Cards, "the quiz is a deck on the home screen")
			}
			a.noConsoleErrors()
		})
	}
}

// nameSaveAndShare names the quiz on the Teacher screen Quiz 7, adds it
// to the home screen, downloads it as CSV into downloads, and opens its
// share link in a student's fresh browser.
func nameSaveAndShare(t *testing.T, a *app, downloads string) {
	t.Helper()
	a.clickID("name")
	for _, ch := range "Quiz 7" {
		require.NoError(t, harness.Type(a.ctx, string(ch)))
	}
	a.press("Escape")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "小テストの名前: Quiz 7") })
	a.screenshot("teacher-wide")

	a.clickID("save")
	a.waitState(func(s appState) bool { return s.Scene == "teacher-save" })
	a.screenshot("teacher-save-wide")
	a.clickID("save-home")
	a.waitState(func(s appState) bool {
		return strings.Contains(s.Text, "「Quiz 7」をホームに追加しました")
	})
	a.clickID("export-csv")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Quiz 7.csv") })
	data := string(waitFile(t, filepath.Join(downloads, "Quiz 7.csv")))
	assert.True(t, strings.HasPrefix(data, "\uFEFF"), "a CSV with a byte-order mark, for Excel")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\uFEFF"))).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 1+3, "a header and the three cards")

	// PDF and Kahoot come from a module fetched on the first such export;
	// the sheet says so, and the file follows.
	a.clickID("export-pdf")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Quiz 7.pdfを作成しています") })
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Quiz 7.pdfに保存しました") })
	pdf := waitFile(t, filepath.Join(downloads, "Quiz 7.pdf"))
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "a PDF")
	// The quiz holds one type of card, none of which Kahoot! takes: the
	// module, already started, says so at once and writes nothing.
	a.clickID("export-kahoot")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Kahoot! has nothing to import") })
	_, err = os.Stat(filepath.Join(downloads, "Quiz 7.xlsx"))
	assert.True(t, os.IsNotExist(err), "no spreadsheet of no questions")
	a.clickID("close")

	a.clickID("share")
	st := a.waitState(func(s appState) bool { return s.Scene == "share" })
	i := strings.Index(st.Text, "http")
	require.GreaterOrEqual(t, i, 0, st.Text)
	addr := strings.TrimSpace(st.Text[i:])
	assert.Contains(t, addr, "#pick=", "the built-in deck's cards go by their ids")
	a.screenshot("teacher-share-wide")
	a.clickID("close")
	a.waitState(func(s appState) bool { return s.Scene == "teacher" })

	student := newTab(t, a.srv, nil)
	student.navigate(strings.TrimPrefix(addr, a.srv.URL))
	student.waitRunning()
	got := student.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, got.Text, "Quiz 7")
	assert.Equal(t, 3, got.Remaining)
	student.noConsoleErrors()
}

// waitFile waits for a download to finish as path and returns its bytes.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil {
			return data
		}
		time.Sleep(50 * time.Millisecond)
	}
	require.FailNow(t, "no download", "no %s after %s", path, stepTimeout)
	return nil
}
