package study_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// view is everything Undo must restore, in comparable form.
type view struct {
	Current  string
	Flipped  bool
	Left     study.Counts
	Reviewed int
	Progress string // the progress as JSON: states, log and settings
}

func look(t *testing.T, s *study.Session) view {
	t.Helper()
	c, _ := s.Current()
	data, err := json.Marshal(s.Progress())
	require.NoError(t, err)
	return view{c.ID, s.Flipped(), s.Left(), s.Reviewed(), string(data)}
}

// TestUndoRestoresEverything answers, undoes, and checks that the session
// and progress look exactly as before the answer, then that the rest of
// the session runs as if the answer had never been given.
func TestUndoRestoresEverything(t *testing.T) {
	for _, tt := range []struct {
		name  string
		setup []study.Grade // answers before the one taken back
		grade study.Grade
	}{
		{"new card graded Good goes to learning", nil, study.Good},
		{"new card graded Again", nil, study.Again},
		{"new card graded Easy leaves the session", nil, study.Easy},
		{"learning card shown again at once", []study.Grade{study.Again, study.Easy, study.Easy, study.Easy}, study.Good},
		{"review card lapses", []study.Grade{study.Easy}, study.Again},
	} {
		t.Run(tt.name, func(t *testing.T) {
			clk := &clock{t: t0}
			d := cardsDeck("a", "b", "c", "d")
			p := study.NewProgress()
			setState(t, p, "d", srs.Card{State: srs.Review, Due: t0.Add(-day)})
			s, err := study.New(d, p, study.Options{Now: clk.now})
			require.NoError(t, err)
			for _, g := range tt.setup {
				clk.advance(time.Minute)
				require.NoError(t, s.Flip())
				require.NoError(t, s.Answer(g))
			}
			clk.advance(time.Minute)
			require.NoError(t, s.Flip())
			before := look(t, s)
			before.Flipped = false // Undo shows the front again, as Anki does

			require.NoError(t, s.Answer(tt.grade))
			s.Current() // the next card is on show
			require.True(t, s.CanUndo())
			require.NoError(t, s.Undo())
			assert.Equal(t, before, look(t, s))

			// The session goes on exactly as a twin that never answered.
			twinP := study.NewProgress()
			setState(t, twinP, "d", srs.Card{State: srs.Review, Due: t0.Add(-day)})
			twinClk := &clock{t: t0}
			twin, err := study.New(d, twinP, study.Options{Now: twinClk.now})
			require.NoError(t, err)
			for _, g := range tt.setup {
				twinClk.advance(time.Minute)
				require.NoError(t, twin.Flip())
				require.NoError(t, twin.Answer(g))
			}
			twinClk.t = clk.t
			twin.Current()
			assert.Equal(t, drainAt(t, twin, twinClk), drainAt(t, s, clk))
		})
	}
}

// drainAt answers Good until the session ends, moving the clock a minute
// per answer, and returns the ids shown.
func drainAt(t *testing.T, s *study.Session, clk *clock) []string {
	t.Helper()
	var order []string
	for len(order) < 100 {
		c, ok := s.Current()
		if !ok {
			due, waiting := s.NextDue()
			if !waiting {
				break
			}
			clk.t = due
			continue
		}
		order = append(order, c.ID)
		require.NoError(t, s.Flip())
		require.NoError(t, s.Answer(study.Good))
		clk.advance(time.Minute)
	}
	return order
}

func TestUndoSeveralInARow(t *testing.T) {
	clk := &clock{t: t0}
	p := study.NewProgress()
	s, err := study.New(cardsDeck("a", "b", "c"), p, study.Options{Now: clk.now})
	require.NoError(t, err)
	assert.ErrorIs(t, s.Undo(), study.ErrNothingToUndo)
	start := look(t, s)
	answer(t, s, "a", study.Good)
	answer(t, s, "b", study.Again)
	answer(t, s, "c", study.Easy)
	for range 3 {
		require.NoError(t, s.Undo())
	}
	assert.Equal(t, start, look(t, s))
	assert.ErrorIs(t, s.Undo(), study.ErrNothingToUndo)
	assert.False(t, s.CanUndo())
}

func TestUndoRefusesAnAnswerGivenElsewhere(t *testing.T) {
	clk := &clock{t: t0}
	d := cardsDeck("a", "b")
	p := schedulingProgress(t)
	s, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	answer(t, s, "a", study.Good)
	q, err := study.NewQuiz(d, []string{"b"}, p, study.QuizOptions{Now: clk.now})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "b"})
	require.NoError(t, err)

	assert.False(t, s.CanUndo())
	assert.ErrorIs(t, s.Undo(), study.ErrUndoElsewhere)
	assert.Len(t, p.Log(), 2, "the quiz answer stays")
}

func TestUndoInDrill(t *testing.T) {
	s := study.NewSession(threeCards())
	start := look(t, s)
	answer(t, s, "a", study.Again) // a goes to the back
	require.NoError(t, s.Undo())
	assert.Equal(t, start, look(t, s))
	for _, id := range []string{"a", "b", "c"} {
		answer(t, s, id, study.Good)
	}
	_, ok := s.Current()
	assert.False(t, ok, "the undone Again left nothing behind")
}

func TestProgressUndoLast(t *testing.T) {
	p := study.NewProgress()
	_, err := p.UndoLast()
	assert.ErrorIs(t, err, study.ErrNothingToUndo)
	_, err = p.Grade("a", srs.Good, t0, time.Second)
	require.NoError(t, err)
	require.NoError(t, p.Apply(study.Review{Card: "b", Rating: srs.Good, Time: t0}, srs.NewCard(t0)))
	_, err = p.UndoLast()
	assert.ErrorIs(t, err, study.ErrNothingToUndo, "a replayed answer is not taken back")
	edits := p.Edits()

	p2 := study.NewProgress()
	_, err = p2.Grade("a", srs.Good, t0, time.Second)
	require.NoError(t, err)
	r, err := p2.UndoLast()
	require.NoError(t, err)
	assert.Equal(t, "a", r.Card)
	_, ok := p2.Card("a")
	assert.False(t, ok, "a card first answered has no state again")
	assert.Empty(t, p2.Log())
	assert.Equal(t, uint64(1), p2.Edits())
	assert.Zero(t, edits, "answers are not edits")
}

// TestUndoWhenTheCardIsBackAtOnce undoes an answer whose requeued card is
// already on show again (learned ahead, nothing else left).
func TestUndoWhenTheCardIsBackAtOnce(t *testing.T) {
	clk := &clock{t: t0}
	s, err := study.New(cardsDeck("a"), study.NewProgress(), study.Options{Now: clk.now})
	require.NoError(t, err)
	start := look(t, s)
	answer(t, s, "a", study.Good)
	c, ok := s.Current()
	require.True(t, ok)
	require.Equal(t, "a", c.ID, "learned ahead")
	assert.Equal(t, study.Counts{Learning: 1}, s.Left())
	require.NoError(t, s.Undo())
	assert.Equal(t, start, look(t, s))
	assert.Equal(t, study.Counts{New: 1}, s.Left())
	_, waiting := s.NextDue()
	assert.False(t, waiting, "the learning showing is gone")
}
