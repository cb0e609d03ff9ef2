package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// title returns the first heading line before the body: the page's title.
// A page whose header holds only a breadcrumb, a date and a byline (004) has
// no title in its text, and gets "" rather than a made-up one.
func title(d *Document, paras []paragraph) string {
	for i, ss := range byParagraph(d, len(paras)) {
		if hasClaim(ss) {
			return ""
		}
		if !paras[i].table && allHeading(ss) {
			return Normalize(paras[i].join().text)
		}
	}
	return ""
}

// date returns the publication date the text states. A date line in the
// header (before the first claim) dates the document, and so does a date line
// elsewhere unless it dates an excerpt: the "公開日" lines of scraped digest
// pages sit above the summary of a cited article and its "出典" link, and
// give that article's date, not the page's (000 quotes a 2019 article in a
// page about the 2024 election). Failing those, an "as of" date in the body
// ("2026年3月現在") is when the text was written.
func date(d *Document, paras []paragraph) string {
	groups := byParagraph(d, len(paras))
	header := true
	for i, ss := range groups {
		if len(ss) == 1 && ss[0].Noise == NoiseDate && (header || !datesExcerpt(groups[i+1:])) {
			if iso, ok := realDate(d, ss[0], dateLine.FindStringSubmatch(ss[0].Text)[2:]); ok {
				return iso
			}
		}
		header = header && !hasClaim(ss)
	}
	for _, s := range d.Sentences {
		if m := asOf.FindStringSubmatch(s.Text); s.IsClaim() && m != nil {
			if iso, ok := realDate(d, s, m[1:]); ok {
				return iso
			}
		}
	}
	return ""
}

// asOf matches an "as of" date: "2026年3月現在", "2025年2月10日現在".
var asOf = regexp.MustCompile(`(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?現在`)

// datesExcerpt reports whether a date line, followed by the paragraphs
// after, heads an excerpt of another source: its section (up to the next
// heading) cites a 出典.
func datesExcerpt(after [][]Sentence) bool {
	for _, ss := range after {
		if allHeading(ss) {
			return false
		}
		for _, s := range ss {
			if s.Noise == NoiseReadMore || strings.Contains(s.Text, "出典") {
				return true
			}
		}
	}
	return false
}

// isoDate writes year, month and day (month and day may be "") as
// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
func isoDate(ymd []string) string {
	out := ymd[0]
	for _, part := range ymd[1:] {
		if part == "" {
			break
		}
		n, _ := strconv.Atoi(part)
		out += fmt.Sprintf("-%02d", n)
	}
	return out
}

// realDate checks that year, month and day (month and day may be "")
// name a day of the calendar, and returns it as isoDate does. A date that
// is not one (2025年13月, 2110-87-95: a typo or a garbled page) dates
// nothing: it is left out with a warning naming its line, and the build
// goes on.
func realDate(d *Document, s Sentence, ymd []string) (string, bool) {
	n := make([]int, 3)
	for i, part := range ymd {
		if part != "" {
			n[i], _ = strconv.Atoi(part)
		}
	}
	y, m, day := n[0], n[1], n[2]
	ok := y >= 1000 && y <= 2999 && (ymd[1] == "" || m >= 1 && m <= 12)
	if ok && ymd[1] != "" && ymd[2] != "" {
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		ok = t.Day() == day && day >= 1
	}
	if !ok {
		d.warn(s, fmt.Sprintf("%q is not a real date; the text is left undated by it", s.Raw))
		return "", false
	}
	return isoDate(ymd), true
}

// byParagraph groups the sentences of d by paragraph.
func byParagraph(d *Document, n int) [][]Sentence {
	out := make([][]Sentence, n)
	for _, s := range d.Sentences {
		out[s.Paragraph] = append(out[s.Paragraph], s)
	}
	return out
}

func hasClaim(ss []Sentence) bool {
	for _, s := range ss {
		if s.IsClaim() {
			return true
		}
	}
	return false
}

// allHeading reports a paragraph of headings only; an empty one is none.
func allHeading(ss []Sentence) bool {
	for _, s := range ss {
		if s.Noise != NoiseHeading && s.Noise != NoiseQuestionHeading {
			return false
		}
	}
	return len(ss) > 0
}

// dateExcerpts dates the sentences under each date line that heads an
// excerpt of another source (see datesExcerpt), up to its "出典" link (what
// follows is the page's own comment), the next heading or date line, so
// that a 2019 article quoted in a 2024 page is told apart.
func dateExcerpts(d *Document) {
	current := ""
	for i := range d.Sentences {
		s := &d.Sentences[i]
		switch s.Noise {
		case NoiseDate:
			current = ""
			if m := dateLine.FindStringSubmatch(s.Text); m != nil {
				if iso, ok := realDate(d, *s, m[2:]); ok && iso != d.Date {
					current = iso
				}
			}
		case NoiseHeading, NoiseQuestionHeading, NoiseReadMore:
			current = ""
		default:
			s.Date = current
		}
	}
}
