package generate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlansLater(t *testing.T) {
	for _, c := range []struct {
		sentence, written string
		want              bool
	}{
		{"同社は2025年6月2日から定期配送サービスを開始します。", "2025-05-21", true},
		{"センターは2026年度から培養実験を本格化させる。", "2025-11-06", true},
		{"新しい校舎は2027年に完成する予定だ。", "2025-01-10", true},
		// Reported as done, or on a day already past when written.
		{"同社は2025年6月2日から定期配送サービスを開始した。", "2025-06-10", false},
		{"同社は2025年6月2日から配送を開始しました。", "2025-05-21", false},
		{"同社は2025年5月2日から定期配送サービスを開始します。", "2025-05-21", false},
		{"2025年度の利用者は3万人を超える見込みだ。", "2025-11-06", false},
		// The same month without its day is not surely later.
		{"式典は2025年5月に開かれる。", "2025-05-21", false},
		{"式典は2025年6月に開かれる。", "2025-05-21", true},
		// A document without a date says nothing.
		{"式典は2030年に開かれる。", "", false},
	} {
		assert.Equal(t, c.want, plansLater(c.sentence, c.written), "%s (written %s)", c.sentence, c.written)
	}
}
