package scene

import (
	"errors"
	"fmt"

	"factdeck/cards/store"
	"factdeck/game/locale"
)

// NoticeText says in the student's language what happened to their saved
// progress and where the old data is now. Errors that are not a
// store.Notice are shown as they are.
func NoticeText(err error) string {
	var n store.Notice
	if !errors.As(err, &n) {
		return err.Error()
	}
	switch n.Kind {
	case store.Damaged:
		return fmt.Sprintf(locale.NoticeDamaged, n.MovedTo)
	case store.Newer:
		return fmt.Sprintf(locale.NoticeNewer, n.MovedTo)
	case store.Restored:
		return fmt.Sprintf(locale.NoticeRestored, n.Path, n.Saved.Local().Format("2006-01-02 15:04"))
	case store.Unavailable:
		return locale.NoticeUnavailable
	case store.Full:
		return locale.NoticeFull
	case store.InUse:
		if n.Path == store.StorageKey { // the browser's: another tab
			return locale.NoticeInUseTab
		}
		return fmt.Sprintf(locale.NoticeInUse, n.Path)
	}
	return n.Error()
}
