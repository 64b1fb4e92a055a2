package extract

import (
	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract/docx"
)

func init() { readers[document.FormatDOCX] = readDOCX }

// readDOCX reads a Word document's paragraphs: labels come from Word's
// auto-numbering, headings from paragraph styles, one block per table row.
func readDOCX(data []byte, opt Options) (*input, error) {
	res, err := docx.Read(data, docx.Options{Original: opt.Original})
	if err != nil {
		return nil, err
	}
	in := &input{pages: res.Pages, warnings: res.Warnings}
	// Without rendered page breaks Word's pages are unknown: say nothing
	// rather than "page 1" for every clause.
	paged := false
	for _, p := range res.Paragraphs {
		paged = paged || p.Page > 1
	}
	if !paged {
		in.pages = 0
	}
	revAt := map[int][]int{}
	in.revAt = revAt
	for i, r := range res.Revisions {
		in.revisions = append(in.revisions, document.Revision{Kind: r.Kind, Author: r.Author, Date: r.Date, Text: r.Text})
		revAt[r.Paragraph] = append(revAt[r.Paragraph], i)
	}
	for _, fn := range res.Footnotes {
		in.footnotes = append(in.footnotes, footnote{text: fn})
	}
	for i, p := range res.Paragraphs {
		page := p.Page
		if !paged {
			page = 0
		}
		b := block{text: p.Text, page: page, label: p.Label, heading: p.Outline, table: p.Table, breakBefore: true, para: int32(i + 1)}
		if p.Outline > 0 && p.Label != "" {
			// a numbered heading: the label is the clause number
			b.heading = p.Outline
		}
		in.blocks = append(in.blocks, b)
	}
	return in, nil
}
