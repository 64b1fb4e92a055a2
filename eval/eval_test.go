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
	Accuracy float64 `json:"accuracy"`
	Verdicts int     `json:"verdicts"`
}

// TestEval checks every labelled draft, prints the confusion tables and
// fails when accuracy drops below the recorded baseline, or when a critical
// check says met where the label says otherwise.
func TestEval(t *testing.T) {
	cases, err := LoadCases(filepath.Join("..", "fixtures", "eval"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Skip("no labelled drafts in fixtures/eval")
	}
	ctx := context.Background()
	eng, err := check.New(ctx, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	conf := Confusion{}
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
		for _, f := range dr.Findings {
			got[f.ID] = f
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
	right, total := conf.Accuracy()
	acc := float64(right) / float64(total)
	path := "baseline.json"
	if *record {
		data, _ := json.MarshalIndent(baseline{Accuracy: acc, Verdicts: total}, "", "  ")
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read baseline (record it with -record): %v", err)
	}
	var base baseline
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatalf("baseline.json: %v", err)
	}
	if acc+1e-9 < base.Accuracy {
		t.Errorf("accuracy %.3f (%d/%d) is below the baseline %.3f", acc, right, total, base.Accuracy)
	}
}
