// Package diffrender writes a diff.Result as terminal text, Markdown (for a
// pull request), one self-contained HTML file, or JSON. Every format puts
// the compliance delta and the substantive changes first and only
// summarises the cosmetic ones. Output depends on the result alone, so the
// same result gives the same bytes.
package diffrender

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/diff"
	"github.com/clausecheck/clausecheck/document"
)

// ErrUnknownFormat is returned for a format that is not one of Formats.
var ErrUnknownFormat = errors.New("unknown format")

// Options tune rendering.
type Options struct {
	// Color uses ANSI colours in the text format; set it only when the
	// output is a terminal. Without it deletions are [-shown-] and
	// insertions {+shown+}, as wdiff does.
	Color bool
}

// Renderer writes one result in one format.
type Renderer interface {
	Render(w io.Writer, r *diff.Result) error
}

var formats = map[string]func(Options) Renderer{
	"text":     func(o Options) Renderer { return textRenderer{color: o.Color} },
	"markdown": func(Options) Renderer { return markdownRenderer{} },
	"html":     func(Options) Renderer { return htmlRenderer{} },
	"json":     func(Options) Renderer { return jsonRenderer{} },
}

// Formats lists the format names, sorted.
func Formats() []string {
	var out []string
	for k := range formats {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// New returns the renderer of a format ("md" is accepted for markdown).
func New(format string, opt Options) (Renderer, error) {
	f := strings.ToLower(strings.TrimSpace(format))
	if f == "md" {
		f = "markdown"
	}
	mk, ok := formats[f]
	if !ok {
		return nil, fmt.Errorf("format %q: %w (want one of %s)", format, ErrUnknownFormat, strings.Join(Formats(), ", "))
	}
	return mk(opt), nil
}

// Render writes r to w in the given format.
func Render(w io.Writer, r *diff.Result, format string, opt Options) error {
	rd, err := New(format, opt)
	if err != nil {
		return err
	}
	if r == nil {
		return errors.New("render diff: nil result")
	}
	return rd.Render(w, r)
}

// view is what every human format shows, in order.
type view struct {
	r           *diff.Result
	substantive []diff.Change
	moved       []diff.Change // moved, split or merged, the deal unchanged
	reworded    []diff.Change // other words, the same effect
	other       []diff.Change // renumbered, a heading added alone…
}

func newView(r *diff.Result) view {
	v := view{r: r}
	for _, c := range r.Changes {
		switch {
		case c.Substantive:
			v.substantive = append(v.substantive, c)
		case c.Kind == diff.Moved || c.Kind == diff.Split || c.Kind == diff.Merged:
			v.moved = append(v.moved, c)
		case c.Kind == diff.Reworded || len(c.Redline) > 0:
			v.reworded = append(v.reworded, c)
		default:
			v.other = append(v.other, c)
		}
	}
	return v
}

// cosmeticLines lists the cosmetic items other than renumbering (shown
// as renumbered changes): "label 2: → (a)".
func cosmeticLines(c diff.Cosmetic) []string {
	var out []string
	for _, it := range c.Items {
		if it.Kind == diff.CosmeticRenumber || it.Kind == diff.CosmeticNumStyle {
			continue
		}
		line := it.Kind + " " + it.NewClause
		if it.Detail != "" {
			line += ": " + it.Detail
		}
		out = append(out, line)
	}
	return out
}

// movedLine is one line for a move: "moved 3.4 → Schedule A/1.2 (into
// Schedule A; moved, part)".
func movedLine(c diff.Change) string {
	line := string(c.Kind) + " " + title(c)
	if n := note(c); n != "" {
		line += " (" + n + ")"
	}
	return line
}

// furnitureSummary is one line for the furniture that changed: "draft
// legend changed, signature block changed".
func furnitureSummary(fs []diff.FurnitureChange) string {
	names := map[string]string{"cover": "cover note", "legend": "draft legend", "stamp": "version stamp", "page": "page header or footer",
		"signature": "signature block", "contents": "table of contents"}
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		if seen[f.Kind] {
			continue
		}
		seen[f.Kind] = true
		name := names[f.Kind]
		if name == "" {
			name = f.Kind
		}
		out = append(out, name+" changed")
	}
	return strings.Join(out, ", ")
}

// furnitureLine is one furniture change: "legend: Customer draft 2 →
// AWS comments on draft 2".
func furnitureLine(f diff.FurnitureChange) string {
	switch {
	case f.Old == "":
		return f.Kind + ": added " + f.New
	case f.New == "":
		return f.Kind + ": removed " + f.Old
	}
	return f.Kind + ": " + f.Old + " → " + f.New
}

// title is "9.4 → 10.4 Fees" for a change.
func title(c diff.Change) string {
	var s string
	switch {
	case c.OldClause == "":
		s = label(c.NewNumber, c.NewClause)
	case c.NewClause == "":
		s = label(c.OldNumber, c.OldClause)
	default:
		o, n := clauseList(c.OldClause, c.OldClauses), clauseList(c.NewClause, c.NewClauses)
		if o == n {
			s = o
		} else {
			s = o + " → " + n
		}
	}
	if c.OldHeading != "" && c.OldHeading != c.Heading {
		s += " " + c.OldHeading + " → " + c.Heading
	} else if c.Heading != "" {
		s += " " + c.Heading
	}
	return s
}

func label(number, id string) string {
	if id != "" {
		return id
	}
	return number
}

func clauseList(one string, many []string) string {
	if len(many) > 1 {
		return strings.Join(many, " + ")
	}
	return one
}

// note is the extra information of a change: "moved into Schedule A".
func note(c diff.Change) string {
	var parts []string
	if c.Kind == diff.Moved && c.OldPart != c.NewPart {
		switch {
		case c.NewPart == "":
			parts = append(parts, "out of "+c.OldPart)
		case c.OldPart == "":
			parts = append(parts, "into "+c.NewPart)
		default:
			parts = append(parts, c.OldPart+" → "+c.NewPart)
		}
	}
	if len(c.Reasons) > 0 {
		parts = append(parts, strings.Join(c.Reasons, ", "))
	}
	if c.RedlineOmitted != "" {
		parts = append(parts, "redline omitted: "+c.RedlineOmitted)
	}
	return strings.Join(parts, "; ")
}

// cosmeticSummary is "renumbered 5, whitespace 2".
func cosmeticSummary(c diff.Cosmetic) string {
	var kinds []string
	for k := range c.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, c.ByKind[k]))
	}
	return strings.Join(parts, ", ")
}

func percent(f float64) string {
	return fmt.Sprintf("%.1f%%", f*100)
}

// directionMark is a short, colour-free marker of a check's direction.
func directionMark(d diff.Direction) string {
	switch d {
	case diff.Regressed:
		return "▼ regressed"
	case diff.Improved:
		return "▲ improved"
	}
	return "= unchanged"
}

// statusArrow is "met → partial" or "met".
func statusArrow(d diff.CheckDelta) string {
	o, n := string(d.Old), string(d.New)
	if o == "" {
		o = "absent"
	}
	if n == "" {
		n = "absent"
	}
	if o == n {
		return o
	}
	return o + " → " + n
}

// splitSpace cuts the leading and trailing spaces off a segment so that
// markers hug the words: " foo " → " ", "foo", " ".
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeft(s, " ")
	lead = s[:len(s)-len(core)]
	t := strings.TrimRight(core, " ")
	trail = core[len(t):]
	return lead, t, trail
}

// because is the part of a check's summary after its status:
// "14.2 → 15.2, 99.9% → 99.5%".
func because(d diff.CheckDelta) string {
	b := strings.TrimPrefix(d.Summary, d.ID+" "+statusArrow(d))
	return strings.TrimPrefix(b, ": ")
}

// statusText is statusArrow, marked when the new finding is waived.
func statusText(d diff.CheckDelta) string {
	if d.Waived {
		return statusArrow(d) + " (waived)"
	}
	return statusArrow(d)
}

// revisionLine describes a tracked change: kind, author, date and text.
func revisionLine(rv document.Revision) string {
	s := rv.Kind
	if rv.Author != "" {
		s += " by " + rv.Author
	}
	if rv.Date != "" {
		s += ", " + rv.Date
	}
	if t := strings.TrimSpace(rv.Text); t != "" {
		if r := []rune(t); len(r) > 80 {
			t = string(r[:79]) + "…"
		}
		s += ": “" + t + "”"
	}
	return s
}
