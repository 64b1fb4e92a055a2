package extract

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract/pdftext"
)

// Limits bound the work spent on one draft, so that a hostile or damaged
// draft costs bounded time and memory. A zero field takes the default
// (see DefaultLimits and SetDefaultLimits). Crossing a limit is a
// *LimitError naming it, never a partial result.
type Limits struct {
	Bytes       int64         // max-bytes: size of a draft file, any format
	TextBytes   int64         // max-text-bytes: size of a text or Markdown draft
	Pages       int           // max-pages: pages of a PDF
	PageGlyphs  int           // max-page-glyphs: characters shown on one PDF page
	Glyphs      int           // max-glyphs: characters shown in a whole PDF
	Clauses     int           // max-clauses: clauses in a draft
	ClauseBytes int           // max-clause-bytes: text of one clause
	Depth       int           // max-depth: nesting level of a clause
	Time        time.Duration // max-time: wall time to extract one draft
}

// DefaultLimits are the built-in limits: several times what the largest
// real contract needs (a 300-page contract is about 1 MB of text, 2,000
// clauses and 6,000 characters a page).
var DefaultLimits = Limits{
	Bytes:       MaxInputBytes,
	TextBytes:   MaxTextBytes,
	Pages:       pdftext.DefaultMaxPages,
	PageGlyphs:  pdftext.DefaultMaxPageGlyphs,
	Glyphs:      pdftext.DefaultMaxGlyphs,
	Clauses:     50_000,
	ClauseBytes: 2 << 20,
	Depth:       32,
	Time:        2 * time.Minute,
}

// LimitError is a limit a draft crossed: its Name ("max-pages"), its
// value and what the draft has. It matches ErrLimit with errors.Is, and
// ErrTooLarge for the size limits.
type LimitError = pdftext.LimitError

// ErrLimit is matched by every *LimitError.
var ErrLimit = pdftext.ErrLimit

var processLimits atomic.Pointer[Limits]

// SetDefaultLimits replaces, for the whole process, the limits taken where
// Options.Limits leaves a field zero (zero fields of l keep the built-in
// default). A program sets it once, from its command line.
func SetDefaultLimits(l Limits) {
	l = l.or(DefaultLimits)
	processLimits.Store(&l)
}

// or fills the zero fields of l from d.
func (l Limits) or(d Limits) Limits {
	pick := func(a, b int) int {
		if a > 0 {
			return a
		}
		return b
	}
	pick64 := func(a, b int64) int64 {
		if a > 0 {
			return a
		}
		return b
	}
	l.Bytes = pick64(l.Bytes, d.Bytes)
	l.TextBytes = pick64(l.TextBytes, d.TextBytes)
	l.Pages = pick(l.Pages, d.Pages)
	l.PageGlyphs = pick(l.PageGlyphs, d.PageGlyphs)
	l.Glyphs = pick(l.Glyphs, d.Glyphs)
	l.Clauses = pick(l.Clauses, d.Clauses)
	l.ClauseBytes = pick(l.ClauseBytes, d.ClauseBytes)
	l.Depth = pick(l.Depth, d.Depth)
	if l.Time <= 0 {
		l.Time = d.Time
	}
	return l
}

// effective is l with its zero fields taken from the process's defaults.
func (l Limits) effective() Limits {
	if p := processLimits.Load(); p != nil {
		return l.or(*p)
	}
	return l.or(DefaultLimits)
}

func tooLarge(name string, size, max int64, what string) *LimitError {
	return &LimitError{Name: name, Max: fmt.Sprint(max), Found: fmt.Sprintf("too large: %d bytes%s", size, what), Err: ErrTooLarge}
}

func timeLimit(l Limits) *LimitError {
	return &LimitError{Name: "max-time", Max: l.Time.String(), Found: "reading took too long"}
}

// checkDocument applies the limits on what was built: clauses, their
// length and their nesting.
func checkDocument(doc *document.Document, l Limits) error {
	if len(doc.Clauses) > l.Clauses {
		return &LimitError{Name: "max-clauses", Max: fmt.Sprint(l.Clauses), Found: fmt.Sprintf("%d clauses", len(doc.Clauses))}
	}
	for _, c := range doc.Clauses {
		if len(c.Text) > l.ClauseBytes {
			return &LimitError{Name: "max-clause-bytes", Max: fmt.Sprint(l.ClauseBytes), Found: fmt.Sprintf("clause %s has %d bytes", c.ID, len(c.Text))}
		}
		if c.Level > l.Depth {
			return &LimitError{Name: "max-depth", Max: fmt.Sprint(l.Depth), Found: fmt.Sprintf("clause %s is nested %d deep", c.ID, c.Level)}
		}
	}
	return nil
}
