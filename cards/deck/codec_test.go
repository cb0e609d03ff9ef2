package deck_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func readValid(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.Read(filepath.Join("testdata", "valid.json"))
	require.NoError(t, err)
	return d
}

func TestRoundTrip(t *testing.T) {
	d := readValid(t)
	first, err := deck.Marshal(d)
	require.NoError(t, err)
	again, err := deck.Decode(first)
	require.NoError(t, err)
	assert.Equal(t, d, again)
	second, err := deck.Marshal(again)
	require.NoError(t, err)
	assert.Equal(t, first, second, "encoding is deterministic")
	assert.True(t, bytes.HasSuffix(first, []byte("}\n")))
	assert.Contains(t, string(first), "［＿＿＿］", "no HTML or unicode escaping of Japanese text")
}

func TestNumericToleranceRoundTrips(t *testing.T) {
	d := readValid(t)
	d.Cards[3].Tolerance = 0.5
	d.Cards[3].Unit = "月"
	data, err := deck.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"tolerance": 0.5`)
	again, err := deck.Decode(data)
	require.NoError(t, err)
	assert.Equal(t, 0.5, again.Cards[3].Tolerance)
	assert.Equal(t, "月", again.Cards[3].Unit)
	plain, err := deck.Marshal(readValid(t))
	require.NoError(t, err)
	assert.NotContains(t, string(plain), "tolerance", "a card without tolerance writes none")
}

func TestReadNamesPathAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(path, []byte("{\n  \"format\": \"factdeck/v1\",\n  \"title\": ,\n}"), 0o644))
	_, err := deck.Read(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
	assert.Contains(t, err.Error(), "line 3")
}

func TestWrongTypeNamesLine(t *testing.T) {
	_, err := deck.Decode([]byte("{\n\"format\": \"factdeck/v1\",\n\"cards\": 5\n}"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 3")
}

func TestMissingFileError(t *testing.T) {
	_, err := deck.Read(filepath.Join(t.TempDir(), "none.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// TestValidationErrors breaks a valid deck in one place at a time and checks
// that the error names the record and field at fault.
func TestValidationErrors(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(d *deck.Deck)
		record string
		field  string
	}{
		{"format", func(d *deck.Deck) { d.Format = "factdeck/v0" }, "deck", "format"},
		{"title", func(d *deck.Deck) { d.Title = " " }, "deck", "title"},
		{"language", func(d *deck.Deck) { d.Language = "" }, "deck", "language"},
		{"source id empty", func(d *deck.Deck) { d.Sources[1].ID = "" }, "source #2", "id"},
		{"source id twice", func(d *deck.Deck) { d.Sources[1].ID = "s1" }, "source s1", "id"},
		{"source file", func(d *deck.Deck) { d.Sources[0].File = "" }, "source s1", "file"},
		{"source title", func(d *deck.Deck) { d.Sources[0].Title = "" }, "source s1", "title"},
		{"source date", func(d *deck.Deck) { d.Sources[0].Date = "2025/02/10" }, "source s1", "date"},
		{"source date invalid day", func(d *deck.Deck) { d.Sources[0].Date = "2025-02-30" }, "source s1", "date"},
		{"fact id twice", func(d *deck.Deck) { d.Facts[1].ID = "f1"; d.Facts[0].Conflicts = nil; d.Facts[1].Conflicts = nil }, "fact f1", "id"},
		{"fact source", func(d *deck.Deck) { d.Facts[0].Source = "nope" }, "fact f1", "source"},
		{"fact sentence", func(d *deck.Deck) { d.Facts[0].Sentence = "" }, "fact f1", "sentence"},
		{"fact sentence utf8", func(d *deck.Deck) { d.Facts[1].Sentence = "\xff\xfe" }, "fact f2", "sentence"},
		{"fact kind", func(d *deck.Deck) { d.Facts[0].Kind = "rumour" }, "fact f1", "kind"},
		{"fact key", func(d *deck.Deck) { d.Facts[0].Key = "1999年" }, "fact f1", "key"},
		{"fact paragraph without the sentence", func(d *deck.Deck) { d.Facts[0].Paragraph = "別の段落。" }, "fact f1", "paragraph"},
		{"fact paragraph too long", func(d *deck.Deck) {
			d.Facts[0].Paragraph = strings.Repeat("前", deck.MaxParagraphRunes) + d.Facts[0].Sentence
		}, "fact f1", "paragraph"},
		{"fact paragraph utf8", func(d *deck.Deck) { d.Facts[0].Paragraph = d.Facts[0].Sentence + "\xff" }, "fact f1", "paragraph"},
		{"fact conflict self", func(d *deck.Deck) { d.Facts[0].Conflicts = []string{"f1"} }, "fact f1", "conflicts"},
		{"fact conflict unknown", func(d *deck.Deck) { d.Facts[0].Conflicts = []string{"f9"} }, "fact f1", "conflicts"},
		{"card id empty", func(d *deck.Deck) { d.Cards[2].ID = "" }, "card #3", "id"},
		{"card id twice", func(d *deck.Deck) { d.Cards[2].ID = "c1" }, "card c1", "id"},
		{"card fact", func(d *deck.Deck) { d.Cards[0].Fact = "f9" }, "card c1", "fact"},
		{"card prompt", func(d *deck.Deck) { d.Cards[0].Prompt = "" }, "card c1", "prompt"},
		{"card answer", func(d *deck.Deck) { d.Cards[1].Answer = "" }, "card c2", "answer"},
		{"card type", func(d *deck.Deck) { d.Cards[0].Type = "essay" }, "card c1", "type"},
		{"cloze blank", func(d *deck.Deck) { d.Cards[0].Prompt = "石破茂首相はワシントンを訪れた。" }, "card c1", "prompt"},
		{"cloze choices", func(d *deck.Deck) { d.Cards[0].Choices = []string{"a", "b"} }, "card c1", "choices"},
		{"basic choices", func(d *deck.Deck) { d.Cards[5].Choices = []string{"a"} }, "card c6", "choices"},
		{"mcq answer missing", func(d *deck.Deck) { d.Cards[1].Answer = "2020年" }, "card c2", "choices"},
		{"mcq answer twice", func(d *deck.Deck) { d.Cards[1].Choices[0] = "2025年2月7日" }, "card c2", "choices"},
		{"mcq too few", func(d *deck.Deck) { d.Cards[1].Choices = []string{"2025年2月7日"} }, "card c2", "choices"},
		{"mcq empty choice", func(d *deck.Deck) { d.Cards[1].Choices[0] = " " }, "card c2", "choices"},
		{"truefalse answer", func(d *deck.Deck) { d.Cards[2].Answer = "yes" }, "card c3", "answer"},
		{"truefalse choices", func(d *deck.Deck) { d.Cards[2].Choices = []string{"true", "false"} }, "card c3", "choices"},
		{"numeric answer", func(d *deck.Deck) { d.Cards[3].Answer = "四" }, "card c4", "answer"},
		{"numeric tolerance", func(d *deck.Deck) { d.Cards[3].Tolerance = -0.5 }, "card c4", "tolerance"},
		{"numeric tolerance NaN", func(d *deck.Deck) { d.Cards[3].Tolerance = math.NaN() }, "card c4", "tolerance"},
		{"numeric choices", func(d *deck.Deck) { d.Cards[3].Choices = []string{"4"} }, "card c4", "choices"},
		{"order too few", func(d *deck.Deck) { d.Cards[4].Choices = []string{"A"} }, "card c5", "choices"},
		{"annotation break order", func(d *deck.Deck) {
			d.Annotations["石破茂首相は［＿＿＿］にワシントンを訪れた。"] = deck.Annotation{Breaks: []int{6, 6}}
		}, "annotation \"石破茂首相は［＿＿＿］にワシントンを訪れた。\"", "breaks"},
		{"annotation break outside", func(d *deck.Deck) { d.Annotations["短い"] = deck.Annotation{Breaks: []int{5}} }, "annotation \"短い\"", "breaks"},
		{"annotation ruby overlap", func(d *deck.Deck) {
			d.Annotations["日本政府"] = deck.Annotation{Ruby: []deck.Ruby{{Start: 0, End: 2, Reading: "にほん"}, {Start: 1, End: 4, Reading: "ほんせいふ"}}}
		}, "annotation \"日本政府\"", "ruby"},
		{"annotation ruby empty", func(d *deck.Deck) { d.Annotations["日本"] = deck.Annotation{Ruby: []deck.Ruby{{Start: 0, End: 2}}} }, "annotation \"日本\"", "ruby"},
		{"match repeats", func(d *deck.Deck) { d.Cards[6].Choices = []string{"A=1", "A=1"} }, "card c7", "choices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readValid(t)
			tt.break_(d)
			err := d.Validate()
			require.Error(t, err)
			var fe *deck.FieldError
			require.True(t, errors.As(err, &fe), "error is a *FieldError: %v", err)
			assert.Equal(t, tt.record, fe.Record, "record at fault: %v", err)
			assert.Equal(t, tt.field, fe.Field, "field at fault: %v", err)
			assert.Contains(t, err.Error(), tt.record)
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	d := readValid(t)
	d.Cards[0].Prompt = ""
	d.Cards[3].Answer = "x"
	err := d.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "card c1")
	assert.Contains(t, err.Error(), "card c4")
}

func TestLookups(t *testing.T) {
	d := readValid(t)
	s, ok := d.Source("s2")
	require.True(t, ok)
	assert.Equal(t, "b.txt", s.File)
	_, ok = d.Source("zz")
	assert.False(t, ok)
	f, ok := d.Fact("f2")
	require.True(t, ok)
	assert.Equal(t, "s2", f.Source)
	_, ok = d.Fact("zz")
	assert.False(t, ok)
}

// A fact's paragraph is read from JSON and written back, and a paragraph
// that holds its sentence with text around it is valid.
func TestParagraphRoundTrips(t *testing.T) {
	d := readValid(t)
	d.Facts[0].Paragraph = "前の文。" + d.Facts[0].Sentence + "次の文。"
	require.NoError(t, d.Validate())
	var buf bytes.Buffer
	require.NoError(t, deck.Encode(&buf, d))
	assert.Contains(t, buf.String(), `"paragraph": "前の文。`)
	again, err := deck.Decode(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, d.Facts[0], again.Facts[0])
}
