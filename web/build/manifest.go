package main

import (
	"encoding/json"
	"fmt"
)

// manifest is the web app manifest that makes the page installable.
type manifest struct {
	// ID stays the same across releases (the manifest's own name is
	// hashed), so an installed app is updated rather than duplicated.
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	Dir             string         `json:"dir"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	Orientation     string         `json:"orientation"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Icons           []manifestIcon `json:"icons"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
}

// themeColor is the app's background (ui.Background): the title bar and
// splash screen match the canvas.
const themeColor = "#1e2433"

// appManifest describes the app with its icons (release names by size).
func appManifest(icons map[int]string) ([]byte, error) {
	m := manifest{
		ID:              "./",
		Name:            "factdeck",
		ShortName:       "factdeck",
		Description:     "資料の文から作る暗記カード",
		Lang:            "ja",
		Dir:             "ltr",
		StartURL:        "./",
		Scope:           "./",
		Display:         "standalone",
		Orientation:     "any",
		BackgroundColor: themeColor,
		ThemeColor:      themeColor,
	}
	for _, size := range iconSizes {
		src, ok := icons[size]
		if !ok {
			return nil, fmt.Errorf("manifest: no %dpx icon", size)
		}
		sizes := fmt.Sprintf("%dx%d", size, size)
		// The icon keeps its drawing inside the maskable safe zone, so it
		// is listed for both purposes (separately: "any maskable" in one
		// entry is discouraged).
		m.Icons = append(m.Icons,
			manifestIcon{Src: src, Sizes: sizes, Type: "image/png", Purpose: "any"},
			manifestIcon{Src: src, Sizes: sizes, Type: "image/png", Purpose: "maskable"})
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
