package scene

import (
	"testing"

	"github.com/stretchr/testify/require"

	"factdeck/game/input"
	"factdeck/game/ui"
)

// tap is a tap in the middle of r.
func tap(r ui.Rect) input.Action { return input.TapAt(r.X+r.W/2, r.Y+r.H/2) }

// targetRect is where the view put target id; the test fails without it.
func targetRect(t *testing.T, v *view, id string) ui.Rect {
	t.Helper()
	r, ok := v.rect(id)
	require.True(t, ok, "no target %q among %v", id, v.statusTargets())
	return r
}

// tapOn is a tap in the middle of target id.
func tapOn(t *testing.T, v *view, id string) input.Action {
	t.Helper()
	return tap(targetRect(t, v, id))
}
