//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// -deck with a 158 kB deck of 39,450 bad annotation breaks: the message
// once repeated the annotation's text for each, 3 GB.
func TestDeckFlagRefusesHostileDeckBriefly(t *testing.T) {
	link, err := os.ReadFile("../../cards/deck/testdata/breaks-424.link")
	require.NoError(t, err)
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimSpace(string(link)))
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	require.NoError(t, err)
	data, err := io.ReadAll(zr)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))

	_, err = loadDeck(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
	assert.Contains(t, err.Error(), "too many for a deck")
	assert.Less(t, len(err.Error()), 4096)

	// The same breaks written wide reach validation: a short message
	// that counts what it does not list.
	wide := `{"format":"factdeck/v1","title":"t","language":"ja","annotations":{"` + strings.Repeat("あ", 15000) +
		`":{"breaks":[` + strings.TrimSuffix(strings.Repeat("1000000,", 15000), ",") + `]}}}`
	require.NoError(t, os.WriteFile(path, []byte(wide), 0o644))
	_, err = loadDeck(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "and 14992 more problems")
	assert.Less(t, len(err.Error()), 4096)
}

func TestDeckFlagRefusesEmptyDeck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"format":"factdeck/v1","title":"t","language":"ja","sources":[],"facts":[],"cards":null}`), 0o644))
	_, err := loadDeck(path)
	assert.ErrorIs(t, err, deck.ErrEmpty)
	assert.Contains(t, err.Error(), "has no cards")
}
