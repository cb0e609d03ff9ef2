package scene

import (
	"factdeck/cards/library"
	"factdeck/cards/study"
)

// textScales are the text size steps' factors, from study.TextSmallest
// to study.TextLargest.
var textScales = [...]float64{0.85, 1, 1.2, 1.4}

// TextScale is the factor of text size step n (study.Display.TextSize);
// steps out of range take the nearest one.
func TextScale(n int) float64 {
	i := min(max(n-study.TextSmallest, 0), len(textScales)-1)
	return textScales[i]
}

// Settings are the student's settings, one set whichever deck is open:
// those kept in the built-in deck's progress when the decks are on a
// shelf (that progress is always there), else the progress studied, or,
// studying without progress, those changed in this run.
func (c *Context) Settings() study.Settings {
	if p, _ := c.settingsHome(); p != nil {
		return p.Settings()
	}
	if c.loose != nil {
		return *c.loose
	}
	return study.DefaultSettings()
}

// settingsHome is the progress that keeps the settings and the saver
// that writes it, or nil when there is none.
func (c *Context) settingsHome() (*study.Progress, Saver) {
	if c.Shelf != nil {
		if st, err := c.Shelf.Progress(library.BuiltinID); err == nil {
			return st.Progress(), st
		}
	}
	if c.Progress != nil {
		return c.Progress, c.Saver
	}
	return nil, nil
}

// SetSettings keeps s where the settings live and saves it at once (a
// failed save becomes a notice, as after an answer); the deck being
// studied schedules with them too. Without progress, s lasts this run.
// Settings that do not validate change nothing.
func (c *Context) SetSettings(s study.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	home, saver := c.settingsHome()
	if home == nil {
		c.loose = &s
		return nil
	}
	if err := home.SetSettings(s); err != nil {
		return err
	}
	c.saveWith(saver)
	if c.Progress != nil && c.Progress != home {
		c.UseSettings(c.Progress)
		c.save()
	}
	return nil
}

// UseSettings makes p, a deck's progress, schedule with the student's
// settings: they are one set for all decks, and a deck's progress keeps
// a copy only because its scheduler reads them from there.
func (c *Context) UseSettings(p *study.Progress) {
	if p == nil {
		return
	}
	// The settings were validated where they were set.
	_ = p.SetSettings(c.Settings())
}
