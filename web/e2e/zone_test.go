package e2e

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The zone named for a moment puts that moment near noon, whatever the
// hour in UTC.
func TestZoneAtNoon(t *testing.T) {
	for h := range 24 {
		for _, m := range []int{0, 29, 30, 59} {
			at := time.Date(2026, 12, 7, h, m, 0, 0, time.UTC)
			name := zoneAtNoon(at)
			loc, err := time.LoadLocation(name)
			require.NoError(t, err, name)
			local := at.In(loc)
			mins := local.Hour()*60 + local.Minute()
			assert.True(t, mins >= 11*60+30 && mins < 12*60+30, "%s in %s is %s", at.Format("15:04"), name, local.Format("15:04"))
		}
	}
}

// A test tab's clock reads about noon, so that no test runs across the
// 04:00 end of a study day.
func TestTabClockReadsNoon(t *testing.T) {
	a := newTab(t, serve(t, nil), nil)
	a.navigate("/")
	minutes := eval[float64](a, `(d => d.getHours() * 60 + d.getMinutes())(new Date())`)
	assert.InDelta(t, 12*60, minutes, 35, "the tab's local time in minutes")
}
