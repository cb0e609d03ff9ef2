package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noiseEntry is one line of testdata/noise_lines.txt.
type noiseEntry struct {
	text   string
	reason Noise
}

// readFixture reads a testdata file's lines, skipping blank lines and
// "#" comments.
func readFixture(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// noiseEntries reads noise_lines.txt: the text, a tab, the reason. Table
// rows hold tabs themselves, so the reason is after the last tab.
func noiseEntries(t *testing.T) []noiseEntry {
	var out []noiseEntry
	for _, l := range readFixture(t, "noise_lines.txt") {
		i := strings.LastIndexByte(l, '\t')
		require.Positive(t, i, "no reason in %q", l)
		out = append(out, noiseEntry{text: l[:i], reason: Noise(l[i+1:])})
	}
	return out
}

// occurrence finds the first place text occurs verbatim in the corpus as
// whole lines or whole sentences (so "活動" is not found inside
// "ロビー活動"), documents in file order, and the sentences that overlap it.
func occurrence(docs []*Document, text string) (*Document, []Sentence) {
	for _, d := range docs {
		for off := 0; ; {
			k := strings.Index(d.Raw[off:], text)
			if k < 0 {
				break
			}
			i, j := off+k, off+k+len(text)
			off = i + 1
			if !startsUnit(d, i) || !endsUnit(d, j) {
				continue
			}
			var ss []Sentence
			for _, s := range d.Sentences {
				for _, p := range partsOf(s) {
					if p.Start < j && p.End > i {
						ss = append(ss, s)
						break
					}
				}
			}
			return d, ss
		}
	}
	return nil, nil
}

// startsUnit reports whether a line or a sentence of d starts at i.
func startsUnit(d *Document, i int) bool {
	if i == 0 || d.Raw[i-1] == '\n' {
		return true
	}
	for _, s := range d.Sentences {
		if s.Start == i {
			return true
		}
	}
	return false
}

// endsUnit reports whether a line or a sentence of d ends at j.
func endsUnit(d *Document, j int) bool {
	if j == len(d.Raw) || d.Raw[j] == '\n' || d.Raw[j] == '\r' {
		return true
	}
	for _, s := range d.Sentences {
		if s.End == j {
			return true
		}
	}
	return false
}

func partsOf(s Sentence) []Span {
	if s.Rejoined() {
		return s.Parts
	}
	return []Span{{s.Start, s.End}}
}

func TestNoiseLines(t *testing.T) {
	docs := loadCorpus(t)
	entries := noiseEntries(t)
	require.GreaterOrEqual(t, len(entries), 20)
	for _, e := range entries {
		d, ss := occurrence(docs, e.text)
		require.NotNil(t, d, "not in the corpus: %q", e.text)
		require.NotEmpty(t, ss, "no sentence at %q", e.text)
		for _, s := range ss {
			assert.Equal(t, e.reason, s.Noise, "%s %q", s.Ref(d.ID), s.Text)
		}
	}
}

// The noise list is complete: every sentence marked noise is on it (a
// repeat is covered by its original), so nothing else is ever dropped.
func TestNoNoiseBeyondList(t *testing.T) {
	docs := loadCorpus(t)
	listed := map[string]Noise{}
	for _, e := range noiseEntries(t) {
		d, ss := occurrence(docs, e.text)
		require.NotNil(t, d, e.text)
		for _, s := range ss {
			listed[s.Ref(d.ID)] = e.reason
		}
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.IsClaim() || s.DupOf != "" {
				continue
			}
			reason, ok := listed[s.Ref(d.ID)]
			if assert.True(t, ok, "%s marked %s but not listed: %q", s.Ref(d.ID), s.Noise, s.Raw) {
				assert.Equal(t, reason, s.Noise, s.Ref(d.ID))
			}
		}
	}
}

func TestClaimsAreNotNoise(t *testing.T) {
	docs := loadCorpus(t)
	claims := readFixture(t, "claims.txt")
	require.GreaterOrEqual(t, len(claims), 20)
	for _, c := range claims {
		want := Normalize(c)
		found := 0
		for _, d := range docs {
			for _, s := range d.Sentences {
				if s.Text == want {
					found++
					assert.True(t, s.IsClaim(), "%s marked %s: %q", s.Ref(d.ID), s.Noise, s.Text)
				}
			}
		}
		assert.Positive(t, found, "no sentence %q", c)
	}
}

// Each kind of noise in a small document of its own: a title and a claim,
// the line under test, then a claim long enough not to pass for a teaser.
func TestNoiseReasons(t *testing.T) {
	tests := []struct {
		line string
		want []Noise
	}{
		{"https://example.jp/a/b?c=1", []Noise{NoiseURL}},
		{"<https://example.jp/a>", []Noise{NoiseURL}},
		{"Photo by Jane Doe on Unsplash", []Noise{NoisePhotoCredit}},
		{"写真：ロイター", []Noise{NoisePhotoCredit}},
		{"two people shaking hands in an office", []Noise{NoisePhotoCredit}},
		{"さらに読む ⇒新聞出典/画像元: https://example.jp/1関税の懸念は大きいですね。", []Noise{NoiseReadMore, NoiseComment}},
		{"さらに読む ⇒新聞出典/画像元: https://example.jp/1米国は防衛義務を確認した。", []Noise{NoiseReadMore, Claim}},
		{"この記事は有料会員限定です。", []Noise{NoisePaywall}},
		{"続きを読むにはログインしてください。", []Noise{NoisePaywall}},
		{"東京大学教授", []Noise{NoiseByline}},
		{"トランプさん、ほんまに手強い相手やな。", []Noise{NoiseComment}},
		{"日米同盟って大事なものなんだなって思いました。もっと勉強しなきゃ!", []Noise{NoiseComment, NoiseComment}},
		{"今後の動向に注目しましょう。", []Noise{NoiseComment}},
		{"日米関係はどうなる?関税リスクは?", []Noise{NoiseQuestionHeading, NoiseQuestionHeading}},
		{"影響は大きい。備えとは?", []Noise{Claim, NoiseQuestion}},
		{"ホーム", []Noise{NoiseNavigation}},
		{"シェア", []Noise{NoiseShare}},
		{"日米同盟の今後", []Noise{NoiseHeading}},
		{"3 日米間の信頼関係構築", []Noise{NoiseHeading}},
		{"公開日:2025/02/08", []Noise{NoiseDate}},
		{"2025年3月27日", []Noise{NoiseDate}},
		{"日米関係の見通しについて解説します。", []Noise{NoiseMeta}},
		{"政府は同盟の意義を強調、防衛費の増額で対応。", []Noise{NoiseTeaser}},
		{"今後は負担増を求められる可能性が。", []Noise{NoiseTeaser}},
		{"このブログ記事では、会談の背景を分析します。", []Noise{NoiseMeta}},
		{"✅ 日本は米国との関係維持に努めている。", []Noise{Claim}},
		{"トランプ氏、日本の防衛費負担に再び不満!日米安保条約見直し示唆か。", []Noise{Claim, Claim}},
		{"さらに読む ⇒新聞出典/画像元: https://example.jp/1", []Noise{NoiseReadMore}},
		{"この記事は有料会員限定です", []Noise{NoisePaywall}},
		{"日本にとって、同盟は重要である。", []Noise{Claim}},
		{"関税政策によって、輸出は減るでしょう。", []Noise{Claim}},
		{"案内役は、郷土館の館長を務める森田正樹さんでした。", []Noise{Claim}},
		{"森田さん、また行きます。", []Noise{NoiseComment}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			d, err := Parse("t.txt", []byte("文書の見出し\n最初の本文である。\n"+tt.line+"\n最後の本文は、この行が見出しの後に続いても要約と見なされないよう十分に長く書かれている。\n"))
			require.NoError(t, err)
			ss := d.Sentences[2 : len(d.Sentences)-1]
			assert.Equal(t, tt.want, noises(ss), "%q", texts(ss))
			last := d.Sentences[len(d.Sentences)-1]
			assert.Equal(t, Claim, last.Noise, "the claim after it")
		})
	}
}

// The short answer under a question heading is a teaser; the same words
// elsewhere are a claim.
func TestTeaser(t *testing.T) {
	d, err := Parse("t.txt", []byte("見出し\nトランプ氏、外交の最優先事項は?\nウクライナ停戦と北朝鮮との合意。\n本文である。\nウクライナ停戦と北朝鮮との合意。\n"))
	require.NoError(t, err)
	assert.Equal(t, []Noise{NoiseHeading, NoiseQuestionHeading, NoiseTeaser, Claim, Claim}, noises(d.Sentences))
}

// A byline needs company: a name alone in the body is a heading, not an
// author.
func TestBylineInHeader(t *testing.T) {
	d, err := Parse("t.txt", []byte("論文の題\n\n中林 美恵子\n\nNakabayashi Mieko\n\n本文である。\n\nWashington Capitol\nPhoto by A on Unsplash\n"))
	require.NoError(t, err)
	assert.Equal(t, []Noise{NoiseHeading, NoiseByline, NoiseByline, Claim, NoisePhotoCredit, NoisePhotoCredit}, noises(d.Sentences))
}

func TestBibliography(t *testing.T) {
	d, err := Parse("t.txt", []byte("本文である。\n■参考文献\n- 外務省「日米首脳会談」 2025 年 2 月 7 日。 https://www.mofa.go.jp/a.html\n<https://example.jp/b>\n- Gallup, “Views of Japan,” 2024.\nなかばやし・みえこ 早稲田大学教授\n"))
	require.NoError(t, err)
	assert.Equal(t, []Noise{Claim, NoiseHeading, NoiseReference, NoiseURL, NoiseURL, NoiseReference, NoiseByline}, noises(d.Sentences))
}

// Under a release's コメント heading, an official quoted in the release's
// own words is a claim; a reader's words under a post's are not.
func TestQuotedOfficialUnderComments(t *testing.T) {
	d, err := Parse("t.txt", []byte("新しい路線\n町営バスは来月、新しい路線を開く。\nコメント\n海辺町の森田正樹町長は「町の足を守りたい」と述べています。\n楽しみにしてます!\n"))
	require.NoError(t, err)
	got := map[string]Noise{}
	for _, s := range d.Sentences {
		got[s.Text] = s.Noise
	}
	assert.Equal(t, Claim, got["海辺町の森田正樹町長は「町の足を守りたい」と述べています。"])
	assert.Equal(t, NoiseComment, got["楽しみにしてます!"])
}
