// Package render writes a check report in one of several formats: text (a
// readable terminal report, coloured only when told so), markdown, json
// (schema clausecheck/report/v1, exactly report.Report), sarif and junit.
// One file per format; New picks one by name.
package render

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/report"
)

// Renderer writes a report.
type Renderer interface {
	Render(w io.Writer, rep report.Report) error
}

// Options tune the human formats.
type Options struct {
	// Color adds ANSI colours to the text format; set it only for a TTY.
	Color bool
	// Tool and Version name the producer in SARIF.
	Tool, Version string
}

// ErrUnknownFormat is returned by New for a format it does not know.
var ErrUnknownFormat = errors.New("unknown format")

var formats = map[string]func(Options) Renderer{
	"text":     func(o Options) Renderer { return Text{Color: o.Color} },
	"markdown": func(Options) Renderer { return Markdown{} },
	"json":     func(Options) Renderer { return JSON{} },
	"sarif":    func(o Options) Renderer { return SARIF{Tool: o.Tool, Version: o.Version} },
	"junit":    func(Options) Renderer { return JUnit{} },
	"github":   func(Options) Renderer { return GitHub{} },
}

// Formats lists the format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(formats))
	for k := range formats {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// New returns the renderer of a format ("md" is accepted for markdown).
func New(format string, opt Options) (Renderer, error) {
	if format == "md" {
		format = "markdown"
	}
	f, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknownFormat, format, strings.Join(Formats(), ", "))
	}
	return f(opt), nil
}

// verdict names the outcome of a document.
func verdict(d report.DocumentReport) string {
	if d.Passed {
		return "PASS"
	}
	return "FAIL"
}

// runLine says what produced a report, for the foot of the Markdown
// formats: "clausecheck 1.2.3, playbook 3f2a1c9d0e1b2a3c (vocabulary
// embedded; policies embedded), gate critical"; "" when the report does
// not say.
func runLine(rep report.Report) string {
	r := rep.Run
	if r == nil {
		return ""
	}
	s := r.Tool + " " + r.Version + ", playbook " + r.Playbook.Version + " (vocabulary " + r.Playbook.Rules +
		"; policies " + strings.Join(r.Playbook.Policies, ", ") + "), gate " + r.Gate
	if r.Config != "" {
		s += ", config " + r.Config
	}
	return s
}

// exitCode is the exit status of the run a report comes from: 2 when a
// draft could not be checked, 1 when a draft failed the gate, else 0.
func exitCode(rep report.Report) (int, string) {
	if len(rep.Errors) > 0 {
		return 2, "a draft could not be checked"
	}
	for _, d := range rep.Documents {
		if !d.Passed {
			return 1, "gate failed"
		}
	}
	return 0, "passed"
}

func summaryLine(s report.Summary) string {
	if s.Unknown > 0 {
		return fmt.Sprintf("%d met, %d partial, %d missing, %d conflict, %d unknown, %d waived", s.Met, s.Partial, s.Missing, s.Conflict, s.Unknown, s.Waived)
	}
	return fmt.Sprintf("%d met, %d partial, %d missing, %d conflict, %d waived", s.Met, s.Partial, s.Missing, s.Conflict, s.Waived)
}

// docNotes are the warnings of a draft every format shows: first what the
// verdict could not take into account (and why the draft cannot pass),
// then the reader's and the engine's warnings.
func docNotes(d report.DocumentReport) []string {
	if len(d.Incomplete) == 0 {
		return d.Warnings
	}
	out := make([]string, 0, len(d.Incomplete)+len(d.Warnings))
	for _, n := range d.Incomplete {
		out = append(out, "incomplete: "+n+"; the verdict covers only what was read, and the draft cannot pass")
	}
	return append(out, d.Warnings...)
}

// errWriter keeps the first write error so renderers can write freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}

// maxEvidence is how many sentences a human-readable report shows per
// check; JSON and SARIF carry them all.
const maxEvidence = 3

// shownEvidence returns the sentences to show and how many are left out.
func shownEvidence(ev []report.Evidence) ([]report.Evidence, int) {
	if len(ev) <= maxEvidence {
		return ev, 0
	}
	return ev[:maxEvidence], len(ev) - maxEvidence
}

func moreEvidence(n int) string {
	if n == 1 {
		return "… and 1 more sentence (all of them in --format json)"
	}
	return "… and " + itoa(n) + " more sentences (all of them in --format json)"
}

// Visible makes control characters in text that came from a draft, a file
// name or a message visible ("\x1b") so that they cannot drive the
// terminal: set its title, clear it or repaint the verdict line. Tabs and
// newlines are kept; so are the draft's other characters.
func Visible(s string) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if !clean || isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i]) // a byte that is no character
		case isControl(r) && r > 0xff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case isControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func isControl(r rune) bool {
	// C0 and C1 controls, DEL, and the bidirectional overrides that
	// reorder what a reader sees
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// VisibleAll applies Visible to every string reachable from v (a pointer),
// in place: for renderers that paint a whole structure read from drafts.
func VisibleAll(v any) {
	visibleValue(reflect.ValueOf(v), 0)
}

func visibleValue(v reflect.Value, depth int) {
	if depth > 64 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			visibleValue(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				visibleValue(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			visibleValue(v.Index(i), depth+1)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if iter.Value().Kind() == reflect.String {
				if s := iter.Value().String(); Visible(s) != s {
					v.SetMapIndex(iter.Key(), reflect.ValueOf(Visible(s)).Convert(iter.Value().Type()))
				}
				continue
			}
			visibleValue(iter.Value(), depth+1)
		}
	case reflect.String:
		if v.CanSet() {
			if s := v.String(); Visible(s) != s {
				v.SetString(Visible(s))
			}
		}
	}
}
