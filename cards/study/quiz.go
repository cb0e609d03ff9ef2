package study

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"factdeck/cards/deck"
)

// QuizOptions tune a quiz.
type QuizOptions struct {
	// Now is the quiz's clock; nil means time.Now.
	Now func() time.Time
	// Seed fixes the shuffling of order and match questions, so a teacher's
	// printed key and the screen agree.
	Seed uint64
}

// Quiz is a fixed set of questions (a teacher's test or a self-test),
// answered once each, in order. Answers are checked, timed and scored; a
// wrong answer can be reviewed with the fact and source it came from. When
// the quiz has a Progress whose settings say quizzes schedule
// (Settings.QuizSchedules), each answer also moves the card's schedule:
// correct as Good, wrong as Again; otherwise the progress is left alone.
type Quiz struct {
	deck      *deck.Deck
	opt       QuizOptions
	progress  *Progress
	now       func() time.Time
	questions []Question
	results   []Result
	started   time.Time
	shownAt   time.Time
	facts     map[string]deck.Fact
	sources   map[string]deck.Source
	conflicts map[string][]Statement // by fact id
	// given is the progress the quiz was given, kept for a retry even
	// when this quiz does not schedule.
	given *Progress
	// logged is the progress log position of the last answer, -1 when
	// the quiz has no progress; Override checks it is still the newest.
	logged int
}

// ErrNoOverride is returned by Override when the last answer cannot be
// declared right: there is none, it was not typed, or it already counts.
var ErrNoOverride = errors.New("study: only a typed answer judged wrong can be declared right")

// Result is the outcome of one question.
type Result struct {
	Question Question
	// Correct is whether the answer counts as right: Outcome.Counts().
	Correct bool
	Outcome Outcome
	// Given is the response as text, for the review screen; Expected is
	// the card's answer, as AnswerText writes it.
	Given, Expected string
	Took            time.Duration
	// Fact and Source are where the card comes from: the sentence, the
	// document's title and date.
	Fact   deck.Fact
	Source deck.Source
	// Conflicts are how other sources state the fact differently.
	Conflicts []Statement
}

// Score sums a quiz up.
type Score struct {
	Correct, Answered, Total int
	// Took runs from the start of the quiz to the last answer (or to now
	// while questions are left).
	Took time.Duration
	// BestStreak is the longest run of answers in a row that count.
	BestStreak int
}

// NewQuiz asks the cards of d with the given ids, in that order. p may be
// nil for a quiz that leaves the schedule alone; a quiz on p moves the
// schedule only when p's settings say so (Settings.QuizSchedules).
func NewQuiz(d *deck.Deck, ids []string, p *Progress, opt QuizOptions) (*Quiz, error) {
	if d == nil || len(ids) == 0 {
		return nil, errors.New("study: a quiz needs a deck and at least one card")
	}
	given := p
	if p != nil && !p.Settings().QuizSchedules {
		p = nil
	}
	byID := make(map[string]int, len(d.Cards))
	for i, c := range d.Cards {
		byID[c.ID] = i
	}
	q := &Quiz{deck: d, opt: opt, progress: p, given: given, now: opt.Now, facts: map[string]deck.Fact{}, sources: map[string]deck.Source{}, logged: -1}
	if q.now == nil {
		q.now = time.Now
	}
	var missing []string
	for i, id := range ids {
		j, ok := byID[id]
		if !ok {
			missing = append(missing, id)
			continue
		}
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(i)))
		q.questions = append(q.questions, newQuestion(d.Cards[j], rng))
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("study: quiz: the deck has no card %s", strings.Join(missing, ", "))
	}
	q.indexSources(d)
	q.started = q.now()
	q.shownAt = q.started
	return q, nil
}

// indexSources keeps the facts and sources the questions need, and how
// other sources state them, so the review of mistakes does not search the
// deck.
func (q *Quiz) indexSources(d *deck.Deck) {
	for _, qu := range q.questions {
		q.facts[qu.Card.Fact] = deck.Fact{}
	}
	for _, f := range d.Facts {
		if _, ok := q.facts[f.ID]; ok {
			q.facts[f.ID] = f
			q.sources[f.Source] = deck.Source{}
		}
	}
	for _, s := range d.Sources {
		if _, ok := q.sources[s.ID]; ok {
			q.sources[s.ID] = s
		}
	}
	q.conflicts = map[string][]Statement{}
	for id, f := range q.facts {
		if len(f.Conflicts) > 0 {
			q.conflicts[id] = Conflicting(d, f)
		}
	}
}

// Len is the number of questions.
func (q *Quiz) Len() int { return len(q.questions) }

// Answered is the number of questions answered so far.
func (q *Quiz) Answered() int { return len(q.results) }

// Done reports whether every question is answered.
func (q *Quiz) Done() bool { return len(q.results) == len(q.questions) }

// Current returns the question to answer; ok is false when the quiz is
// over.
func (q *Quiz) Current() (Question, bool) {
	if q.Done() {
		return Question{}, false
	}
	return q.questions[len(q.results)], true
}

// Answer checks r against the current question, records the result and
// moves on. It returns ErrDone when every question is answered.
func (q *Quiz) Answer(r Response) (Result, error) {
	qu, ok := q.Current()
	if !ok {
		return Result{}, ErrDone
	}
	now := q.now()
	fact := q.facts[qu.Card.Fact]
	outcome := Judge(qu.Card, r)
	res := Result{
		Question: qu,
		Correct:  outcome.Counts(),
		Outcome:  outcome,
		Given:    describe(qu, r),
		Expected: AnswerText(qu.Card),
		Took:     max(now.Sub(q.shownAt), 0),
		Fact:     fact,
		Source:   q.sources[fact.Source],
		// Shared with every result on the fact: read, never changed.
		Conflicts: q.conflicts[fact.ID],
	}
	if q.progress != nil {
		g := Again
		if res.Correct {
			g = Good
		}
		if _, err := q.progress.grade(qu.Card.ID, g, now, res.Took, fromQuiz); err != nil {
			return Result{}, err
		}
		q.logged = q.progress.lastIndex()
	}
	q.results = append(q.results, res)
	q.shownAt = now
	return res, nil
}

// CanOverride reports whether Override would take the last answer: a
// typed answer judged wrong (the checker cannot know every spelling; it
// knows every option).
func (q *Quiz) CanOverride() bool {
	n := len(q.results)
	return n > 0 && q.results[n-1].Outcome == Wrong && q.results[n-1].Question.Input() == InputText
}

// Override re-grades the last answer as right at the student's word ("I
// was right", as Quizlet offers): the checker cannot know every spelling,
// and the student has just seen the expected answer beside theirs. The
// result becomes Overridden and counts in the score. With a progress, the
// answer's log entry is replaced by one graded Good at the same time and
// duration, flagged Override, so the schedule moves as for a right answer
// and the log says who judged it. It returns ErrNoOverride when the last
// answer cannot be overridden, and ErrUndoElsewhere when the progress
// holds a newer answer than the quiz's.
func (q *Quiz) Override() (Result, error) {
	if !q.CanOverride() {
		return Result{}, ErrNoOverride
	}
	res := &q.results[len(q.results)-1]
	if q.progress != nil {
		if q.logged != q.progress.lastIndex() {
			return Result{}, ErrUndoElsewhere
		}
		wrong, err := q.progress.UndoLast()
		if err != nil {
			return Result{}, err
		}
		if _, err := q.progress.grade(wrong.Card, Good, wrong.Time, wrong.Duration(), fromOverride); err != nil {
			return Result{}, err
		}
		q.logged = q.progress.lastIndex()
	}
	res.Outcome, res.Correct = Overridden, true
	return *res, nil
}

// describe writes a response as text, the way AnswerText writes the
// card's answer.
func describe(qu Question, r Response) string {
	switch {
	case qu.Card.Type == deck.TypeOrder && len(qu.Card.Items) > 0:
		return numberedLines(r.Order)
	case qu.Card.Type == deck.TypeMatch && len(qu.Card.Pairs) > 0:
		lines := make([]string, 0, len(qu.Left))
		for _, l := range qu.Left {
			lines = append(lines, l+pairSeparator+r.Pairs[l])
		}
		return strings.Join(lines, "\n")
	}
	switch qu.Card.Type {
	case deck.TypeOrder:
		return strings.Join(r.Order, " "+orderSeparator+" ")
	case deck.TypeMatch:
		parts := make([]string, 0, len(qu.Left))
		for _, l := range qu.Left {
			parts = append(parts, l+pairSeparator+r.Pairs[l])
		}
		return strings.Join(parts, pairsSeparator)
	}
	return r.Text
}

// Results returns the results so far, in question order.
func (q *Quiz) Results() []Result { return slices.Clone(q.results) }

// Mistakes returns the results of the questions answered wrongly, with
// their facts and sources, for the review after the quiz.
func (q *Quiz) Mistakes() []Result {
	var out []Result
	for _, r := range q.results {
		if !r.Correct {
			out = append(out, r)
		}
	}
	return out
}

// Score returns the score so far.
func (q *Quiz) Score() Score {
	s := Score{Answered: len(q.results), Total: len(q.questions)}
	streak := 0
	for _, r := range q.results {
		if !r.Correct {
			streak = 0
			continue
		}
		s.Correct++
		streak++
		s.BestStreak = max(s.BestStreak, streak)
	}
	end := q.now()
	if q.Done() {
		end = q.shownAt // the time of the last answer
	}
	s.Took = max(end.Sub(q.started), 0)
	return s
}

// ErrNoMistakes is returned by RetryMistakes when every answer counts.
var ErrNoMistakes = errors.New("study: the quiz has no mistakes to retry")

// RetryMistakes is a new quiz of just the cards this one's answers missed,
// in the order they were asked, on the same deck and progress, with its
// own clock start. seed shuffles its order and match questions afresh, so
// a retry is not answered from the memory of where the tiles were.
func (q *Quiz) RetryMistakes(seed uint64) (*Quiz, error) {
	var ids []string
	for _, r := range q.Mistakes() {
		ids = append(ids, r.Question.Card.ID)
	}
	if len(ids) == 0 {
		return nil, ErrNoMistakes
	}
	opt := q.opt
	opt.Seed = seed
	return NewQuiz(q.deck, ids, q.given, opt)
}

// Deck is the deck the quiz asks from.
func (q *Quiz) Deck() *deck.Deck { return q.deck }
