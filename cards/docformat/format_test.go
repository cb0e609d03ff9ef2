package docformat

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

const sentence = "北陸新幹線は2024年3月16日に金沢駅から敦賀駅まで延伸された。"

func TestMarkdownKeepsClaimsAndDropsMarkup(t *testing.T) {
	data, err := os.ReadFile("testdata/lesson.md")
	require.NoError(t, err)
	got, err := Text("lesson.md", Markdown, data)
	require.NoError(t, err)
	want := "北陸新幹線の延伸\n\n" +
		sentence + "\n\n" +
		"所要時間\n\n" +
		"- 東京から敦賀までは最速で3時間8分。\n" +
		"- 詳しくは鉄道会社の発表を参照。\n\n" +
		"区間\t開業年\n高崎-長野\t1997年\n長野-金沢\t2015年\n"
	assert.Equal(t, want, got)
	assert.NotContains(t, got, "author", "front matter")
	assert.NotContains(t, got, "写真", "an image's alt text")
	assert.NotContains(t, got, "code is dropped")
}

func TestHTMLTakesTitleTextAndTables(t *testing.T) {
	data, err := os.ReadFile("testdata/lesson.html")
	require.NoError(t, err)
	got, err := Text("lesson.html", HTML, data)
	require.NoError(t, err)
	want := "北陸新幹線の延伸\n\n" +
		sentence + "\n延伸区間は約125kmである。\n\n" +
		"区間\t開業年\n高崎-長野\t1997年\n"
	assert.Equal(t, want, got)
	for _, gone := range []string{"広告", "color", "ホーム", "写真の説明", "送信", "サイト名"} {
		assert.NotContains(t, got, gone)
	}
}

func TestHTMLWithoutH1TakesTitleElement(t *testing.T) {
	got, err := Text("a.html", HTML, []byte("<html><head><title>火山の話</title></head><body><p>桜島は活火山である。</p></body></html>"))
	require.NoError(t, err)
	assert.Equal(t, "火山の話\n\n桜島は活火山である。\n", got)
}

func TestPlainTextEncodings(t *testing.T) {
	text := "題名\r\n" + sentence + "\r\n"
	want := "題名\n" + sentence + "\n"
	sjis, err := japanese.ShiftJIS.NewEncoder().String(text)
	require.NoError(t, err)
	euc, err := japanese.EUCJP.NewEncoder().String(text)
	require.NoError(t, err)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	for name, data := range map[string]string{
		"utf-8":     text,
		"utf-8 BOM": "\ufeff" + text,
		"shift_jis": sjis,
		"euc-jp":    euc,
		"utf-16le":  utf16,
	} {
		got, err := Text("a.txt", Plain, []byte(data))
		if assert.NoError(t, err, name) {
			assert.Equal(t, want, got, name)
		}
	}
}

func TestGarbageIsRefusedNotDecoded(t *testing.T) {
	_, err := Text("x.txt", Plain, []byte{0x82, 0xa0, 0xff, 0xfe, 0x80, 0x81, 0xfd})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.txt")
	assert.Contains(t, err.Error(), "UTF-8")
}

// docx builds a minimal Word file around body, the XML inside <w:body>.
func docx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	_, err = w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body + `</w:body></w:document>`))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestDocxParagraphsRunsAndTables(t *testing.T) {
	data := docx(t, `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>北陸新幹線の延伸</w:t></w:r></w:p>`+
		`<w:p><w:r><w:t>北陸新幹線は2024年3月16日に</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>金沢駅</w:t></w:r>`+
		`<w:r><w:t>から敦賀駅まで延伸された。</w:t></w:r></w:p>`+
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>区間</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>開業年</w:t></w:r></w:p></w:tc></w:tr>`+
		`<w:tr><w:tc><w:p><w:r><w:t>高崎-長野</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1997年</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)
	got, err := Text("a.docx", Docx, data)
	require.NoError(t, err)
	assert.Equal(t, "北陸新幹線の延伸\n\n"+sentence+"\n\n区間\t開業年\n高崎-長野\t1997年\n", got)
}

func TestDocxErrorsNameTheProblem(t *testing.T) {
	_, err := Text("notes.docx", Docx, []byte("plain text, not a zip"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "notes.docx: not a .docx file")

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	_, err = zw.Create("other.xml")
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	_, err = Text("empty.docx", Docx, buf.Bytes())
	assert.ErrorContains(t, err, "no word/document.xml")

	_, err = Text("broken.docx", Docx, docx(t, "<w:p><w:r><w:t>未完"))
	assert.ErrorContains(t, err, "malformed XML")
}

func TestFormatOf(t *testing.T) {
	assert.Equal(t, Markdown, FormatOf("a.MD", nil))
	assert.Equal(t, HTML, FormatOf("a.htm", nil))
	assert.Equal(t, PDF, FormatOf("scan", []byte("%PDF-1.7")))
	assert.Equal(t, Docx, FormatOf("report", []byte("PK\x03\x04")))
	assert.Equal(t, HTML, FormatOf("page", []byte("\ufeff  <!DOCTYPE html><html>")))
	assert.Equal(t, Plain, FormatOf("notes", []byte("題名")))
}

func TestReadFileRefusesDevicesDirectoriesAndHugeFiles(t *testing.T) {
	_, err := ReadFile("/dev/zero", 0)
	assert.ErrorContains(t, err, "/dev/zero: not a regular file (a device)")

	dir := t.TempDir()
	_, err = ReadFile(dir, 0)
	assert.ErrorContains(t, err, "not a regular file (a directory)")

	big := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(big, bytes.Repeat([]byte("あ"), 100), 0o644))
	_, err = ReadFile(big, 200)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.ErrorContains(t, err, "big.txt")
	_, err = ReadFile(big, 300)
	assert.NoError(t, err)
}

func TestUnwrapPDFJoinsWrappedLines(t *testing.T) {
	got := unwrapPDF("北陸新幹線の延伸\n北陸新幹線は2024年3月16日に金沢駅から 敦\n賀駅まで延伸された。延伸区間は約125kmで\nある。\n\nThe line was\nextended.\n")
	assert.Equal(t, "北陸新幹線の延伸\n"+sentence+"延伸区間は約125kmである。\n\nThe line was extended.\n", got)
}

// The fixture was printed from HTML we wrote, by Chromium: a real PDF
// with an embedded Japanese font and a line wrapped mid-sentence.
func TestReadFilePDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil && os.Getenv("CI") == "" {
		t.Skip("pdftotext is not installed (make deps installs poppler-utils)")
	}
	got, err := ReadFile("testdata/lesson.pdf", 0)
	require.NoError(t, err)
	assert.Equal(t, "北陸新幹線の延伸\n"+sentence+"\n延伸区間は約125kmであり、途中には芦原温泉駅など6つの駅が新たに設けられた。\n", got)
}

func TestReadFilePDFWithoutPdftotextSaysWhatToInstall(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := ReadFile("testdata/lesson.pdf", 0)
	assert.ErrorIs(t, err, ErrNoPdftotext)
	assert.ErrorContains(t, err, "testdata/lesson.pdf: reading PDF needs pdftotext: install Debian's poppler-utils")
}
