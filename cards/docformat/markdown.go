package docformat

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// markdownText reads Markdown with goldmark (CommonMark and GitHub's
// tables): headings and paragraphs become lines, emphasis and links their
// text, table rows tab-separated cells. Images (their alt text describes a
// picture, not a claim), code and raw HTML are left out. Front matter
// between "---" lines is dropped first.
func markdownText(src []byte) string {
	src = []byte(plainText(string(src)))
	src = dropFrontMatter(src)
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	doc := md.Parser().Parse(text.NewReader(src))
	var l lines
	walkMarkdown(doc, src, &l)
	return l.text("")
}

// dropFrontMatter removes a YAML block that opens the file.
func dropFrontMatter(src []byte) []byte {
	s := string(src)
	if len(s) < 4 || s[:4] != "---\n" {
		return src
	}
	for i := 4; i+4 <= len(s); i++ {
		if s[i-1] == '\n' && s[i:i+3] == "---" && (i+3 == len(s) || s[i+3] == '\n') {
			return []byte(s[i+3:])
		}
	}
	return src
}

func walkMarkdown(n ast.Node, src []byte, l *lines) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindHeading, ast.KindParagraph:
			inlineMarkdown(c, src, l)
			l.block()
		case ast.KindTextBlock:
			// A tight list's item: one line, no blank line after it.
			inlineMarkdown(c, src, l)
			l.end()
		case ast.KindThematicBreak, ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			l.block()
		case ast.KindListItem:
			// The corpus knows "- " as a list item's mark, whatever
			// the source used ("*", "+", "1.").
			l.write("- ")
			walkMarkdown(c, src, l)
			l.end()
		case ast.KindList, extast.KindTable:
			walkMarkdown(c, src, l)
			l.block()
		case extast.KindTableHeader, extast.KindTableRow:
			for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
				inlineMarkdown(cell, src, l)
				if cell.NextSibling() != nil {
					l.cell()
				}
			}
			l.end()
		default:
			walkMarkdown(c, src, l)
		}
	}
}

// inlineMarkdown writes the text of a block's inline nodes.
func inlineMarkdown(n ast.Node, src []byte, l *lines) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			l.write(string(t.Segment.Value(src)))
			if t.SoftLineBreak() || t.HardLineBreak() {
				l.write("\n")
			}
		case *ast.String:
			l.write(string(t.Value))
		case *ast.CodeSpan:
			inlineMarkdown(t, src, l)
		case *ast.Image, *ast.RawHTML:
			// A picture's alt text and inline tags are not claims.
		case *ast.AutoLink:
			l.write(string(t.Label(src)))
		default:
			inlineMarkdown(c, src, l)
		}
	}
}
