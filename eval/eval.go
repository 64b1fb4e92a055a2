// Package eval measures the check engine against labelled drafts
// (fixtures/eval/NAME.{md,txt,docx,pdf} with NAME.expect.yaml) and against
// the public AI-provider terms of the shared corpus. `make eval` runs
// `go test ./eval -run TestEval -v`.
package eval

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/report"
)

// Checks are the playbook check ids, in report order.
var Checks = []string{"C1", "C2", "C3", "C4", "C5", "C6", "L1", "L2", "L3", "L4", "L5", "L6", "L7"}

var statuses = []report.Status{report.Met, report.Partial, report.Missing, report.Conflict}

// Case is one labelled draft.
type Case struct {
	Name   string
	Draft  string
	Expect map[string]report.Status
	Notes  string
	Style  string
}

// LoadCases reads every NAME.expect.yaml of dir with its draft.
func LoadCases(dir string) ([]Case, error) {
	exps, err := filepath.Glob(filepath.Join(dir, "*.expect.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(exps)
	var out []Case
	for _, e := range exps {
		name := strings.TrimSuffix(filepath.Base(e), ".expect.yaml")
		c := Case{Name: name}
		for _, ext := range formats {
			p := filepath.Join(dir, name+ext)
			if _, err := os.Stat(p); err == nil {
				c.Draft = p
				break
			}
		}
		if c.Draft == "" {
			return nil, fmt.Errorf("eval %s: no draft beside it", e)
		}
		if c.Expect, c.Notes, c.Style, err = readExpect(e); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

var formats = []string{".md", ".txt", ".docx", ".pdf"}

// LoadRenderedCases reads every NAME.expect.yaml of dir and returns one case
// per rendering of the draft beside it (NAME.md or .txt, and NAME.docx,
// NAME.pdf when they exist), named NAME.EXT: every rendering carries the
// same labels.
func LoadRenderedCases(dir string) ([]Case, error) {
	exps, err := filepath.Glob(filepath.Join(dir, "*.expect.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(exps)
	var out []Case
	for _, e := range exps {
		name := strings.TrimSuffix(filepath.Base(e), ".expect.yaml")
		expect, notes, style, err := readExpect(e)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, ext := range formats {
			p := filepath.Join(dir, name+ext)
			if _, err := os.Stat(p); err != nil {
				continue
			}
			out = append(out, Case{Name: name + ext, Draft: p, Expect: expect, Notes: notes, Style: style})
			n++
		}
		if n == 0 {
			return nil, fmt.Errorf("eval %s: no draft beside it", e)
		}
	}
	return out, nil
}

// LoadDraftCases reads the bundled drafts: every expected/NAME.compliance.yaml
// of dir gives one case per rendering of the draft (dir/NAME.md, .txt,
// .docx, .pdf), named NAME.EXT; the verdicts must not depend on the format.
func LoadDraftCases(dir string) ([]Case, error) {
	exps, err := filepath.Glob(filepath.Join(dir, "expected", "*.compliance.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(exps)
	var out []Case
	for _, e := range exps {
		name := strings.TrimSuffix(filepath.Base(e), ".compliance.yaml")
		expect, notes, style, err := readExpect(e)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, ext := range formats {
			p := filepath.Join(dir, name+ext)
			if _, err := os.Stat(p); err != nil {
				continue
			}
			out = append(out, Case{Name: name + ext, Draft: p, Expect: expect, Notes: notes, Style: style})
			n++
		}
		if n == 0 {
			return nil, fmt.Errorf("eval %s: no draft %s.* in %s", e, name, dir)
		}
	}
	return out, nil
}

// readExpect reads a label file: every check id mapped to a status, plus
// optional notes and the authorship style.
func readExpect(path string) (expect map[string]report.Status, notes, style string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", "", err
	}
	var raw map[string]string
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, "", "", fmt.Errorf("eval %s: %w", path, err)
	}
	expect = map[string]report.Status{}
	for k, v := range raw {
		switch k {
		case "notes":
			notes = v
			continue
		case "style":
			style = v
			continue
		}
		st := report.Status(v)
		if st.Rank() < 0 {
			return nil, "", "", fmt.Errorf("eval %s: %s: status %q", path, k, v)
		}
		expect[k] = st
	}
	for _, id := range Checks {
		if _, ok := expect[id]; !ok {
			return nil, "", "", fmt.Errorf("eval %s: no label for %s", path, id)
		}
	}
	return expect, notes, style, nil
}

// Confusion counts, per check, expected status → got status.
type Confusion map[string]map[report.Status]map[report.Status]int

// Add records one verdict.
func (c Confusion) Add(check string, want, got report.Status) {
	if c[check] == nil {
		c[check] = map[report.Status]map[report.Status]int{}
	}
	if c[check][want] == nil {
		c[check][want] = map[report.Status]int{}
	}
	c[check][want][got]++
}

// Accuracy is the share of verdicts equal to the label.
func (c Confusion) Accuracy() (right, total int) {
	for _, m := range c {
		for want, row := range m {
			for got, n := range row {
				total += n
				if want == got {
					right += n
				}
			}
		}
	}
	return right, total
}

// Write prints one confusion table per check (rows: label, columns: verdict).
func (c Confusion) Write(w io.Writer) {
	for _, id := range Checks {
		m := c[id]
		if m == nil {
			continue
		}
		fmt.Fprintf(w, "%s     ", id)
		for _, s := range statuses {
			fmt.Fprintf(w, "%9s", s)
		}
		fmt.Fprintln(w)
		for _, want := range statuses {
			fmt.Fprintf(w, "  %-8s", want)
			for _, got := range statuses {
				fmt.Fprintf(w, "%9d", m[want][got])
			}
			fmt.Fprintln(w)
		}
	}
	r, t := c.Accuracy()
	if t > 0 {
		fmt.Fprintf(w, "overall accuracy: %d/%d = %.3f\n", r, t, float64(r)/float64(t))
	}
}
