// Package extract turns a contract draft (PDF, DOCX, plain text or
// Markdown) into a document.Document: numbered clauses with their exact text,
// hierarchy, page and typed facts. It knows nothing of policies.
//
// Each input format is read by its own reader into a flat list of blocks
// (lines or paragraphs with optional numbering and heading hints); one
// segmenter, shared by all formats, turns blocks into clauses.
package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/safefile"
)

// MaxInputBytes bounds the size of a draft read into memory.
const MaxInputBytes = 256 << 20

// MaxTextBytes bounds a plain-text or Markdown draft: a 300-page contract
// is about 1 MB of text, and reading costs some twenty times the size.
const MaxTextBytes = 32 << 20

// Errors that callers may test for with errors.Is. Every error returned by
// File or Bytes is an *Error naming the file.
var (
	ErrEmpty         = errors.New("empty draft: no text")
	ErrUnknownFormat = errors.New("unknown format: not PDF, DOCX, text or Markdown")
	ErrNotUTF8       = errors.New("text is not valid UTF-8")
	ErrIsDirectory   = safefile.ErrIsDirectory
	ErrTooLarge      = safefile.ErrTooLarge
)

// Error is an extraction failure of one file.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return "extract " + e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Options tune extraction.
type Options struct {
	// Original selects the original view of a DOCX with tracked changes
	// (all changes rejected); the default view accepts them all.
	Original bool
	// Format forces an input format instead of sniffing it.
	Format document.Format
	// Limits bound the work on the draft; zero fields take the defaults.
	Limits Limits

	// deadline is the end of the draft's time (set by Bytes).
	deadline time.Time
	// owned: the draft's bytes are extract's own (FileWith read them) and
	// are never changed, so the text may share their memory.
	owned bool
}

// File reads and extracts the draft at path. The file is only read.
func File(path string) (*document.Document, error) {
	return FileWith(path, Options{})
}

// FileWith is File with options.
func FileWith(path string, opt Options) (*document.Document, error) {
	lim := opt.Limits.effective()
	data, err := safefile.Read(path, lim.Bytes)
	if err != nil {
		if errors.Is(err, safefile.ErrTooLarge) {
			size := int64(-1)
			if st, e := os.Stat(path); e == nil {
				size = st.Size()
			}
			err = tooLarge("max-bytes", size, lim.Bytes, "")
		}
		return nil, &Error{Path: path, Err: unwrapPathError(err)}
	}
	opt.owned = true
	return Bytes(path, data, opt)
}

// unwrapPathError drops the *os.PathError wrapper, whose message repeats
// the path that Error already names.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Bytes extracts a draft already in memory; path is used for messages, the
// Markdown/text hint of its extension and the Document's Path. It returns
// within the draft's time limit: past it, a *LimitError (work still
// running in a library call is abandoned).
func Bytes(path string, data []byte, opt Options) (*document.Document, error) {
	lim := opt.Limits.effective()
	opt.Limits = lim
	opt.deadline = time.Now().Add(lim.Time)
	type result struct {
		doc *document.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := extractBytes(path, data, opt)
		done <- result{doc, err}
	}()
	timer := time.NewTimer(lim.Time)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return nil, &Error{Path: path, Err: timeLimit(lim)}
	}
}

// pastDeadline is the time limit's error once opt's deadline has passed.
func pastDeadline(opt Options) error {
	if !opt.deadline.IsZero() && time.Now().After(opt.deadline) {
		return timeLimit(opt.Limits)
	}
	return nil
}

// extractBytes is Bytes without the deadline's watch; opt.Limits is
// complete.
func extractBytes(path string, data []byte, opt Options) (doc *document.Document, err error) {
	defer func() {
		// The segmenter and fact readers are ours, but a draft is
		// untrusted input: never let a bug become a crash of the caller.
		if r := recover(); r != nil {
			doc, err = nil, &Error{Path: path, Err: fmt.Errorf("internal error: %v", r)}
		}
	}()
	lim := opt.Limits
	if int64(len(data)) > lim.Bytes {
		return nil, &Error{Path: path, Err: tooLarge("max-bytes", int64(len(data)), lim.Bytes, "")}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: path, Err: ErrEmpty}
	}
	format := opt.Format
	if format == "" {
		format, err = Sniff(path, data)
		if err != nil {
			return nil, &Error{Path: path, Err: err}
		}
	}
	if (format == document.FormatText || format == document.FormatMarkdown) && int64(len(data)) > lim.TextBytes {
		return nil, &Error{Path: path, Err: tooLarge("max-text-bytes", int64(len(data)), lim.TextBytes, " of text")}
	}
	r, ok := readers[format]
	if !ok {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: %q", ErrUnknownFormat, format)}
	}
	sum := sha256.Sum256(data)
	in, err := r(data, opt)
	if err == nil {
		err = pastDeadline(opt)
	}
	if err != nil {
		var le *LimitError
		if errors.As(err, &le) && le.Name == "max-time" {
			err = timeLimit(lim)
		}
		return nil, &Error{Path: path, Err: err}
	}
	if format != document.FormatText && format != document.FormatMarkdown {
		resolveBlockMarks(in) // the text readers read the marks in their text
		delimitedBlocks(in)   // and their sheets
		pipeBlocks(in)        // and their pipe-divided tables
	}
	doc = build(in)
	doc.Coverage = document.Coverage{Pages: in.pages, PagesRead: in.pages}
	if in.partialPages {
		doc.Coverage.PagesRead, doc.Coverage.DamagedStreams = in.pagesRead, in.damaged
	}
	if err := pastDeadline(opt); err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	if err := checkDocument(doc, lim); err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	if len(doc.Clauses) == 0 || strings.TrimSpace(doc.Text) == "" {
		return nil, &Error{Path: path, Err: ErrEmpty}
	}
	doc.Schema = document.Schema
	doc.Path = filepath.ToSlash(path)
	doc.Format = format
	doc.SHA256 = hex.EncodeToString(sum[:])
	if format == document.FormatDOCX {
		doc.View = "accepted"
		if opt.Original {
			doc.View = "original"
		}
	}
	return doc, nil
}

// reader turns input bytes into blocks.
type reader func(data []byte, opt Options) (*input, error)

// readers is the registry of input formats; sniff.go picks the key.
var readers = map[document.Format]reader{
	document.FormatText:     readText,
	document.FormatMarkdown: readMarkdown,
}

// input is what a format reader hands the segmenter.
type input struct {
	blocks   []block
	pages    int
	warnings []string
	// incomplete: what could not be read (see document.Incomplete)
	incomplete []string
	// pagesRead and damaged: the coverage of a paged format that can lose
	// pages (PDF); others are read whole
	pagesRead, damaged int
	partialPages       bool
	revisions          []document.Revision
	// revAt lists, by DOCX paragraph, the indexes of its revisions
	revAt map[int][]int
	// footnotes are note texts kept out of the clause flow, with their page.
	footnotes []footnote
	// lineMode: blocks are visual lines to be joined into paragraphs
	// (PDF, plain text). Otherwise each block is a whole paragraph.
	lineMode bool
}

type footnote struct {
	text string
	page int
}

// block is one line (line mode) or paragraph of a draft.
//
// A plain-text draft has a block a line, hundreds of thousands in a long
// one: keep it small.
type block struct {
	text string
	raw  string // a plain-text line as read, spaces kept (column layouts)
	page int
	// label is the auto-numbering label supplied by the format (DOCX);
	// empty when the label, if any, is part of text.
	label string
	// heading is a heading level (Markdown #, DOCX Heading N); 0 if none.
	heading int
	// depth is the nesting of a Markdown ordered-list item (1-based); 0
	// when not a list item.
	depth int
	// para is 1 + the index of the DOCX paragraph the block is, whose
	// revisions input.revAt lists; 0 for other formats.
	para  int32
	table bool
	// strong: the block is wholly in bold (a Markdown line in "**…**"),
	// which makes a short line after its label a heading
	strong bool
	// underlined: a plain-text line with a rule of dashes or equals signs
	// right under it ("NOTES (background only)" over "-------"): a heading
	// whatever its case
	underlined bool
	// breakBefore forces a paragraph break before this block (blank
	// line, vertical gap, page-furniture boundary).
	breakBefore bool
}
