package extract

import (
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
		pitch := linePitch(p.Lines)
		for i, l := range p.Lines {
			b := textBlock(l.Text, p.Number, false)
			if strings.Contains(l.Text, "\t") && b.table {
				// pdftext marks wide gaps with tabs: a row of cells
			} else {
				b.table = false
				b.text = l.Text
			}
			if i > 0 && pitch > 0 {
				gap := p.Lines[i-1].Y - l.Y
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
