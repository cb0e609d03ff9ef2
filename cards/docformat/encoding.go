package docformat

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// errEncoding is returned for bytes no supported encoding reads cleanly.
var errEncoding = errors.New("the text is neither UTF-8, UTF-16, Shift_JIS nor EUC-JP; save it as UTF-8")

// invalidUTF8 names the first byte that keeps data from being UTF-8.
func invalidUTF8(data []byte) error {
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		off += n
	}
	return fmt.Errorf("byte %d: invalid UTF-8, and not Shift_JIS or EUC-JP text either; save it as UTF-8", off)
}

// decode returns data as UTF-8. UTF-8 (with or without a byte-order mark)
// and UTF-16 with its mark are taken as they say; other bytes are tried as
// Shift_JIS and EUC-JP, the encodings older Japanese files use, and the one
// that reads without a single invalid sequence wins (Japanese text in the
// wrong one of the two almost never decodes cleanly).
func decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	case utf8.Valid(data):
		return string(data), nil
	}
	best, bestScore := "", -1
	for _, enc := range []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP} {
		s, err := decodeWith(enc, data)
		if err != nil {
			continue
		}
		if score := japaneseRunes(s); score > bestScore {
			best, bestScore = s, score
		}
	}
	if bestScore < 0 {
		return "", invalidUTF8(data)
	}
	return best, nil
}

// decodeWith decodes data strictly: a byte sequence the encoding does not
// define is an error, never a replacement character in a card.
func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		return "", errEncoding
	}
	return string(out), nil
}

// japaneseRunes counts kana, common kanji and Japanese punctuation: the
// decoding that yields more of them is the right one when both are clean.
func japaneseRunes(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x3040 && r <= 0x30FF, // hiragana, katakana
			r >= 0x4E00 && r <= 0x9FFF, // CJK ideographs
			r >= 0x3000 && r <= 0x303F: // 、。「」
			n++
		}
	}
	return n
}
