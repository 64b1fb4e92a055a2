package policies

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/clausecheck/clausecheck/report"
)

// TestRegoUnitTests runs the embedded policies' _test.rego files, as
// `opa test policies/` would.
func TestRegoUnitTests(t *testing.T) {
	var out bytes.Buffer
	err := RunTests(context.Background(), &out, TestOptions{})
	if err != nil {
		t.Fatalf("RunTests: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "PASS") {
		t.Errorf("report has no PASS line:\n%s", out.String())
	}
}

func TestRunTestsReportsFailure(t *testing.T) {
	var out bytes.Buffer
	err := RunTests(context.Background(), &out, TestOptions{Options: Options{Dirs: []string{policyDir(t, "extra")}, NoEmbedded: true}})
	if !errors.Is(err, ErrTestsFailed) {
		t.Fatalf("err = %v, want ErrTestsFailed", err)
	}
	if !strings.Contains(out.String(), "test_fails_on_purpose") || !strings.Contains(out.String(), "FAIL") {
		t.Errorf("report does not name the failing test:\n%s", out.String())
	}
}

func TestListEmbedded(t *testing.T) {
	pols, err := List(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"C1", "C2", "C3", "C4", "C5", "C6", "L1", "L2", "L3", "L4", "L5", "L6", "L7"}
	if len(pols) != len(want) {
		t.Fatalf("got %d policies, want %d", len(pols), len(want))
	}
	for i, p := range pols {
		if p.ID != want[i] {
			t.Errorf("policy %d id %s, want %s", i, p.ID, want[i])
		}
		if p.Title == "" || p.Description == "" || p.Remediation == "" {
			t.Errorf("%s: empty title, description or remediation: %+v", p.ID, p)
		}
		wantSev := report.Warning
		if strings.HasPrefix(p.ID, "C") {
			wantSev = report.Critical
		}
		if p.Severity != wantSev {
			t.Errorf("%s severity %s, want %s", p.ID, p.Severity, wantSev)
		}
	}
}

func TestSandboxRejectsHTTPSend(t *testing.T) {
	_, err := Load(context.Background(), Options{Dirs: []string{policyDir(t, "httpsend")}})
	if err == nil {
		t.Fatal("a policy calling http.send compiled")
	}
	msg := err.Error()
	for _, want := range []string{"http.send", "evil.rego:11"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
}

func TestSandboxedCapabilities(t *testing.T) {
	caps := sandboxed()
	for _, b := range caps.Builtins {
		if isForbidden(b.Name) {
			t.Errorf("builtin %s is available", b.Name)
		}
	}
	found := false
	for _, b := range caps.Builtins {
		if b.Name == "sprintf" {
			found = true
		}
	}
	if !found {
		t.Error("sprintf was removed")
	}
}

func TestBrokenPolicyNamesFileAndLine(t *testing.T) {
	_, err := Load(context.Background(), Options{Dirs: []string{policyDir(t, "broken")}})
	if err == nil {
		t.Fatal("broken policy loaded")
	}
	if !strings.Contains(err.Error(), "bad.rego:") {
		t.Errorf("error %q does not name the file and line", err)
	}
}

func TestUserPolicyBesideEmbedded(t *testing.T) {
	ctx := context.Background()
	s, err := Load(ctx, Options{Dirs: []string{policyDir(t, "extra")}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Policies()); n != 14 {
		t.Fatalf("%d policies, want 14", n)
	}
	res, err := s.Eval(ctx, emptyInput("law.md"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]report.Status{}
	for _, r := range res {
		got[r.Policy.ID] = r.Status
	}
	if len(got) != 14 || got["X2"] != report.Met || got["C4"] != report.Missing {
		t.Errorf("statuses %v", got)
	}
}

func TestUserPoliciesInstead(t *testing.T) {
	s, err := Load(context.Background(), Options{Dirs: []string{policyDir(t, "extra")}, NoEmbedded: true})
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Policies(); len(p) != 1 || p[0].ID != "X2" {
		t.Errorf("policies %+v", p)
	}
}

func TestEmptyDirIsError(t *testing.T) {
	if _, err := Load(context.Background(), Options{Dirs: []string{t.TempDir()}}); !errors.Is(err, ErrPolicy) {
		t.Errorf("err = %v, want ErrPolicy", err)
	}
}

// emptyInput is the policy input of a draft in which nothing was read.
func emptyInput(path string) map[string]any {
	frames := map[string]any{}
	for _, k := range []string{"token_counting", "model_lifecycle", "pt_cancellation", "training", "residency",
		"custom_import", "pt_sla", "commitment", "discount", "pt_prepurchase", "alt_quote", "vector_storage",
		"guardrails", "omitted"} {
		frames[k] = []any{}
	}
	return map[string]any{
		"schema":     "clausecheck/input/v2",
		"document":   map[string]any{"path": path, "provider": "aws", "provider_name": "", "subject": []any{}, "nonbinding": false},
		"thresholds": map[string]any{"pt_cancel_notice_days": 60, "pt_sla_percent": 99.9, "edp_discount_floor_percent": 18, "pt_credit_floor_percent": 35},
		"frames":     frames, "unresolved": map[string]any{}, "overrides": []any{}, "notices": []any{}, "statements": []any{},
	}
}
