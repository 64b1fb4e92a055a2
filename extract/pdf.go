package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract/pdftext"
)

func init() { readers[document.FormatPDF] = readPDF }

// readPDF reads the visual lines of a PDF (page furniture already removed
// by pdftext) as line blocks. A vertical gap clearly larger than the page's
// usual line pitch breaks the paragraph.
func readPDF(data []byte, _ Options) (*input, error) {
	res, err := pdftext.Extract(data)
	if err != nil {
		return nil, err
	}
	in := &input{lineMode: true, pages: len(res.Pages), warnings: res.Warnings}
	for _, p := range res.Pages {
		body, notes := splitFootnotes(p.Lines)
		for _, n := range notes {
			in.footnotes = append(in.footnotes, footnote{text: n, page: p.Number})
		}
		pitch := linePitch(body)
		for i, l := range body {
			// pdftext marks wide gaps (tab stops, table cells) with tabs:
			// three cells or more make a table row.
			b := block{text: l.Text, page: p.Number, table: strings.Count(l.Text, "\t") >= 2}
			if i > 0 && pitch > 0 {
				gap := body[i-1].Y - l.Y
				if gap > pitch*1.45 || gap < 0 {
					b.breakBefore = true
				}
			}
			in.blocks = append(in.blocks, b)
		}
	}
	return in, nil
}

// linePitch is the median baseline distance between consecutive lines.
func linePitch(lines []pdftext.Line) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].Y - lines[i].Y; g > 0 {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

// reNoteMark starts a footnote: a number or a symbol, then its text.
var reNoteMark = regexp.MustCompile(`^(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])\s*\S`)

// splitFootnotes takes the footnotes off the bottom of a page: the last
// lines, in a font clearly smaller than the body's, the first of them
// starting with a note mark. pdftext puts them after the body lines.
func splitFootnotes(lines []pdftext.Line) (body []pdftext.Line, notes []string) {
	if len(lines) < 3 {
		return lines, nil
	}
	sizes := make([]float64, 0, len(lines))
	for _, l := range lines {
		sizes = append(sizes, l.Size)
	}
	sort.Float64s(sizes)
	bodySize := sizes[len(sizes)/2]
	start := len(lines)
	for start > 0 && lines[start-1].Size > 0 && lines[start-1].Size < 0.85*bodySize && !strings.Contains(lines[start-1].Text, "\t") {
		start--
	}
	// the small lines must begin with a note mark and not be half the page
	for start < len(lines) && !reNoteMark.MatchString(lines[start].Text) {
		start++
	}
	if start == len(lines) || len(lines)-start > len(lines)/2 {
		return lines, nil
	}
	for _, l := range lines[start:] {
		if reNoteMark.MatchString(l.Text) || len(notes) == 0 {
			notes = append(notes, l.Text)
		} else {
			notes[len(notes)-1] += " " + l.Text
		}
	}
	return lines[:start], notes
}
