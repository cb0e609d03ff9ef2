package scene

import (
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

// Settings are the student's settings: their progress's, or, studying
// without progress, those changed in this run.
func (c *Context) Settings() study.Settings {
	switch {
	case c.Progress != nil:
		return c.Progress.Settings()
	case c.loose != nil:
		return *c.loose
	}
	return study.DefaultSettings()
}

// SetSettings keeps s in the progress and saves it at once (a failed save
// becomes a notice, as after an answer); without progress, s lasts this
// run. Settings that do not validate change nothing.
func (c *Context) SetSettings(s study.Settings) error {
	if c.Progress == nil {
		if err := s.Validate(); err != nil {
			return err
		}
		c.loose = &s
		return nil
	}
	if err := c.Progress.SetSettings(s); err != nil {
		return err
	}
	c.save()
	return nil
}
