package pdftext

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"
)

// ErrLimit is wrapped by every *LimitError: a draft crossed a bound on the
// work spent on it.
var ErrLimit = errors.New("over a limit")

// LimitError says which bound a draft crossed and by what.
type LimitError struct {
	Name  string // the limit: "max-pages", "max-page-glyphs", …
	Max   string // its value
	Found string // what the draft has, as a phrase: "6000 pages"
	// Err is a further sentinel the error matches (errors.Is), if any.
	Err error
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: over the limit %s (%s)", e.Found, e.Name, e.Max)
}

// Is matches ErrLimit and the further sentinel.
func (e *LimitError) Is(target error) bool {
	return target == ErrLimit || e.Err != nil && errors.Is(e.Err, target)
}

// Options bound the work of ExtractWith. A zero field takes the default.
type Options struct {
	MaxPages      int       // pages in the page tree
	MaxPageGlyphs int       // characters shown on one page
	MaxGlyphs     int       // characters shown in the whole document
	Deadline      time.Time // stop reading past this time (zero: none)
}

// Defaults of Options.
const (
	DefaultMaxPages      = 5_000
	DefaultMaxPageGlyphs = 250_000
	DefaultMaxGlyphs     = 4_000_000
)

func (o Options) withDefaults() Options {
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxPageGlyphs <= 0 {
		o.MaxPageGlyphs = DefaultMaxPageGlyphs
	}
	if o.MaxGlyphs <= 0 {
		o.MaxGlyphs = DefaultMaxGlyphs
	}
	return o
}

// budget is shared by the page workers of one extraction: the document's
// glyph count, the deadline, and the first limit crossed (which stops
// every worker).
type budget struct {
	opt    Options
	glyphs atomic.Int64
	stop   atomic.Pointer[LimitError]
}

// limitPanic unwinds a page's interpretation when a limit is crossed.
type limitPanic struct{ err *LimitError }

func (b *budget) overTime() *LimitError {
	if b == nil || b.opt.Deadline.IsZero() || time.Now().Before(b.opt.Deadline) {
		return nil
	}
	return timeLimit(b.opt.Deadline)
}

func timeLimit(time.Time) *LimitError {
	return &LimitError{Name: "max-time", Max: "the time allowed per draft", Found: "reading took too long"}
}

// fail records the first limit crossed.
func (b *budget) fail(e *LimitError) {
	b.stop.CompareAndSwap(nil, e)
}
