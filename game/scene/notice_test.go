package scene

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/store"
)

func TestNoticeText(t *testing.T) {
	moved := "/home/a/.config/factdeck/progress.json.damaged-20261122T183000"
	tests := []struct {
		err  error
		want string
	}{
		{store.Notice{Kind: store.Damaged, MovedTo: moved}, moved},
		{store.Notice{Kind: store.Newer, MovedTo: moved}, "新しい版"},
		{store.Notice{Kind: store.Restored, Path: "progress.json.bak", Saved: time.Date(2026, 11, 21, 9, 30, 0, 0, time.Local)}, "2026-11-21 09:30"},
		{store.Notice{Kind: store.Unavailable}, "プライベートモード"},
		{fmt.Errorf("save: %w", store.Notice{Kind: store.Full}), "いっぱい"},
		{store.Notice{Kind: store.InUse, Path: "/home/a/.config/factdeck"}, "/home/a/.config/factdeck は別の factdeck が使用中"},
		{store.Notice{Kind: store.InUse, Path: store.StorageKey}, "別のタブでも開かれています"},
		{errors.New("disk on fire"), "disk on fire"},
	}
	for _, tt := range tests {
		assert.Contains(t, NoticeText(tt.err), tt.want)
	}
}
