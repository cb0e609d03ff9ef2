package study_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// cardByID returns the card of d with the given id.
func cardByID(t *testing.T, d *deck.Deck, id string) deck.Card {
	t.Helper()
	for _, c := range d.Cards {
		if c.ID == id {
			return c
		}
	}
	require.Failf(t, "no such card", "card %s", id)
	return deck.Card{}
}

// TestJudgeAcceptsWhatAnotherSourceStates: an answer a linked source
// states is Accepted (not wrong) for typed, numeric and choice cards;
// anything else stays wrong.
func TestJudgeAcceptsWhatAnotherSourceStates(t *testing.T) {
	d := readDeck(t, "sources.json")
	tf := deck.Card{Type: deck.TypeTrueFalse, Answer: "false", Accept: []string{"true"}}
	for _, tt := range []struct {
		card  deck.Card
		given string
		want  study.Outcome
	}{
		{cardByID(t, d, "pm-cloze"), "石破茂", study.Right},
		{cardByID(t, d, "pm-cloze"), "岸田文雄", study.Accepted},
		{cardByID(t, d, "pm-cloze"), "岸田 文雄。", study.Accepted}, // normalised like the answer
		{cardByID(t, d, "pm-cloze"), "菅義偉", study.Wrong},
		{cardByID(t, d, "pm-mcq"), "石破茂", study.Right},
		{cardByID(t, d, "pm-mcq"), "岸田文雄", study.Accepted},
		{cardByID(t, d, "pm-mcq"), "安倍晋三", study.Wrong},
		{cardByID(t, d, "inv-num"), "7833", study.Right},
		{cardByID(t, d, "inv-num"), "約7,500億ドル", study.Accepted},
		{cardByID(t, d, "inv-num"), "７５００", study.Accepted},
		{cardByID(t, d, "inv-num"), "7600", study.Wrong},
		{tf, "false", study.Right},
		{tf, "正しい", study.Accepted},
		{cardByID(t, d, "pm-tf"), "true", study.Wrong}, // no Accept: plain wrong
	} {
		got := study.Judge(tt.card, study.Response{Text: tt.given})
		assert.Equal(t, tt.want, got, "%s: %q", tt.card.ID, tt.given)
		assert.Equal(t, tt.want != study.Wrong, study.Check(tt.card, study.Response{Text: tt.given}), "Check agrees: %s %q", tt.card.ID, tt.given)
	}
}

// TestOrderAndMatchReadLists: items and pairs come from the card's lists,
// so a 、 or → inside a value does not split it; older decks without the
// lists are still read from their text.
func TestOrderAndMatchReadLists(t *testing.T) {
	d := readDeck(t, "sources.json")
	order, match := cardByID(t, d, "order"), cardByID(t, d, "match")

	assert.Equal(t, study.Right, study.Judge(order, study.Response{Order: []string{"関税", "投資、為替", "為替→円"}}))
	assert.Equal(t, study.Wrong, study.Judge(order, study.Response{Order: []string{"投資、為替", "関税", "為替→円"}}))
	assert.Equal(t, study.Right, study.Judge(match, study.Response{Pairs: map[string]string{
		"交渉手段": "コロンビア、メキシコ、カナダ", "対象": "鉄鋼"}}))
	assert.Equal(t, study.Wrong, study.Judge(match, study.Response{Pairs: map[string]string{
		"交渉手段": "鉄鋼", "対象": "コロンビア、メキシコ、カナダ"}}))

	q, err := study.NewQuiz(d, []string{"order", "match"}, nil, study.QuizOptions{Seed: 3})
	require.NoError(t, err)
	qu, _ := q.Current()
	assert.ElementsMatch(t, []string{"関税", "投資、為替", "為替→円"}, qu.Items, "three whole items to arrange")
	_, err = q.Answer(study.Response{Order: []string{"関税", "投資、為替", "為替→円"}})
	require.NoError(t, err)
	qu, _ = q.Current()
	assert.Equal(t, []string{"交渉手段", "対象"}, qu.Left)
	assert.ElementsMatch(t, []string{"コロンビア、メキシコ、カナダ", "鉄鋼"}, qu.Right)
	res, err := q.Answer(study.Response{Pairs: map[string]string{"交渉手段": "コロンビア、メキシコ、カナダ", "対象": "鉄鋼"}})
	require.NoError(t, err)
	assert.True(t, res.Correct)

	// Without the lists, the text is read as before.
	old := order
	old.Items = nil
	old.Answer = "関税 → 投資 → 為替"
	old.Choices = []string{"為替", "関税", "投資"}
	assert.Equal(t, study.Right, study.Judge(old, study.Response{Order: []string{"関税", "投資", "為替"}}))
}

// TestStudySkipsQuizOnlyCards: a study session, with or without saved
// progress, never queues a quiz-only card, even one a quiz has scheduled;
// a quiz still asks it.
func TestStudySkipsQuizOnlyCards(t *testing.T) {
	d := readDeck(t, "sources.json")
	studyIDs := []string{"pm-cloze", "inv-num", "art-num", "order", "match"}

	assert.Equal(t, studyIDs, drain(t, study.NewSession(d, d.Cards)), "a drill shows each fact's study card")

	clk := &clock{t: t0}
	p := schedulingProgress(t)
	q, err := study.NewQuiz(d, []string{"pm-mcq", "pm-tf"}, p, study.QuizOptions{Now: clk.now})
	require.NoError(t, err, "a quiz may pick quiz-only cards")
	_, err = q.Answer(study.Response{Text: "石破茂"})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "true"}) // wrong: relearning
	require.NoError(t, err)
	setState(t, p, "pm-mcq", srs.Card{State: srs.Review, Due: t0.Add(-day)})

	s, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	assert.Equal(t, study.Counts{New: 5}, s.Left(), "quiz-only cards are neither new, learning nor due")
	assert.Equal(t, studyIDs, drain(t, s))
	assert.Len(t, study.StudyCards(d.Cards), 5)
}

// TestQuizAcceptedOutcome: in a quiz the other source's answer counts,
// with its own outcome, and moves the schedule as a right answer.
func TestQuizAcceptedOutcome(t *testing.T) {
	d := readDeck(t, "sources.json")
	p := schedulingProgress(t)
	q, err := study.NewQuiz(d, []string{"pm-cloze", "pm-mcq", "inv-num"}, p, study.QuizOptions{Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	for _, text := range []string{"岸田文雄", "岸田文雄", "7500"} {
		res, err := q.Answer(study.Response{Text: text})
		require.NoError(t, err)
		assert.Equal(t, study.Accepted, res.Outcome, res.Question.Card.ID)
		assert.True(t, res.Correct)
		assert.False(t, q.CanOverride(), "nothing to declare right")
	}
	assert.Equal(t, 3, q.Score().Correct)
	assert.Empty(t, q.Mistakes())
	for _, r := range p.Log() {
		assert.Equal(t, srs.Good, r.Rating, r.Card)
	}
}

// TestQuizOverride: after a wrong typed answer the student may declare it
// right; the result counts, the log's entry is graded Good and flagged,
// and the card's schedule is the one a right answer gives.
func TestQuizOverride(t *testing.T) {
	d := readDeck(t, "sources.json")
	clk := &clock{t: t0}
	p := schedulingProgress(t)
	q, err := study.NewQuiz(d, []string{"pm-cloze", "pm-mcq", "art-num"}, p, study.QuizOptions{Now: clk.now})
	require.NoError(t, err)

	_, err = q.Override()
	assert.ErrorIs(t, err, study.ErrNoOverride, "no answer yet")

	clk.advance(12 * time.Second)
	res, err := q.Answer(study.Response{Text: "いしばしげる"})
	require.NoError(t, err)
	require.Equal(t, study.Wrong, res.Outcome)
	require.True(t, q.CanOverride())
	clk.advance(5 * time.Second) // reading the feedback does not count
	res, err = q.Override()
	require.NoError(t, err)
	assert.Equal(t, study.Overridden, res.Outcome)
	assert.True(t, res.Correct)
	assert.Equal(t, 1, q.Score().Correct)
	assert.Empty(t, q.Mistakes())
	require.Len(t, p.Log(), 1, "the wrong entry is replaced, not kept beside")
	rev := p.Log()[0]
	assert.Equal(t, srs.Good, rev.Rating)
	assert.True(t, rev.Override)
	assert.True(t, rev.Quiz)
	assert.Equal(t, t0.Add(12*time.Second), rev.Time)
	assert.Equal(t, 12*time.Second, rev.Duration())

	want := study.NewProgress()
	_, err = want.Grade("pm-cloze", srs.Good, t0.Add(12*time.Second), 12*time.Second)
	require.NoError(t, err)
	got, _ := p.Card("pm-cloze")
	wantCard, _ := want.Card("pm-cloze")
	assert.Equal(t, wantCard, got, "scheduled as a right answer")

	_, err = q.Override()
	assert.ErrorIs(t, err, study.ErrNoOverride, "once is enough")

	// A wrong choice is not a typed answer: the choices were in view.
	_, err = q.Answer(study.Response{Text: "安倍晋三"})
	require.NoError(t, err)
	assert.False(t, q.CanOverride())
	_, err = q.Override()
	assert.ErrorIs(t, err, study.ErrNoOverride)

	// A wrong numeric answer may be, but not once the progress holds a
	// newer answer given elsewhere.
	_, err = q.Answer(study.Response{Text: "10条"})
	require.NoError(t, err)
	require.True(t, q.CanOverride())
	_, err = p.Grade("other", srs.Good, clk.now(), 0)
	require.NoError(t, err)
	_, err = q.Override()
	assert.ErrorIs(t, err, study.ErrUndoElsewhere)
	assert.Equal(t, 1, q.Score().Correct, "the refused override changed nothing")
}

// TestQuizOverrideWithoutProgress: a quiz that leaves the schedule alone
// still lets the student declare an answer right.
func TestQuizOverrideWithoutProgress(t *testing.T) {
	d := readDeck(t, "sources.json")
	q, err := study.NewQuiz(d, []string{"art-num"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "十"})
	require.NoError(t, err)
	res, err := q.Override()
	require.NoError(t, err)
	assert.Equal(t, study.Overridden, res.Outcome)
	assert.Equal(t, 1, q.Score().Correct)
}

// TestOverrideFlagSurvivesSaving: the flag is written and read back, and
// a log written before the flag existed still loads.
func TestOverrideFlagSurvivesSaving(t *testing.T) {
	d := readDeck(t, "sources.json")
	p := schedulingProgress(t)
	q, err := study.NewQuiz(d, []string{"art-num", "pm-cloze"}, p, study.QuizOptions{Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "8"})
	require.NoError(t, err)
	_, err = q.Override()
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "石破茂"})
	require.NoError(t, err)

	data, err := json.Marshal(p)
	require.NoError(t, err)
	back := study.NewProgress()
	require.NoError(t, json.Unmarshal(data, back))
	require.Len(t, back.Log(), 2)
	assert.True(t, back.Log()[0].Override)
	assert.False(t, back.Log()[1].Override)
	assert.Equal(t, 1, strings.Count(string(data), `"override"`), "written only where set")

	old := readProgress(t, "progress_before_override.json")
	require.Len(t, old.Log(), 1)
	assert.False(t, old.Log()[0].Override)
	assert.True(t, old.Log()[0].Quiz)
}

func TestStatedPrefersTheFactsOwnDate(t *testing.T) {
	d := readDeck(t, "sources.json")
	inv, _ := d.Fact("f-inv")
	pm, _ := d.Fact("f-pm")
	s1, _ := d.Source("s1")
	s3, _ := d.Source("s3")
	assert.Equal(t, "2019-05", study.Stated(inv, s3), "a dated block inside a newer page")
	assert.Equal(t, "2025-02-10", study.Stated(pm, s1))
	assert.Equal(t, "", study.Stated(deck.Fact{}, deck.Source{}))
}

// readProgress reads a progress file from testdata.
func readProgress(t *testing.T, name string) *study.Progress {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	p := study.NewProgress()
	require.NoError(t, json.Unmarshal(data, p), name)
	return p
}

func TestConflictingStatements(t *testing.T) {
	d := readDeck(t, "sources.json")
	inv, _ := d.Fact("f-inv2")
	got := study.Conflicting(d, inv)
	require.Len(t, got, 1)
	assert.Equal(t, "日本の対米投資残高は約7,833億ドルだった。", got[0].Sentence)
	assert.Equal(t, "通商政策の振り返り", got[0].Source.Title)
	assert.Equal(t, "2019-05", got[0].Date, "the other fact's own date")

	inv.Conflicts = append(inv.Conflicts, "gone")
	assert.Len(t, study.Conflicting(d, inv), 1, "a link to a fact the deck lacks is skipped")

	q, err := study.NewQuiz(d, []string{"inv-num"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	res, err := q.Answer(study.Response{Text: "7833"})
	require.NoError(t, err)
	require.Len(t, res.Conflicts, 1)
	assert.Equal(t, "首脳会談の報道", res.Conflicts[0].Source.Title)
}

// TestAnswerTextListsItems: order and match answers with lists are shown
// one item or pair a line, so separators inside them read as text; the
// quiz writes the student's answer the same way.
func TestAnswerTextListsItems(t *testing.T) {
	d := readDeck(t, "sources.json")
	order, match := cardByID(t, d, "order"), cardByID(t, d, "match")
	assert.Equal(t, "1. 関税\n2. 投資、為替\n3. 為替→円", study.AnswerText(order))
	assert.Equal(t, "交渉手段 ⇔ コロンビア、メキシコ、カナダ\n対象 ⇔ 鉄鋼", study.AnswerText(match))
	assert.Equal(t, "石破茂", study.AnswerText(cardByID(t, d, "pm-cloze")))
	old := order
	old.Items = nil
	assert.Equal(t, old.Answer, study.AnswerText(old), "an older deck's text as it is")

	q, err := study.NewQuiz(d, []string{"order", "match"}, nil, study.QuizOptions{Seed: 3})
	require.NoError(t, err)
	res, err := q.Answer(study.Response{Order: []string{"投資、為替", "関税", "為替→円"}})
	require.NoError(t, err)
	assert.Equal(t, "1. 投資、為替\n2. 関税\n3. 為替→円", res.Given)
	assert.Equal(t, study.AnswerText(order), res.Expected)
	res, err = q.Answer(study.Response{Pairs: map[string]string{"交渉手段": "鉄鋼", "対象": "コロンビア、メキシコ、カナダ"}})
	require.NoError(t, err)
	assert.Equal(t, "交渉手段 ⇔ 鉄鋼\n対象 ⇔ コロンビア、メキシコ、カナダ", res.Given)
}
