package docformat

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText reads an HTML page with golang.org/x/net/html: the title is
// the first h1, else the <title>; headings, paragraphs, list items and
// table rows become lines, cells tab-separated. What a page shows around
// its text and never states as a claim — scripts, styles, navigation,
// forms, pictures — is dropped.
func htmlText(src string) string {
	root, err := html.Parse(strings.NewReader(plainText(src)))
	if err != nil {
		// x/net/html recovers from any malformed input; it fails only on
		// a reader error, which a strings.Reader never gives.
		return ""
	}
	var l lines
	var h htmlWalk
	h.walk(root, &l)
	title := h.h1
	if title == "" {
		title = h.title
	}
	return l.text(title)
}

// htmlWalk collects the page's text and the two candidate titles.
type htmlWalk struct {
	title, h1 string
}

// skipped are elements whose content is never a claim of the page.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Canvas: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// blocks end a line before and after their content.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Blockquote: true,
	atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Figure: true, atom.Figcaption: true,
	atom.Address: true, atom.Hr: true, atom.Table: true, atom.Caption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

func (h *htmlWalk) walk(n *html.Node, l *lines) {
	if n.Type == html.TextNode {
		l.write(n.Data)
		return
	}
	if n.Type == html.ElementNode {
		switch {
		case n.DataAtom == atom.Head:
			h.head(n)
			return
		case skipped[n.DataAtom]:
			return
		case n.DataAtom == atom.Br:
			l.end()
			return
		case n.DataAtom == atom.Tr:
			h.row(n, l)
			return
		case n.DataAtom == atom.H1 && h.h1 == "":
			h.h1 = nodeText(n)
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		l.end()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c, l)
	}
	if block {
		l.block()
	}
}

// head keeps the <title> and nothing else of the page's head.
func (h *htmlWalk) head(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Title && h.title == "" {
			h.title = nodeText(c)
		}
	}
}

// row writes a table row as one line of tab-separated cells.
func (h *htmlWalk) row(tr *html.Node, l *lines) {
	l.end()
	first := true
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		if !first {
			l.cell()
		}
		first = false
		l.write(nodeText(c))
	}
	l.end()
}

// nodeText is the text inside n on one line, skipped elements left out.
func nodeText(n *html.Node) string {
	var l lines
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			l.write(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	l.end()
	return strings.TrimSpace(l.b.String())
}
