package scene

import (
	"strings"

	"factdeck/game/input"
	"factdeck/game/locale"
)

// Binding ties keys to a command of a screen. Commands are the ids of the
// screen's targets, so a key and a tap on the button it names do the same.
type Binding struct {
	// Keys are key names (input.Enter, "U", "3").
	Keys []string
	// Command is what the keys do: a target id ("grade-3", "study").
	Command string
	// Hint says what the keys do, after their names, on the button.
	Hint string
}

// Bindings are a screen's keys.
type Bindings []Binding

// Command is what key does, or "" when the screen does not bind it.
func (b Bindings) Command(key string) string {
	for _, bd := range b {
		for _, k := range bd.Keys {
			if k == key {
				return bd.Command
			}
		}
	}
	return ""
}

// HintFor is the hint drawn on command's button: its keys' names, then
// what they do. It is empty for a command no key gives.
func (b Bindings) HintFor(command string) string { return b.HintIn(locale.Japanese, command) }

// HintIn is HintFor in language l.
func (b Bindings) HintIn(l locale.Lang, command string) string {
	for _, bd := range b {
		if bd.Command != command {
			continue
		}
		names := make([]string, len(bd.Keys))
		for i, k := range bd.Keys {
			names[i] = keyLabel(k)
		}
		hint := strings.Join(names, " / ")
		if bd.Hint != "" {
			hint += " ・ " + locale.In(l, bd.Hint)
		}
		return hint
	}
	return ""
}

// keyLabel is how a hint writes a key.
func keyLabel(key string) string {
	switch key {
	case input.Escape:
		return "Esc"
	case input.ArrowLeft:
		return "←"
	case input.ArrowRight:
		return "→"
	case input.ArrowUp:
		return "↑"
	case input.ArrowDown:
		return "↓"
	}
	return key
}

// command is what action a asks of a screen with bindings b and view v: a
// bound key's command, or the id of the target tapped; "" for neither.
func command(a input.Action, b Bindings, v *view) string {
	switch a.Kind {
	case input.Key:
		return b.Command(a.Key)
	case input.Tap:
		return v.hit(a.X, a.Y)
	}
	return ""
}

// digits binds the keys 1 to n to the commands prefix-1 to prefix-n.
func digits(prefix string, n int) Bindings {
	out := make(Bindings, n)
	for i := range out {
		d := string(rune('1' + i))
		out[i] = Binding{Keys: []string{d}, Command: prefix + "-" + d}
	}
	return out
}
