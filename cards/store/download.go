package store

import (
	"path"
	"strings"
)

// downloadTypes are the media types of the files the app downloads: the
// progress, a deck, and a teacher's quiz in the text export formats. A
// phone's browser opens or saves a download by its type, so a CSV must
// not pass for JSON.
var downloadTypes = map[string]string{
	".json": "application/json",
	".csv":  "text/csv;charset=utf-8",
	".txt":  "text/plain;charset=utf-8",
	".tsv":  "text/tab-separated-values;charset=utf-8",
	".gift": "text/plain;charset=utf-8",
	".xml":  "application/xml",
}

// downloadType is the media type of a download called name; any other
// file is bytes.
func downloadType(name string) string {
	if t, ok := downloadTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
