package scene

import (
	"errors"
	"fmt"
	"strings"

	"factdeck/cards/store"
	"factdeck/game/locale"
)

// NoticeText says in Japanese what happened to their saved
// progress and where the old data is now. Errors that are not a
// store.Notice are shown as they are.
func NoticeText(err error) string { return NoticeTextIn(locale.Japanese, err) }

// NoticeTextIn is NoticeText in language l.
func NoticeTextIn(l locale.Lang, err error) string {
	var n store.Notice
	if !errors.As(err, &n) {
		return err.Error()
	}
	in := func(s string) string { return locale.In(l, s) }
	switch n.Kind {
	case store.Damaged:
		return fmt.Sprintf(in(locale.NoticeDamaged), n.MovedTo)
	case store.Newer:
		return fmt.Sprintf(in(locale.NoticeNewer), n.MovedTo)
	case store.Restored:
		return fmt.Sprintf(in(locale.NoticeRestored), n.Path, n.Saved.Local().Format("2006-01-02 15:04"))
	case store.Unavailable:
		return in(locale.NoticeUnavailable)
	case store.Full:
		return in(locale.NoticeFull)
	case store.InUse:
		if strings.HasPrefix(n.Path, "factdeck/") { // the browser's keys: another tab
			return in(locale.NoticeInUseTab)
		}
		return fmt.Sprintf(in(locale.NoticeInUse), n.Path)
	}
	return n.Error()
}

// Notices are the messages the student must see whatever screen is on
// show: a save that failed, a damaged progress file moved aside, an
// import done. Scenes add to them; the game draws them over every screen
// and clears them when the student moves on to a new screen.
type Notices struct {
	lines []string
	rev   int
}

// Add adds msg below the notices already shown.
func (n *Notices) Add(msg string) {
	if msg != "" {
		n.lines = append(n.lines, msg)
		n.rev++
	}
}

// Set replaces the notices with msg: news that supersedes them (an
// export done after one that failed).
func (n *Notices) Set(msg string) {
	n.Clear()
	n.Add(msg)
}

// Clear removes every notice.
func (n *Notices) Clear() {
	if len(n.lines) > 0 {
		n.lines = n.lines[:0]
		n.rev++
	}
}

// Rev changes whenever the notices do, so the game lays them out again
// only then.
func (n *Notices) Rev() int { return n.rev }

// Empty reports whether there is no notice.
func (n *Notices) Empty() bool { return len(n.lines) == 0 }

// Text is the notices one a line.
func (n *Notices) Text() string { return strings.Join(n.lines, "\n") }
