//go:build !js

package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMainDecidesWhatRuns(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		done bool
		says string
	}{
		{nil, 0, false, ""},
		{[]string{"-deck", "d.json", "-progress", "p"}, 0, false, ""},
		{[]string{"-h"}, 0, true, "-restore"},
		{[]string{"-nope"}, 2, true, "flag provided but not defined: -nope"},
		{[]string{"-export", "a", "-import", "b"}, 2, true, "one at a time"},
		{[]string{"-backups", "-check"}, 2, true, "one at a time"},
		{[]string{"stray", strings.Repeat("x", 5000)}, 2, true, "unexpected arguments"},
	} {
		var out, errOut bytes.Buffer
		code, done := Main(tt.args, &out, &errOut)
		assert.Equal(t, tt.code, code, tt.args)
		assert.Equal(t, tt.done, done, tt.args)
		assert.Contains(t, errOut.String(), tt.says, tt.args)
		assert.Less(t, errOut.Len(), 4000, "the usage and a short message: %v", tt.args)
	}
}

func TestRestoreNumberOutOfRange(t *testing.T) {
	var out, errOut bytes.Buffer
	code, done := Main([]string{"-progress", t.TempDir(), "-restore", "1"}, &out, &errOut)
	require.True(t, done)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "-restore 1: there are 0 backups")
}

func TestIsTest(t *testing.T) {
	assert.True(t, isTest([]string{"-test.run=x"}))
	assert.False(t, isTest([]string{"-check", "-progress", "test.dir"}))
}
