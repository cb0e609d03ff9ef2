package study

import (
	"fmt"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
)

// TodayStats are the numbers of the study day holding now, for the top
// of the statistics screen and for a screen reader.
type TodayStats struct {
	// Reviewed counts the day's answers, Passed those that were not
	// Again, and New the cards answered for the first time.
	Reviewed int
	Passed   int
	New      int
	// Time is how long the day's cards were on show.
	Time time.Duration
	// Due counts the cards still due before the day ends.
	Due int
}

// Today reads the numbers of the study day holding now from the
// progress, and the cards still due from the deck.
func Today(d *deck.Deck, p *Progress, now time.Time) TodayStats {
	start := dayStart(now)
	var t TodayStats
	for _, r := range p.Log() {
		if r.Time.Before(start) || r.Time.After(now) {
			continue
		}
		t.Reviewed++
		if r.Rating != srs.Again {
			t.Passed++
		}
		if r.Before == srs.New {
			t.New++
		}
		t.Time += r.Duration()
	}
	if due := DuePerDay(d, p, now, 1); len(due) == 1 {
		t.Due = due[0].Count
	}
	return t
}

// Sentence says the numbers in words, for a screen reader, in Japanese
// for "ja" and in English otherwise.
func (t TodayStats) Sentence(lang string) string {
	if lang == "ja" {
		return t.japanese()
	}
	return t.english()
}

func (t TodayStats) japanese() string {
	var s string
	if t.Reviewed == 0 {
		s = "今日はまだ復習していません。"
	} else {
		s = fmt.Sprintf("今日は%d枚に答え、%d枚に正解しました（%d%%）。", t.Reviewed, t.Passed, percent(t.Passed, t.Reviewed))
		if t.New > 0 {
			s += fmt.Sprintf("新しいカードは%d枚です。", t.New)
		}
		s += "学習時間は" + japaneseMinutes(t.Time) + "です。"
	}
	if t.Due == 0 {
		return s + "今日の復習はもうありません。"
	}
	return s + fmt.Sprintf("今日の残りは%d枚です。", t.Due)
}

func (t TodayStats) english() string {
	var s string
	if t.Reviewed == 0 {
		s = "No cards studied yet today."
	} else {
		s = fmt.Sprintf("Today you answered %s, %d right (%d%%)", cardCount(t.Reviewed), t.Passed, percent(t.Passed, t.Reviewed))
		if t.New > 0 {
			s += fmt.Sprintf(", %d of them new", t.New)
		}
		s += ", in " + englishMinutes(t.Time) + "."
	}
	switch t.Due {
	case 0:
		return s + " Nothing else is due today."
	case 1:
		return s + " 1 card is still due today."
	}
	return s + fmt.Sprintf(" %d cards are still due today.", t.Due)
}

// percent is part of whole in whole percent, rounded half up.
func percent(part, whole int) int { return (200*part + whole) / (2 * whole) }

func cardCount(n int) string {
	if n == 1 {
		return "1 card"
	}
	return fmt.Sprintf("%d cards", n)
}

func japaneseMinutes(d time.Duration) string {
	if d < time.Minute {
		return "1分未満"
	}
	return fmt.Sprintf("%d分", int(d.Round(time.Minute)/time.Minute))
}

func englishMinutes(d time.Duration) string {
	switch m := int(d.Round(time.Minute) / time.Minute); {
	case d < time.Minute:
		return "less than a minute"
	case m == 1:
		return "1 minute"
	default:
		return fmt.Sprintf("%d minutes", m)
	}
}
