package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// userDictText holds the corpus' own entities that the IPA dictionary splits
// or mislabels; see the file's header for its format.
//
//go:embed userdict.txt
var userDictText string

// The tokenizer loads an 11 MB dictionary, so it is built once, on first
// use, and shared: kagome's Tokenizer is safe for concurrent use.
var (
	tokenizerOnce sync.Once
	sharedTok     *tokenizer.Tokenizer
	sharedTokErr  error
)

// analyzer returns the shared tokenizer, building it on first use.
func analyzer() (*tokenizer.Tokenizer, error) {
	tokenizerOnce.Do(func() { sharedTok, sharedTokErr = newAnalyzer(userDictText) })
	return sharedTok, sharedTokErr
}

// newAnalyzer builds a tokenizer of the IPA dictionary with the user
// dictionary text udict.
func newAnalyzer(udict string) (*tokenizer.Tokenizer, error) {
	records, err := dict.NewUserDicRecords(strings.NewReader(udict))
	if err != nil {
		return nil, fmt.Errorf("extract: user dictionary userdict.txt: %w", err)
	}
	for _, r := range records {
		if _, ok := userClasses[r.Pos]; !ok {
			return nil, fmt.Errorf("extract: user dictionary userdict.txt: entry %q: unknown class %q", r.Text, r.Pos)
		}
	}
	ud, err := records.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("extract: user dictionary userdict.txt: %w", err)
	}
	t, err := tokenizer.New(ipa.Dict(), tokenizer.UserDict(ud), tokenizer.OmitBosEos())
	if err != nil {
		return nil, fmt.Errorf("extract: tokenizer: %w", err)
	}
	return t, nil
}

// userClasses maps a user dictionary class to the IPA part of speech it
// stands for, so that the rest of the package reads one tag set.
var userClasses = map[string][4]string{
	"人名":   {"名詞", "固有名詞", "人名", "*"},
	"組織":   {"名詞", "固有名詞", "組織", "*"},
	"地名":   {"名詞", "固有名詞", "地域", "一般"},
	"固有名詞": {"名詞", "固有名詞", "一般", "*"},
}

// token is one morpheme of a sentence.
type token struct {
	Surface    string
	Start, End int       // byte offsets in the sentence
	POS        [4]string // IPA part of speech, e.g. 名詞,固有名詞,人名,姓
	Base       string    // dictionary form, e.g. 求める for 求め
	User       bool      // from the user dictionary
}

// tokenize cuts text into tokens with byte offsets.
func tokenize(tk *tokenizer.Tokenizer, text string) []token {
	raw := tk.Tokenize(text)
	out := make([]token, 0, len(raw))
	for _, r := range raw {
		t := token{Surface: r.Surface, Start: r.Position, End: r.Position + len(r.Surface), Base: r.Surface}
		if r.Class == tokenizer.USER {
			t.User = true
			if f, ok := r.FeatureAt(0); ok {
				t.POS = userClasses[f]
			}
		} else {
			f := r.Features()
			for i := 0; i < 4 && i < len(f); i++ {
				t.POS[i] = f[i]
			}
			if len(f) > 6 && f[6] != "*" {
				t.Base = f[6]
			}
		}
		if t.Surface == "が" && t.POS[0] == "接続詞" && len(out) > 0 && out[len(out)-1].space() {
			// After a space IPA loses the phrase before it and reads が as
			// "but": "ギャラップ社 (Gallup) が…実施した" marks a subject.
			t.POS = [4]string{"助詞", "格助詞", "一般", "*"}
		}
		out = append(out, splitSymbols(t)...)
	}
	return out
}

// splitSymbols cuts a run of symbols into one token per symbol, each with a
// symbol's part of speech. The IPA dictionary does not know ASCII symbols
// and groups a run of them as one unknown noun ("%。", "):"), which would hide
// a sentence end or a bracket from the phrase rules.
func splitSymbols(t token) []token {
	if t.User || !allSymbols(t.Surface) {
		return []token{t}
	}
	var out []token
	for i, r := range t.Surface {
		s := string(r)
		out = append(out, token{Surface: s, Start: t.Start + i, End: t.Start + i + len(s), POS: symbolPOS(r), Base: s})
	}
	return out
}

func allSymbols(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return s != ""
}

// symbolPOS gives a symbol the IPA tag the dictionary uses for its
// full-width twin; % is a counter, like 人 or 倍.
func symbolPOS(r rune) [4]string {
	switch r {
	case '。':
		return [4]string{"記号", "句点", "*", "*"}
	case '、':
		return [4]string{"記号", "読点", "*", "*"}
	case '(', '「', '『', '[', '<', '“':
		return [4]string{"記号", "括弧開", "*", "*"}
	case ')', '」', '』', ']', '>', '”':
		return [4]string{"記号", "括弧閉", "*", "*"}
	case '%':
		return [4]string{"名詞", "接尾", "助数詞", "*"}
	}
	return [4]string{"記号", "一般", "*", "*"}
}
