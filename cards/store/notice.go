package store

import (
	"errors"
	"fmt"
	"time"
)

// ErrFull is wrapped by storage errors that mean "no room" (a browser's
// quota); ErrUnavailable by those that mean storage cannot be used at all
// (private browsing, storage disabled, no localStorage).
var (
	ErrFull        = errors.New("storage is full")
	ErrUnavailable = errors.New("storage is unavailable")
)

// Kind says what happened to the saved progress.
type Kind int

const (
	// Damaged: saved data could not be read. It was moved aside (MovedTo)
	// and the app started from the last good state.
	Damaged Kind = iota + 1
	// Newer: the progress file was written by a newer factdeck. It was
	// moved aside untouched; that version can still read it.
	Newer
	// Restored: the app started from the backup of the previous save
	// (Path), written at Saved, because the progress file was unusable.
	Restored
	// Unavailable: the browser's storage cannot be used (private mode,
	// storage disabled). Progress lives in memory only; export it to keep it.
	Unavailable
	// Full: the browser's storage is full. Progress from now on lives in
	// memory only; export it to keep it.
	Full
	// InUse: another factdeck (a second window) is saving to the progress
	// folder (Path). This one started from the progress saved so far and
	// keeps its answers in memory only.
	InUse
)

var kindNames = [...]string{"", "damaged", "newer", "restored", "unavailable", "full", "in-use"}

func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Notice is something about the saved progress that the student must be
// told: what happened, where the data was and where it is now. The app
// shows it in the student's language from these fields; Error gives an
// English sentence for logs. A Notice is also an error, so a failed Save
// can return one.
type Notice struct {
	Kind Kind
	// Path is where the data was: a file path or a storage key.
	Path string
	// MovedTo is where the data is now, when it was moved aside.
	MovedTo string
	// Saved is when a restored backup was written.
	Saved time.Time
	// Err is what was wrong.
	Err error
}

func (n Notice) Error() string {
	switch n.Kind {
	case Damaged:
		if n.MovedTo == "" {
			return fmt.Sprintf("%s could not be read and was left where it is: %v", n.Path, n.Err)
		}
		return fmt.Sprintf("%s could not be read and was moved to %s: %v", n.Path, n.MovedTo, n.Err)
	case Newer:
		return fmt.Sprintf("%s was written by a newer factdeck and was moved to %s (%v)", n.Path, n.MovedTo, n.Err)
	case Restored:
		return fmt.Sprintf("progress was restored from the backup %s saved at %s", n.Path, n.Saved.Format(time.RFC3339))
	case Unavailable:
		return fmt.Sprintf("browser storage is unavailable, progress is kept in memory only until the page closes (%v)", n.Err)
	case Full:
		return fmt.Sprintf("browser storage is full, progress is kept in memory only until the page closes (%v)", n.Err)
	case InUse:
		return fmt.Sprintf("%s is in use by another factdeck, progress is kept in memory only until this one closes (%v)", n.Path, n.Err)
	}
	return fmt.Sprintf("store: notice %v about %s: %v", n.Kind, n.Path, n.Err)
}

// Unwrap returns what was wrong, so errors.Is(err, ErrFull) works on a
// returned Notice.
func (n Notice) Unwrap() error { return n.Err }
