package study

import "fmt"

// Display is how the app looks and speaks. Its zero value is the app as it
// first opens: the device's language, standard text, the dark theme.
type Display struct {
	// Lang is the interface's language: LangJapanese, LangEnglish, or ""
	// to follow the device (the browser's language, or LANG on a desktop).
	// Card content stays in the deck's language whatever this says.
	Lang string `json:"lang,omitempty"`
	// TextSize is the text size step, from TextSmallest to TextLargest; 0
	// is the standard size.
	TextSize int `json:"text_size,omitempty"`
	// Theme is ThemeDark, ThemeLight or ThemeContrast; "" is ThemeDark.
	Theme string `json:"theme,omitempty"`
	// Sound is whether the app may play sounds.
	Sound bool `json:"sound"`
	// Furigana is whether readings stand above the harder kanji of cards,
	// choices and feedback, where the deck gives them.
	Furigana bool `json:"furigana,omitempty"`
}

// Interface languages.
const (
	LangJapanese = "ja"
	LangEnglish  = "en"
)

// Themes.
const (
	ThemeDark     = "dark"
	ThemeLight    = "light"
	ThemeContrast = "contrast"
)

// Text size steps: one below the standard size and two above.
const (
	TextSmallest = -1
	TextLargest  = 2
)

// Retention bounds the settings screen offers: below 80% recall reviews
// come too late to be worth much, above 97% they come so often that the
// workload explodes for little gain.
const (
	MinRetention = 0.80
	MaxRetention = 0.97
)

// ThemeName is the theme d asks for, with "" read as ThemeDark.
func (d Display) ThemeName() string {
	if d.Theme == "" {
		return ThemeDark
	}
	return d.Theme
}

// problems lists what makes d unusable, for Settings.Validate.
func (d Display) problems() []error {
	var errs []error
	switch d.Lang {
	case "", LangJapanese, LangEnglish:
	default:
		errs = append(errs, fmt.Errorf("language %q is not %q, %q or empty", clip(d.Lang), LangJapanese, LangEnglish))
	}
	if d.TextSize < TextSmallest || d.TextSize > TextLargest {
		errs = append(errs, fmt.Errorf("text size %d is not in %d..%d", d.TextSize, TextSmallest, TextLargest))
	}
	switch d.Theme {
	case "", ThemeDark, ThemeLight, ThemeContrast:
	default:
		errs = append(errs, fmt.Errorf("theme %q is not %q, %q or %q", clip(d.Theme), ThemeDark, ThemeLight, ThemeContrast))
	}
	return errs
}

// clip cuts a value from a file for a message, so a damaged file cannot
// flood it.
func clip(s string) string {
	const most = 20
	r := []rune(s)
	if len(r) <= most {
		return s
	}
	return string(r[:most]) + "…"
}
