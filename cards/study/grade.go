package study

import "factdeck/cards/srs"

// Grade is the student's judgement of a flipped card. It is the scheduler's
// rating itself, so a grade goes to srs without translation.
type Grade = srs.Rating

// Grades, numbered as the keys that give them (and as Anki numbers them).
const (
	Again = srs.Again
	Hard  = srs.Hard
	Good  = srs.Good
	Easy  = srs.Easy
)
