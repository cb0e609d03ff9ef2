package scene

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/game/input"
)

// A slow format (the browser's Kahoot and PDF, whose module is fetched
// first) is written in the background: the sheet says it is being made,
// a second press waits its turn, the sheet may close, and the file is
// kept and announced when it is done.
func TestSlowExportRunsInTheBackground(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	saved := map[string][]byte{}
	ctx.SaveFile = func(name string, data []byte) (string, error) {
		saved[name] = data
		return name, nil
	}
	release := make(chan struct{})
	slow := formats.Writer{Name: "pdf", Label: "PDF", Ext: "pdf", Slow: true,
		Write: func(d *deck.Deck) ([]byte, []formats.Warning, error) {
			<-release
			return []byte("%PDF " + d.Title), nil, nil
		}}
	ctx.Formats = []formats.Writer{slow}
	quiz := testDeck()
	quiz.Title = "小テスト"
	s := NewTeacherSave(quiz)
	s.Update(ctx, nil)

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "export-pdf")})
	assert.Contains(t, ctx.Notices.Text(), "小テスト.pdfを作成しています")
	assert.True(t, ctx.Pending())
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "export-pdf")})
	assert.Contains(t, ctx.Notices.Text(), "前のファイルを作成中です", "one slow export at a time")
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op, "the sheet may close meanwhile")
	ctx.RunLater()
	assert.Empty(t, saved, "nothing is kept before the writer is done")

	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for ctx.Pending() && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
		ctx.RunLater()
	}
	require.False(t, ctx.Pending())
	assert.Equal(t, "%PDF 小テスト", string(saved["小テスト.pdf"]))
	assert.Contains(t, ctx.Notices.Text(), "小テスト.pdfに保存しました")
}
