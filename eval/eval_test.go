package eval

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/check"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/report"
)

var record = flag.Bool("record", false, "record the measured accuracy in baseline.json")

type baseline struct {
	// Accuracy and Verdicts: the labelled drafts of fixtures/eval.
	Accuracy float64 `json:"accuracy"`
	Verdicts int     `json:"verdicts"`
	// DraftsAccuracy and DraftsVerdicts: the bundled drafts of
	// fixtures/drafts in all their formats.
	DraftsAccuracy float64 `json:"drafts_accuracy"`
	DraftsVerdicts int     `json:"drafts_verdicts"`
}

const baselinePath = "baseline.json"

// TestEval checks every labelled draft of fixtures/eval, prints the
// confusion tables and fails when accuracy drops below the recorded
// baseline, or when a critical check says met where the label says
// otherwise.
func TestEval(t *testing.T) {
	cases, err := LoadCases(filepath.Join("..", "fixtures", "eval"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Skip("no labelled drafts in fixtures/eval")
	}
	conf, _ := runCases(t, cases)
	gate(t, conf, func(b *baseline) *float64 { return &b.Accuracy }, func(b *baseline) *int { return &b.Verdicts })
}

// TestEvalDrafts checks the bundled drafts of fixtures/drafts, each in every
// format it is rendered in, against expected/NAME.compliance.yaml: the same
// gates as TestEval, and every format of a draft must get the same verdicts.
func TestEvalDrafts(t *testing.T) {
	cases, err := LoadDraftCases(filepath.Join("..", "fixtures", "drafts"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Skip("no bundled drafts in fixtures/drafts")
	}
	conf, verdicts := runCases(t, cases)
	byDraft := map[string]map[string]string{} // draft → check → "status (formats)"
	for _, c := range cases {
		name := strings.TrimSuffix(c.Name, filepath.Ext(c.Name))
		if byDraft[name] == nil {
			byDraft[name] = map[string]string{}
		}
		for _, id := range Checks {
			st := string(verdicts[c.Name][id])
			if prev, ok := byDraft[name][id]; ok && !strings.HasPrefix(prev, st+" ") {
				t.Errorf("%s %s: %s is %s, other formats %s", name, id, filepath.Ext(c.Name), st, prev)
				continue
			}
			if _, ok := byDraft[name][id]; !ok {
				byDraft[name][id] = st + " (" + filepath.Ext(c.Name) + ")"
			}
		}
	}
	gate(t, conf, func(b *baseline) *float64 { return &b.DraftsAccuracy }, func(b *baseline) *int { return &b.DraftsVerdicts })
}

// runCases checks the cases, logs every verdict that differs from its label
// and fails on a critical met against the label.
func runCases(t *testing.T, cases []Case) (Confusion, map[string]map[string]report.Status) {
	t.Helper()
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	conf := Confusion{}
	verdicts := map[string]map[string]report.Status{}
	var wrongMet []string
	for _, c := range cases {
		doc, err := extract.File(c.Draft)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		dr, err := eng.Check(ctx, doc, nil)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		got := map[string]report.Finding{}
		verdicts[c.Name] = map[string]report.Status{}
		for _, f := range dr.Findings {
			got[f.ID] = f
			verdicts[c.Name][f.ID] = f.Status
		}
		for _, id := range Checks {
			want := c.Expect[id]
			f := got[id]
			conf.Add(id, want, f.Status)
			if f.Status != want {
				t.Logf("%-32s %s want %-8s got %-8s %s", c.Name, id, want, f.Status, f.Reason)
				if f.Status == report.Met && strings.HasPrefix(id, "C") {
					wrongMet = append(wrongMet, fmt.Sprintf("%s %s (label %s)", c.Name, id, want))
				}
			}
		}
	}
	var b strings.Builder
	conf.Write(&b)
	t.Log("\n" + b.String())
	for _, w := range wrongMet {
		t.Errorf("critical check says met against the label: %s", w)
	}
	return conf, verdicts
}

// gate compares the accuracy with its field of baseline.json, or records
// it there with -record (keeping the other fields).
func gate(t *testing.T, conf Confusion, acc func(*baseline) *float64, verdicts func(*baseline) *int) {
	t.Helper()
	right, total := conf.Accuracy()
	if total == 0 {
		t.Fatal("no verdicts")
	}
	got := float64(right) / float64(total)
	var base baseline
	data, err := os.ReadFile(baselinePath)
	if err == nil {
		err = json.Unmarshal(data, &base)
	}
	if *record {
		if err != nil && !os.IsNotExist(err) {
			t.Fatalf("baseline.json: %v", err)
		}
		*acc(&base), *verdicts(&base) = got, total
		data, _ := json.MarshalIndent(base, "", "  ")
		if err := os.WriteFile(baselinePath, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatalf("read baseline (record it with -record): %v", err)
	}
	if got+1e-9 < *acc(&base) {
		t.Errorf("accuracy %.3f (%d/%d) is below the baseline %.3f", got, right, total, *acc(&base))
	}
}
