// Package study runs study sessions and quizzes over a deck: which card is
// shown, whether its back is visible, how an answer is checked, and what
// happens to the card's schedule when the student answers. The app's scenes
// only draw this state and feed it actions, so the rules are tested without
// a window.
//
// The same holds for the other screens: Match (MatchPairs, NewMatch and
// MatchRecords), Browse (NewBrowser, Browser.Search, suspending and
// flagging through Progress, ExportFlags) and the statistics
// (ReviewsPerDay, DuePerDay, CountStates, TrueRetention, Today). Each
// takes the time or a clock from its caller, so tests fix it.
package study

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
)

// ErrNotFlipped is returned when a card is graded before its back was seen.
var ErrNotFlipped = errors.New("study: grade before the card was flipped")

// ErrDone is returned when the session has no card left.
var ErrDone = errors.New("study: session is over")

// ErrUndoElsewhere is returned by Undo when the progress holds a newer
// answer given outside this session (in a quiz, say), which must not be
// taken back in its place.
var ErrUndoElsewhere = errors.New("study: the last answer was given outside this session")

// DefaultLearnAhead is how early a learning card may be shown when nothing
// else is left, as in Anki: with the default steps (1 and 10 minutes) a
// student finishes the day's learning cards without waiting.
const DefaultLearnAhead = 20 * time.Minute

// Options tune a session. The zero value gives Anki's defaults and the
// system clock.
type Options struct {
	// Now is the session's clock; nil means time.Now.
	Now func() time.Time
	// LearnAhead lets a learning card due within this time be shown early
	// once no other card is left. Zero means DefaultLearnAhead; negative
	// means a learning card waits until it is due.
	LearnAhead time.Duration
}

// Session is a day's study of a deck: cards are shown front first, then
// flipped, then graded, and each grade moves the card's schedule in the
// session's Progress.
//
// The order follows Anki's defaults. Learning and relearning cards come
// first as soon as they are due. Then the day's queue: cards due for review
// (Due ≤ now, earliest first, ties in deck order, at most the day's review
// limit) with the new cards (in deck order, at most the day's new limit)
// spread evenly among them ("mix with reviews"). When that queue is empty,
// learning cards due within the learn-ahead time are shown early.
//
// A review card is due at the moment the scheduler set (its interval
// counted from the answer), not from the start of that day as in Anki, so
// a card answered at 18:00 with a 3-day interval is due at 18:00 three
// days later. Cards that fall due after the session started wait for the
// next session, as in Anki, which builds its queues when study starts.
type Session struct {
	deck       *deck.Deck
	cards      []deck.Card
	progress   *Progress
	now        func() time.Time
	learnAhead time.Duration
	dayEnd     time.Time
	// drill makes a NewSession: Again sends the card to the back of the
	// queue, and no other grade brings it back.
	drill bool

	main     []*entry // reviews and new cards, in showing order
	pos      int      // main[pos:] is still to be shown
	left     [numKinds]int
	learning learningHeap

	cur     *entry // the card on show, nil until picked
	flipped bool
	shownAt time.Time
	counts  [Easy + 1]int
	undo    []answered
}

// answered is what Undo needs to take an answer back.
type answered struct {
	entry    *entry
	grade    Grade
	index    int    // the answer's position in the progress log
	requeued *entry // the card's next showing this session, if any
}

// New starts a session over the cards of d that are due now, with the
// daily limits of p's settings less what was studied earlier today.
// Answers go into p; save p (cards/store) after each one.
func New(d *deck.Deck, p *Progress, opt Options) (*Session, error) {
	if d == nil || p == nil {
		return nil, errors.New("study: a session needs a deck and a progress")
	}
	s := newSession(d, d.Cards, p, opt)
	now := s.now()
	start := dayStart(now)
	s.dayEnd = time.Date(start.Year(), start.Month(), start.Day()+1, DayStartHour, 0, 0, 0, start.Location())
	newDone, reviewsDone := p.today(start)
	set := p.Settings()
	news, reviews := s.gather(now, max(set.NewPerDay-newDone, 0))
	reviews = reviews[:min(len(reviews), max(set.ReviewsPerDay-reviewsDone, 0))]
	s.setMain(mix(reviews, news))
	// Make room in the log for the day's answers now, while starting up,
	// rather than copying a long log in the middle of an answer.
	p.reserve(2 * (len(s.main) + len(s.learning)))
	return s, nil
}

// NewSession drills the given cards of d once each, in order, bringing a
// card graded Again back at the end of the queue. Quiz-only cards are left
// out (see StudyCards). It has no daily limits and no learning steps; its
// answers go to a fresh Progress that nothing saves. Use New to study with
// saved progress.
func NewSession(d *deck.Deck, cards []deck.Card) *Session {
	s := newSession(d, StudyCards(cards), NewProgress(), Options{})
	s.drill = true
	queue := make([]*entry, len(s.cards))
	for i := range s.cards {
		queue[i] = &entry{card: i, kind: kindNew}
	}
	s.setMain(queue)
	return s
}

func newSession(d *deck.Deck, cards []deck.Card, p *Progress, opt Options) *Session {
	s := &Session{deck: d, cards: cards, progress: p, now: opt.Now, learnAhead: opt.LearnAhead}
	if s.now == nil {
		s.now = time.Now
	}
	if s.learnAhead == 0 {
		s.learnAhead = DefaultLearnAhead
	}
	return s
}

// StudyCards returns the cards a study session shows: all but the
// quiz-only siblings, so that each fact is studied once (a quiz may still
// ask the siblings). The result is a new slice.
func StudyCards(cards []deck.Card) []deck.Card {
	out := make([]deck.Card, 0, len(cards))
	for _, c := range cards {
		if Studied(c) {
			out = append(out, c)
		}
	}
	return out
}

// Studied reports whether study sessions show card c: every card but a
// fact's quiz-only siblings.
func Studied(c deck.Card) bool { return !c.QuizOnly }

// gather sorts the deck's cards into new ones (up to newLimit, in deck
// order), reviews due at now (earliest first) and learning cards due
// before the day ends (into the learning heap). Cards of other days,
// states of cards the deck no longer has, quiz-only cards (which a
// quiz may have given a schedule) and suspended cards are left alone.
func (s *Session) gather(now time.Time, newLimit int) (news, reviews []*entry) {
	for i := range s.cards {
		if !Studied(s.cards[i]) || s.progress.Suspended(s.cards[i].ID) {
			continue
		}
		c, ok := s.progress.Card(s.cards[i].ID)
		switch {
		case !ok || c.State == srs.New:
			if len(news) < newLimit {
				news = append(news, &entry{card: i, kind: kindNew})
			}
		case c.State == srs.Review:
			if !c.Due.After(now) {
				reviews = append(reviews, &entry{card: i, kind: kindReview, due: c.Due})
			}
		default: // Learning, Relearning
			if c.Due.Before(s.dayEnd) {
				s.learning = append(s.learning, &entry{card: i, kind: kindLearning, due: c.Due, slot: len(s.learning)})
			}
		}
	}
	s.learning.init()
	slices.SortStableFunc(reviews, func(a, b *entry) int { return a.due.Compare(b.due) })
	return news, reviews
}

func (s *Session) setMain(queue []*entry) {
	s.main = queue
	for _, e := range queue {
		s.left[e.kind]++
	}
}

// Current returns the card on show; ok is false when no card is to be
// shown now (see NextDue for whether one will be later).
func (s *Session) Current() (card deck.Card, ok bool) {
	if s.cur == nil && !s.pick() {
		return deck.Card{}, false
	}
	return s.cards[s.cur.card], true
}

// pick puts the next card on show, front up.
func (s *Session) pick() bool {
	now := s.now()
	e := s.next(now)
	if e == nil {
		return false
	}
	s.cur, s.flipped, s.shownAt = e, false, now
	return true
}

// next takes the card to show at now out of its queue, or returns nil.
func (s *Session) next(now time.Time) *entry {
	if e := s.learning.peek(); e != nil && !e.due.After(now) {
		return s.learning.pop()
	}
	if s.pos < len(s.main) {
		e := s.main[s.pos]
		s.pos++
		s.left[e.kind]--
		return e
	}
	if e := s.learning.peek(); e != nil && s.learnAhead > 0 && !e.due.After(now.Add(s.learnAhead)) {
		return s.learning.pop()
	}
	return nil
}

// Flipped reports whether the current card's back is showing.
func (s *Session) Flipped() bool { return s.flipped }

// Flip shows the back of the current card. Flipping twice is harmless:
// a double tap must not skip a card.
func (s *Session) Flip() error {
	if s.cur == nil && !s.pick() {
		return ErrDone
	}
	s.flipped = true
	return nil
}

// Answer grades the current card, records the answer in the progress and
// moves to the next card. A card still in its learning steps comes back
// when its next step is due (in a NewSession, a card graded Again comes
// back at the end of the queue).
func (s *Session) Answer(g Grade) error {
	if !g.Valid() {
		return fmt.Errorf("study: grade %d out of range 1-4", g)
	}
	if s.cur == nil && !s.pick() {
		return ErrDone
	}
	if !s.flipped {
		return ErrNotFlipped
	}
	now := s.now()
	e := s.cur
	if _, err := s.progress.grade(s.cards[e.card].ID, g, now, now.Sub(s.shownAt), fromStudy); err != nil {
		return err
	}
	if len(s.undo) == maxUndo {
		s.undo = append(s.undo[:0], s.undo[1:]...)
	}
	s.undo = append(s.undo, answered{entry: e, grade: g, index: s.progress.lastIndex(), requeued: s.requeue(e, g)})
	s.counts[g]++
	s.cur, s.flipped = nil, false
	return nil
}

// requeue queues the card's next showing in this session, if it has one.
func (s *Session) requeue(e *entry, g Grade) *entry {
	if s.drill {
		if g != Again {
			return nil
		}
		again := &entry{card: e.card, kind: e.kind}
		s.main = append(s.main, again)
		s.left[again.kind]++
		return again
	}
	c, _ := s.progress.Card(s.cards[e.card].ID)
	if (c.State != srs.Learning && c.State != srs.Relearning) || !c.Due.Before(s.dayEnd) {
		return nil
	}
	again := &entry{card: e.card, kind: kindLearning, due: c.Due}
	s.learning.push(again)
	return again
}

// Undo takes back the last answer of this session: the card's previous
// state and the log return in the progress, the card is on show again
// front up, and the queues are as they were before the answer.
func (s *Session) Undo() error {
	n := len(s.undo)
	if n == 0 {
		return ErrNothingToUndo
	}
	a := s.undo[n-1]
	if a.index != s.progress.lastIndex() {
		return ErrUndoElsewhere
	}
	if _, err := s.progress.UndoLast(); err != nil {
		return err
	}
	s.undo = s.undo[:n-1]
	if s.cur != nil {
		s.unpick(s.cur)
	}
	if a.requeued != nil {
		s.unqueue(a.requeued)
	}
	s.cur, s.flipped, s.shownAt = a.entry, false, s.now()
	s.counts[a.grade]--
	return nil
}

// unpick returns the card on show to the queue it was taken from. Nothing
// was taken since, so it goes back where it was.
func (s *Session) unpick(e *entry) {
	if e.kind == kindLearning {
		s.learning.push(e)
		return
	}
	s.pos--
	s.left[e.kind]++
}

// unqueue removes a showing that an answer queued. Undo goes newest
// first, so a drill requeue is the last entry of main.
func (s *Session) unqueue(e *entry) {
	if e.kind == kindLearning {
		s.learning.remove(e)
		return
	}
	s.main = s.main[:len(s.main)-1]
	s.left[e.kind]--
}

// CanUndo reports whether Undo has an answer to take back.
func (s *Session) CanUndo() bool {
	n := len(s.undo)
	return n > 0 && s.undo[n-1].index == s.progress.lastIndex()
}

// Counts are the cards still to be shown, by kind, as Anki shows them
// under the card.
type Counts struct {
	New, Learning, Review int
}

// Left returns the cards still to be shown, the current one included.
func (s *Session) Left() Counts {
	c := Counts{New: s.left[kindNew], Learning: s.learning.Len(), Review: s.left[kindReview]}
	if s.cur != nil {
		switch s.cur.kind {
		case kindNew:
			c.New++
		case kindReview:
			c.Review++
		default:
			c.Learning++
		}
	}
	return c
}

// Remaining is the number of cards still queued, the current one included
// (a learning card counts once per showing still to come).
func (s *Session) Remaining() int {
	c := s.Left()
	return c.New + c.Learning + c.Review
}

// NextDue tells when the next learning card falls due when none can be
// shown now; ok is false when nothing is waiting.
func (s *Session) NextDue() (due time.Time, ok bool) {
	e := s.learning.peek()
	if e == nil {
		return time.Time{}, false
	}
	return e.due, true
}

// Reviewed is the number of answers given so far.
func (s *Session) Reviewed() int {
	n := 0
	for _, c := range s.counts {
		n += c
	}
	return n
}

// Count returns how many answers had grade g.
func (s *Session) Count(g Grade) int {
	if !g.Valid() {
		return 0
	}
	return s.counts[g]
}

// Deck returns the deck the session studies.
func (s *Session) Deck() *deck.Deck { return s.deck }

// Progress returns the progress the session records into.
func (s *Session) Progress() *Progress { return s.progress }
