package corpus

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rejection is data that Parse must refuse, and the error it must give.
type rejection struct {
	name, data, want string
}

func checkRejections(t *testing.T, file string, tests []rejection) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(file, []byte(tt.data))
			require.Nil(t, d)
			require.EqualError(t, err, tt.want)
		})
	}
}

func TestParseRejectsInvalidUTF8(t *testing.T) {
	checkRejections(t, "x.txt", []rejection{
		{"stray byte after Japanese", "日本語の文。\xff続き", "corpus x.txt: byte 18: invalid UTF-8"},
		{"at the start", "\xfeabc", "corpus x.txt: byte 0: invalid UTF-8"},
		{"truncated at the end", "日本\xe8\xaa", "corpus x.txt: byte 6: invalid UTF-8"},
		{"overlong encoding", "ab\xc0\xafcd", "corpus x.txt: byte 2: invalid UTF-8"},
		{"surrogate half", "a\xed\xa0\x80", "corpus x.txt: byte 1: invalid UTF-8"},
	})
}

func TestLoadNamesFileAndOffsetOfInvalidUTF8(t *testing.T) {
	path := filepath.Join("testdata", "invalid_utf8.txt")
	_, err := Load(path)
	require.ErrorContains(t, err, "corpus "+path+": byte 18: invalid UTF-8")
}

func TestParseRejectsBinary(t *testing.T) {
	checkRejections(t, "b.bin", []rejection{
		{"NUL byte", "abc\x00def", "corpus b.bin: byte 3: NUL byte, binary file"},
		{"NUL after Japanese", "日本\x00", "corpus b.bin: byte 6: NUL byte, binary file"},
		{"control character", "ab\x01", "corpus b.bin: byte 2: control character U+0001, binary file"},
		{"escape", "\x1b[0m", "corpus b.bin: byte 0: control character U+001B, binary file"},
		{"DEL", "a\x7f", "corpus b.bin: byte 1: control character U+007F, binary file"},
		{"PNG header", "\x89PNG\r\n\x1a\n", "corpus b.bin: byte 0: invalid UTF-8"},
	})
}

func TestLoadNamesFileAndOffsetOfBinary(t *testing.T) {
	path := filepath.Join("testdata", "binary.txt")
	_, err := Load(path)
	require.EqualError(t, err, "corpus "+path+": byte 11: NUL byte, binary file")
}

func TestParseAcceptsTextLayout(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"CRLF", "見出し\r\n本文です。\r\n", []string{"見出し", "本文です。"}},
		{"byte-order mark", "\ufeff本文です。", []string{"本文です。"}},
		{"tab, form feed, vertical tab", "本文\tです。\f次\vの文。", []string{"本文 です。", "次 の文。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("dir/t.txt", []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.want, texts(d.Sentences))
		})
	}
}

func TestParseRejectsEmpty(t *testing.T) {
	for _, data := range []string{"", " \n\u3000\n", "\ufeff"} {
		_, err := Parse("e.txt", []byte(data))
		require.EqualError(t, err, "corpus e.txt: no text", "%q", data)
	}
}

func TestParseIDAndFile(t *testing.T) {
	d, err := Parse("some/dir/003_c92c879ab5ea8ecd.txt", []byte("本文です。"))
	require.NoError(t, err)
	assert.Equal(t, "003_c92c879ab5ea8ecd", d.ID)
	assert.Equal(t, "003_c92c879ab5ea8ecd.txt", d.File)
	assert.Equal(t, "003_c92c879ab5ea8ecd#0", d.Sentences[0].Ref(d.ID))
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join("testdata", "no_such_file.txt"))
	require.ErrorContains(t, err, "no_such_file.txt")
}

func TestLoadAllRejectsSameIDTwice(t *testing.T) {
	p := corpusPaths(t)[0]
	_, err := LoadAll([]string{p, p})
	require.ErrorContains(t, err, `document ID "000_6e700a6e0d1f6d3d" already used`)
}

func TestLoadAllStopsAtBadFile(t *testing.T) {
	_, err := LoadAll([]string{corpusPaths(t)[0], filepath.Join("testdata", "binary.txt")})
	require.ErrorContains(t, err, "binary.txt: byte 11")
}

func TestCorpusDocuments(t *testing.T) {
	docs := loadCorpus(t)
	want := []string{doc000, doc001, doc002, doc003, doc004}
	for i, d := range docs {
		assert.Equal(t, want[i], d.ID)
		assert.Equal(t, want[i]+".txt", d.File)
		assert.NotEmpty(t, d.Sentences)
		for k, s := range d.Sentences {
			assert.Equal(t, k, s.Index)
			assert.NotEmpty(t, s.Text, "%s#%d", d.ID, k)
		}
	}
}

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}
