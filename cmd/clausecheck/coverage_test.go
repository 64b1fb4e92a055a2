package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCoverageInReports: a draft checked with a page lost says how much
// was read, in the text report's header line and in the JSON report; a
// draft read whole says nothing of it in the text report.
func TestCoverageInReports(t *testing.T) {
	dir := t.TempDir()
	pdf := readFixture(t, "drafts/strong-deal-addendum.pdf")
	whole, lost := filepath.Join(dir, "whole.pdf"), filepath.Join(dir, "lost.pdf")
	if err := os.WriteFile(whole, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lost, damageTextStream(pdf, 2), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := execCLI([]string{"check", "--accept-partial", "--fail-on", "none", lost})
	if err != nil {
		t.Fatal(err)
	}
	header := strings.SplitN(out, "\n", 2)[0]
	if !strings.Contains(header, "4 of 5 pages read, 1 damaged content stream") {
		t.Errorf("header %q does not give the coverage", header)
	}
	out, err = execCLI([]string{"check", "--accept-partial", "--fail-on", "none", "--format", "json", lost})
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Documents []struct {
			Coverage *struct {
				PagesRead      int `json:"pages_read"`
				Pages          int `json:"pages"`
				DamagedStreams int `json:"damaged_streams"`
			} `json:"coverage"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != 1 || rep.Documents[0].Coverage == nil {
		t.Fatalf("no coverage in the JSON report: %s", out)
	}
	if c := *rep.Documents[0].Coverage; c.PagesRead != 4 || c.Pages != 5 || c.DamagedStreams != 1 {
		t.Errorf("JSON coverage %+v, want 4 of 5 pages, 1 damaged", c)
	}
	out, err = execCLI([]string{"check", "--fail-on", "none", whole})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "pages read") {
		t.Errorf("a whole draft's report speaks of coverage: %q", strings.SplitN(out, "\n", 2)[0])
	}
}
