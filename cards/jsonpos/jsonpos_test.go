package jsonpos_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/jsonpos"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		data      string
		line, col int
	}{
		{"{\n  \"a\": ,\n}", 2, 8},
		{"{\"a\": 1,,}", 1, 9},
	}
	for _, tt := range tests {
		var v map[string]int
		err := json.Unmarshal([]byte(tt.data), &v)
		line, col, ok := jsonpos.Locate([]byte(tt.data), err)
		assert.True(t, ok, tt.data)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, tt.data)
	}
	var v struct{ A int }
	data := []byte("{\n\"A\": \"x\"}")
	_, col, ok := jsonpos.Locate(data, json.Unmarshal(data, &v))
	assert.True(t, ok, "type errors carry an offset too")
	assert.Greater(t, col, 1)
	data = []byte("{\n\"A\": 1\n")
	line, col, ok := jsonpos.Locate(data, json.Unmarshal(data, &v))
	assert.True(t, ok)
	assert.Equal(t, [2]int{3, 1}, [2]int{line, col}, "unexpected end of input points at the empty last line")
	_, _, ok = jsonpos.Locate(nil, errors.New("no offset"))
	assert.False(t, ok)
}
