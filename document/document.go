// Package document is the result model of extraction: a draft as numbered
// clauses with their exact text and typed facts. It has no behaviour beyond
// small lookups, so every other package (extract, check, diff, render) can
// depend on it without depending on each other.
package document

import "fmt"

// Schema is the identifier written in every serialised Document.
const Schema = "clausecheck/document/v1"

// Format names the kind of input a Document was read from.
type Format string

// The input formats clausecheck reads.
const (
	FormatPDF      Format = "pdf"
	FormatDOCX     Format = "docx"
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
)

// Clause kinds. Most clauses are KindClause; the preamble (title, parties)
// and recitals ("WHEREAS …") are kept as clauses of their own because they
// are not operative terms.
const (
	KindPreamble = "preamble"
	KindRecital  = "recital"
	KindClause   = "clause"
	KindPart     = "part" // Schedule, Exhibit, Annex, Appendix, Article, Part
	// KindFootnote holds a footnote's text, kept out of the clause it is
	// printed under (IDs "footnote-1", …).
	KindFootnote = "footnote"
)

// Document is one extracted draft.
type Document struct {
	Schema string `json:"schema"`
	Path   string `json:"path"`
	Format Format `json:"format"`
	// SHA256 is the hex digest of the input bytes as read.
	SHA256 string `json:"sha256"`
	// Pages is the number of pages (PDF; DOCX where page breaks are known).
	Pages int `json:"pages,omitempty"`
	// View is "accepted" (tracked changes accepted, the default) or
	// "original" (rejected) for DOCX; empty for other formats.
	View    string   `json:"view,omitempty"`
	Clauses []Clause `json:"clauses"`
	// Definitions maps a defined term to the ID of the clause defining it.
	Definitions map[string]string `json:"definitions"`
	// Revisions lists tracked changes (DOCX).
	Revisions []Revision `json:"revisions,omitempty"`
	// Warnings are problems that did not stop extraction (a page that
	// could not be decoded, a draft that looks like a redline, …).
	Warnings []string `json:"warnings,omitempty"`
	// Incomplete lists what of the draft could not be read (a damaged or
	// undecodable page). A draft read incompletely must not pass a gate.
	Incomplete []string `json:"incomplete,omitempty"`
	// Coverage is how much of the draft was read.
	Coverage Coverage `json:"coverage"`
	// Text is the document's extracted text; clause Start/End and fact
	// offsets index into it (byte offsets).
	Text string `json:"-"`
}

// Coverage is how much of a draft was read: pages read whole out of its
// pages, and damaged content streams. Pages is 0 where the format does not
// know its pages (text without form feeds, DOCX without rendered breaks);
// such a draft is read whole or not at all.
type Coverage struct {
	PagesRead int `json:"pages_read"`
	Pages     int `json:"pages"`
	// DamagedStreams counts the pages whose content stream is damaged
	// (read in part or not at all).
	DamagedStreams int `json:"damaged_streams"`
}

// Complete reports whether nothing was lost.
func (c Coverage) Complete() bool { return c.PagesRead == c.Pages && c.DamagedStreams == 0 }

// String is the figure as a phrase: "5 of 6 pages read, 1 damaged content
// stream".
func (c Coverage) String() string {
	s := fmt.Sprintf("%d of %d pages read", c.PagesRead, c.Pages)
	switch c.DamagedStreams {
	case 0:
	case 1:
		s += ", 1 damaged content stream"
	default:
		s += fmt.Sprintf(", %d damaged content streams", c.DamagedStreams)
	}
	return s
}

// Clause is one numbered (or preamble/recital) unit of a draft.
type Clause struct {
	// ID is unique within the document: the number, qualified by the
	// enclosing part when the same number occurs twice ("Schedule A/1.1").
	// Unnumbered clauses get a synthetic ID ("preamble", "recital-2", "¶7").
	ID string `json:"id"`
	// Number as printed: "14.2", "4(a)(ii)", "IV", "Schedule A". The
	// full path is in ID; Number is the label itself.
	Number  string `json:"number"`
	Heading string `json:"heading,omitempty"`
	Kind    string `json:"kind"`
	Level   int    `json:"level"`
	// Parent is the Number of the enclosing clause, ParentID its ID.
	Parent   string `json:"parent,omitempty"`
	ParentID string `json:"parent_id,omitempty"`
	Page     int    `json:"page,omitempty"`
	// Start and End are byte offsets of the clause in Document.Text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Facts []Fact `json:"facts,omitempty"`
	Refs  []Ref  `json:"refs,omitempty"`
}

// Fact kinds.
const (
	FactPercent  = "percent"
	FactMoney    = "money"
	FactDuration = "duration"
	FactDate     = "date"
)

// Fact is a typed value read from clause text.
type Fact struct {
	Kind string `json:"kind"`
	// Text is the exact source text; Offset its byte offset in Document.Text.
	Text   string  `json:"text"`
	Offset int     `json:"offset"`
	Value  float64 `json:"value"`
	// Money: ISO currency ("USD"), unit ("million input tokens",
	// "Model Unit per hour") and period ("year", "month") when stated.
	Currency string `json:"currency,omitempty"`
	Unit     string `json:"unit,omitempty"`
	Period   string `json:"period,omitempty"`
	// Duration: Value is in days; Date: ISO 8601 in Date.
	Date string `json:"date,omitempty"`
}

// Ref is a cross-reference a clause makes ("Section 14.2").
type Ref struct {
	Text   string `json:"text"`
	Target string `json:"target"`
	Offset int    `json:"offset"`
	// Missing is true when no clause of the draft has that number.
	Missing bool `json:"missing,omitempty"`
	// In names the other document the reference points into ("Clause 6
	// of the Addendum" → "Addendum"); empty for the draft itself.
	In string `json:"in,omitempty"`
}

// Revision is one tracked change in a DOCX.
type Revision struct {
	Kind   string `json:"kind"` // insert, delete, move-from, move-to
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
	// Clause is the ID of the clause (in the current view) it falls in.
	Clause string `json:"clause,omitempty"`
}

// Clause returns the clause with the given ID, or nil.
func (d *Document) Clause(id string) *Clause {
	for i := range d.Clauses {
		if d.Clauses[i].ID == id {
			return &d.Clauses[i]
		}
	}
	return nil
}
