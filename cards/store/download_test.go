package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDownloadType(t *testing.T) {
	for name, want := range map[string]string{
		"factdeck-progress-2026-12-07.json": "application/json",
		"関税の小テスト.CSV":                       "text/csv;charset=utf-8",
		"quiz.gift":                         "text/plain;charset=utf-8",
		"quiz.xml":                          "application/xml",
		"quiz.apkg":                         "application/octet-stream",
		"quiz":                              "application/octet-stream",
	} {
		assert.Equal(t, want, downloadType(name), name)
	}
}
