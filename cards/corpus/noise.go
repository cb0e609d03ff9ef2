package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify sets the Noise of every sentence of d. Some noise is a property
// of a whole line (a heading, a byline, an image caption), some of one
// sentence (a comment after a claim, a link glued to a remark), so each
// paragraph is looked at as a line first and sentence by sentence after.
func classify(d *Document, paras []paragraph) {
	c := classifier{paras: paras, text: make([]string, len(paras)), sents: make([][]*Sentence, len(paras))}
	for i, p := range paras {
		c.text[i] = Normalize(p.join().text)
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		c.sents[s.Paragraph] = append(c.sents[s.Paragraph], s)
	}
	for i := range paras {
		c.paragraph(i)
	}
}

// classifier carries what one line tells about the next through a document.
type classifier struct {
	paras []paragraph
	text  []string      // each paragraph, normalized
	sents [][]*Sentence // each paragraph's sentences

	body     bool  // a claim has been seen: title, date and byline are behind
	refs     bool  // inside a bibliography
	comments bool  // inside the readers' comments under a post
	prev     Noise // what the previous paragraph was, as a line
	question bool  // the previous paragraph was a question heading
}

// paragraph classifies paragraph i, line first, then sentence by sentence.
func (c *classifier) paragraph(i int) {
	ss := c.sents[i]
	reason, whole := c.line(i)
	switch {
	case whole:
		for _, s := range ss {
			s.Noise = reason
		}
	case reason == NoiseHeading:
		markHeading(ss)
	case reason == NoiseReference:
		for _, s := range ss {
			s.Noise = NoiseReference
			if isURLOnly(s.Text) {
				s.Noise = NoiseURL
			}
		}
	case c.question && len(ss) == 1 && isTeaser(ss[0].Text):
		ss[0].Noise = NoiseTeaser
	default:
		for _, s := range ss {
			s.Noise = sentenceNoise(s.Text)
		}
	}
	c.prev = reason
	c.question = reason == NoiseHeading && len(ss) > 0 && ss[len(ss)-1].Noise == NoiseQuestionHeading
	for _, s := range ss {
		c.body = c.body || s.IsClaim()
	}
}

// line decides what paragraph i is as a whole line. whole is true when the
// reason applies to every sentence; NoiseHeading and NoiseReference come back
// with whole false because their sentences are told apart (a question heading
// from a topic heading, a bare link from the entry it follows).
func (c *classifier) line(i int) (reason Noise, whole bool) {
	p, t := c.paras[i], c.text[i]
	if p.table {
		return NoiseTable, true
	}
	if c.comments || commentsHeading.MatchString(t) {
		// Under a post, everything is what readers wrote; under a press
		// release's コメント, officials are quoted as saying something,
		// which the release states as a claim.
		c.comments = true
		if !formalQuote.MatchString(t) {
			return NoiseComment, true
		}
	}
	if interviewer.MatchString(t) {
		return NoiseQuestion, true
	}
	if c.refs {
		// A bibliography runs on while its entries are list items or bare
		// links; anything else (the author's note after it) ends it.
		if p.mark == "-" || isURLOnly(t) {
			return NoiseReference, false
		}
		c.refs = false
	}
	switch {
	case isURLOnly(t):
		return NoiseURL, true
	case isDateLine(t):
		return NoiseDate, true
	case navigation[t]:
		return NoiseNavigation, true
	case share[t]:
		return NoiseShare, true
	case photoCredit.MatchString(t):
		return NoisePhotoCredit, true
	case c.isByline(i):
		return NoiseByline, true
	case isCaption(t):
		return NoisePhotoCredit, true
	case isHeadingLine(t):
		if bibliography.MatchString(t) {
			c.refs = true
		}
		return NoiseHeading, false
	}
	return Claim, false
}

// markHeading marks the sentences of a heading line. Scraped pages ask their
// section questions in headings ("トランプ再選で日本はどう動く?"); the
// question is no claim, and neither is a heading that names a topic. A line
// without a full stop can also be a bare source link, a paywall notice or a
// chatty aside, and keeps that reason.
func markHeading(ss []*Sentence) {
	for _, s := range ss {
		switch r := sentenceNoise(s.Text); r {
		case NoiseQuestion:
			s.Noise = NoiseQuestionHeading
		case Claim:
			s.Noise = NoiseHeading
		default:
			s.Noise = r
		}
	}
}

// isHeadingLine reports a line with no full stop that is short enough to be a
// heading and does not stop on a comma (which would make it a cut sentence).
func isHeadingLine(t string) bool {
	return !strings.Contains(t, "。") &&
		!strings.HasSuffix(t, "、") && !strings.HasSuffix(t, ",") &&
		utf8.RuneCountInString(t) <= 80
}

// commentsHeading matches the heading of readers' comments under a post:
// "コメント(4件)", "みんなのコメント", "読者の声".
var commentsHeading = regexp.MustCompile(`^(コメント|みんなのコメント|読者コメント|読者の声|Comments?)\s*(\(\d+\s*件?\)|\d+\s*件)?$`)

// formalQuote matches an official quoted in a release's own words
// ("霧里村の中西和夫村長は「…」と述べています。"): a reader's comment
// never reports itself so.
var formalQuote = regexp.MustCompile(`^[^「」]{2,40}(?:長|社長|会長|代表|知事|大臣|教授|所長|館長|監督)は「[^」]+」と(?:述べ|話し|語っ|コメントし)(?:ています|ました|た|ている)。$`)

// interviewer matches an interviewer's turn: "――今季は18勝2敗でした。",
// "Q. …", "Q: …". The question frames an answer; it states no claim.
var interviewer = regexp.MustCompile(`^(―|—|─|Q[.:)]|Q\s|聞き手[:：])`)

// bibliography matches the heading of a reference list.
var bibliography = regexp.MustCompile(`参考文献|引用文献|^References$|^Bibliography$`)

// sentenceNoise decides one sentence of running text.
func sentenceNoise(t string) Noise {
	switch {
	case paywall.MatchString(t):
		return NoisePaywall
	case isReadMore(t):
		return NoiseReadMore
	case isURLOnly(t):
		return NoiseURL
	case photoCredit.MatchString(t):
		return NoisePhotoCredit
	case isDateLine(t):
		return NoiseDate
	case isMeta(t):
		return NoiseMeta
	case isQuestion(t):
		return NoiseQuestion
	case isChatty(t):
		return NoiseComment
	case headlineEnd.MatchString(t):
		return NoiseTeaser
	}
	return Claim
}

// headlineEnd matches a sentence cut off as a headline or a summary line
// is: on a verbal noun after its object (…で対抗。, …を示唆。) or on a
// subject with no predicate (…可能性が。). The article's body states the
// claim in full, with its verb and tense.
var headlineEnd = regexp.MustCompile(`(?:[をにでと、]\p{Han}{2,3}|可能性が?|[^\p{Han}]が)。$`)

// paywall matches notices that the rest of an article is for subscribers.
var paywall = regexp.MustCompile(`有料会員|会員限定|有料記事|購読者限定|続きを読むには|残り\d+文字|ログインして(続き|全文)`)

// isReadMore reports a "read more" link to the page's source.
func isReadMore(t string) bool {
	for _, p := range []string{"さらに読む", "続きを読む", "もっと読む", "もっと見る"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return strings.Contains(t, "出典/画像元")
}

// isURLOnly reports text that is one link and nothing else ("<…>" included).
func isURLOnly(t string) bool {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "<"), ">")
	u := findURLs(t)
	return len(u) == 1 && u[0][0] == 0 && u[0][1] == len(t)
}

// photoCredit matches image credits, in English or Japanese.
var photoCredit = regexp.MustCompile(`^(Photo by|Photo:|Image:|Image by|Credit:)\s|on Unsplash$|via Getty Images$|^(写真|画像)(提供)?[:：]`)

// isCaption reports an image's alt text: a line with Latin letters and no
// Japanese at all, in documents whose claims are all Japanese.
func isCaption(t string) bool {
	latin := 0
	for _, r := range t {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			latin++
		}
	}
	return latin >= 2 && !strings.Contains(t, "。")
}

// navigation and share are the words of site menus and share buttons, as
// whole lines.
var (
	navigation = setOf("活動", "ホーム", "トップ", "トップページ", "メニュー", "目次", "記事一覧", "一覧へ", "前へ", "次へ", "前の記事", "次の記事", "戻る", "ページトップへ", "関連記事", "人気記事", "おすすめ記事", "カテゴリー", "タグ", "お問い合わせ", "サイトマップ", "Home", "Menu", "Top")
	share      = setOf("シェア", "ツイート", "ポスト", "いいね", "ブックマーク", "LINEで送る", "はてブ", "Facebook", "Twitter", "X", "Pocket", "Share", "Tweet", "この記事をシェア", "シェアする")
)

func setOf(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isQuestion reports a sentence that only asks: it ends on a question mark.
func isQuestion(t string) bool { return strings.HasSuffix(t, "?") }

// isTeaser reports the short answer scraped Q&A pages put right under a
// question heading ("ウクライナ停戦と北朝鮮との合意。"): a teaser for the
// section, whose body then states the claim in full.
func isTeaser(t string) bool {
	return strings.HasSuffix(t, "。") && utf8.RuneCountInString(t) <= 40
}

// meta matches sentences about the text itself rather than its subject.
var meta = regexp.MustCompile(`について解説します。$|^(本稿|本論文|本章|本記事|この記事|このブログ記事|本レポート)(で)?は|^(第\d+表|表\d+|図\d+)は|(参照して|見て|考えて|整理して)(おき|いき|み)たい。$`)

func isMeta(t string) bool { return meta.MatchString(t) }

// chattyWords are casual speech and Kansai dialect: the register of readers'
// comments and of a page's chatty asides, never of a claim in these texts.
var chattyWords = []string{"ってことは", "なんだなって", "かなって思", "なきゃ", "じゃん", "めっちゃ", "なんか", "ちょっと", "すごく", "ほんま", "あかん", "ねんで", "やったわ", "てるん"}

// chattyEnd matches sentence endings that speak to the reader or share a
// feeling: 〜ですね, 〜よね, 〜やな, 〜たいです, 〜しましょう, 〜思いました.
var chattyEnd = regexp.MustCompile(`(ね|やな|やん|やで|わ[〜~ー]?|[〜~]|たいです|ましょう|ください|思いました|気になるところです|にも注目|(不安|心配|楽しみ|嬉しい|うれしい|残念)です)[。!]*$`)

// familiarName matches a name with さん, which news and analysis never use.
var familiarName = regexp.MustCompile(`(\p{Han}{2,}|\p{Katakana}{2,})さん`)

func isChatty(t string) bool {
	for _, w := range chattyWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return chattyEnd.MatchString(t) || familiarName.MatchString(t) && !namedInRole.MatchString(t)
}

// namedInRole matches a name with さん that the sentence gives a role
// ("館長を務める小林隆之さん"): a blog introducing someone, not a reader
// addressing them.
var namedInRole = regexp.MustCompile(`(?:を務める|の(?:館長|社長|会長|所長|村長|町長|市長|監督|代表|部長|教授|院長|園長|校長))(?:\p{Han}{2,}|\p{Katakana}{2,})さん`)

// dateLine matches a line that only dates the text: "公開日:2025/02/08",
// "2026年4月18日 11:32", "投稿日: 2025年9月14日 | カテゴリー: 天体観測" (a
// blog's date with its category after a bar).
var dateLine = regexp.MustCompile(`^\(?(公開日|更新日|掲載日|投稿日|脱稿日|発行日|配信日)?\s*:?\s*(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?\)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\|.*)?$`)

func isDateLine(t string) bool { return dateLine.MatchString(t) }

// Bylines: an affiliation line ends on a job title; a name line is a name
// and nothing else, and counts only in the header next to another byline
// line, since "Washington Capitol" looks like a name too.
var (
	affiliation = regexp.MustCompile(`(教授|准教授|講師|研究員|副部長|部長|所長|理事長|記者|編集委員|編集長|論説委員|特派員|フェロー|アナリスト|エコノミスト)$`)
	kanjiName   = regexp.MustCompile(`^\p{Han}{1,4} [\p{Han}\p{Hiragana}\p{Katakana}]{1,5}$`)
	kanaName    = regexp.MustCompile(`^[\p{Katakana}ー]+(・[\p{Katakana}ー]+)+$`)
	latinName   = regexp.MustCompile(`^[A-Z][a-z]+( [A-Z][a-zA-Z]+){1,2}$`)
)

func isAffiliation(t string) bool {
	return !strings.Contains(t, "。") && utf8.RuneCountInString(t) <= 50 && affiliation.MatchString(t)
}

// isByline reports an author line: an affiliation anywhere, or a name in the
// header beside a date or another byline line.
func (c *classifier) isByline(i int) bool {
	t := c.text[i]
	if isAffiliation(t) {
		return true
	}
	if c.body {
		return false
	}
	name := kanjiName.MatchString(t) || kanaName.MatchString(t) || latinName.MatchString(t)
	if !name {
		return false
	}
	if c.prev == NoiseByline || c.prev == NoiseDate {
		return true
	}
	if i+1 < len(c.text) {
		next := c.text[i+1]
		return isAffiliation(next) || latinName.MatchString(next)
	}
	return false
}
