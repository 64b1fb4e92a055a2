package policies

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

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

// Every builtin that reaches outside the input is refused at compile time:
// the network, the runtime, randomness and anything that reads the clock
// (directly, or by checking an expiry against it).
func TestSandboxRefuses(t *testing.T) {
	calls := map[string]string{
		"http.send":            `http.send({"method": "GET", "url": "http://example.invalid"})`,
		"net.lookup_ip_addr":   `net.lookup_ip_addr("example.invalid")`,
		"opa.runtime":          `opa.runtime()`,
		"rand.intn":            `rand.intn("x", 10)`,
		"uuid.rfc4122":         `uuid.rfc4122("x")`,
		"time.now_ns":          `time.now_ns()`,
		"io.jwt.decode_verify": `io.jwt.decode_verify("a.b.c", {"secret": "s"})`,
		"crypto.x509.parse_and_verify_certificates": `crypto.x509.parse_and_verify_certificates("x")`,
		"trace":                 `trace("x")`,
		"graph.reachable_paths": `graph.reachable_paths({"a": {"b"}, "b": {"a"}}, {"a"})`,
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			src := "# METADATA\n# title: Reaches out\n# custom:\n#   id: X1\n#   severity: warning\npackage clausecheck.custom.x1\n\nimport rego.v1\n\n" +
				"finding := {\"status\": \"met\", \"reason\": sprintf(\"%v\", [x]), \"evidence\": [], \"facts\": {}} if {\n\tx := " + call + "\n}\n"
			dir := writePolicy(t, "p", "out.rego", src)
			_, err := Load(context.Background(), Options{Dirs: []string{dir}})
			if err == nil || !strings.Contains(err.Error(), name) {
				t.Errorf("a policy calling %s: err = %v, want a compile error naming it", name, err)
			}
		})
	}
	// and the pure functions the playbook needs stay
	caps := sandboxed()
	have := map[string]bool{}
	for _, b := range caps.Builtins {
		have[b.Name] = true
	}
	for _, name := range []string{"sprintf", "regex.match", "object.union", "array.concat", "count", "time.parse_rfc3339_ns", "json.marshal"} {
		if !have[name] {
			t.Errorf("%s was removed", name)
		}
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

// A policy that builds an enormous comprehension is stopped at the
// evaluation deadline with an error, not left to run and eat memory.
func TestEvalDeadline(t *testing.T) {
	src := "# METADATA\n# title: Slow\n# custom:\n#   id: X1\n#   severity: warning\npackage clausecheck.custom.x1\n\nimport rego.v1\n\n" +
		"finding := {\"status\": \"met\", \"reason\": sprintf(\"%d\", [n]), \"evidence\": [], \"facts\": {}} if {\n\tn := count([x | some x in numbers.range(1, 100000000); x % 7 == 0])\n}\n"
	dir := writePolicy(t, "slow", "slow.rego", src)
	s, err := Load(context.Background(), Options{Dirs: []string{dir}, NoEmbedded: true, EvalTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = s.Eval(context.Background(), map[string]any{})
	if err == nil || !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("err = %v, want the deadline error", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("evaluation ran %v past a 300ms deadline", d)
	}
}

// A user policy that reuses an embedded check id replaces that check: one
// C1, the user's, whichever file is read first.
func TestUserPolicyReplacesEmbedded(t *testing.T) {
	src := "# METADATA\n# title: House token rule\n# custom:\n#   id: C1\n#   severity: critical\npackage clausecheck.house.c1\n\nimport rego.v1\n\n" +
		"finding := {\"status\": \"missing\", \"reason\": \"house rule\", \"evidence\": [], \"facts\": {}}\n"
	dir := writePolicy(t, "aaa", "c1.rego", src)
	s, err := Load(context.Background(), Options{Dirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	n, title := 0, ""
	for _, p := range s.Policies() {
		if p.ID == "C1" {
			n++
			title = p.Title
		}
	}
	if n != 1 || title != "House token rule" || len(s.Policies()) != 13 {
		t.Fatalf("C1 policies %d (title %q), %d in all; want the user's alone among 13", n, title, len(s.Policies()))
	}
	out, err := s.Eval(context.Background(), map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range out {
		if r.Policy.ID == "C1" && r.Reason != "house rule" {
			t.Errorf("C1 evaluated by the embedded policy: %+v", r)
		}
	}
}

// writePolicy writes one policy file into a fresh directory named name.
func writePolicy(t *testing.T, name, file, src string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A conftest-style policy ("deny contains msg if …") is refused with a
// message that says what clausecheck reads, never skipped in silence.
func TestConftestPolicyIsRefused(t *testing.T) {
	src := "package main\n\nimport rego.v1\n\ndeny contains msg if {\n\tnot input.governing_law\n\tmsg := \"no governing law\"\n}\n"
	dir := writePolicy(t, "conftest", "deny.rego", src)
	_, err := Load(context.Background(), Options{Dirs: []string{dir}})
	if err == nil || !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), `"deny"`) || !strings.Contains(err.Error(), "deny.rego") {
		t.Errorf("err = %v, want a policy error naming the file and its deny rule", err)
	}
}

// ReadsInput says which parts of the input the policies in force may
// read, so that the engine can leave out what none reads, and never what
// one does.
func TestReadsInput(t *testing.T) {
	head := "# METADATA\n# title: Reads\n# custom:\n#   id: X1\n#   severity: warning\npackage clausecheck.custom.x1\n\nimport rego.v1\n\n"
	finding := "finding := {\"status\": \"met\", \"reason\": \"r\", \"evidence\": [], \"facts\": {}} if {\n\t%s\n}\n"
	for _, c := range []struct {
		name, body string
		reads      []string
		not        []string
	}{
		{"embedded only", "", []string{"frames", "thresholds", "document", "unresolved"}, []string{"statements", "overrides", "notices"}},
		{"statements by name", "some s in input.statements; s.negated", []string{"statements", "frames"}, []string{"overrides"}},
		{"statements through an import", "", []string{"statements"}, []string{"notices"}},
		{"a key computed at run time", `k := concat("", ["state", "ments"]); count(input[k]) > 0`, []string{"statements", "overrides", "notices"}, nil},
		{"the input whole", "x := input; count(x) > 0", []string{"statements", "notices"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var opt Options
			switch c.name {
			case "embedded only":
			case "statements through an import":
				src := strings.Replace(head, "import rego.v1\n", "import rego.v1\nimport input.statements as sts\n", 1) +
					strings.Replace(finding, "%s", "count(sts) > 0", 1)
				opt.Dirs = []string{writePolicy(t, "p", "reads.rego", src)}
			default:
				opt.Dirs = []string{writePolicy(t, "p", "reads.rego", head+strings.Replace(finding, "%s", c.body, 1))}
			}
			s, err := Load(context.Background(), opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range c.reads {
				if !s.ReadsInput(k) {
					t.Errorf("input.%s is read, ReadsInput says not", k)
				}
			}
			for _, k := range c.not {
				if s.ReadsInput(k) {
					t.Errorf("input.%s is not read, ReadsInput says it is", k)
				}
			}
		})
	}
}

// TestEmbeddedPassChecks compiles the embedded policies with every stage
// of the compiler, also those Load skips for them (checkOnlyStages): a
// mistake those stages report (a type error, recursion, an unsafe
// builtin) must fail here, since a run never sees it.
func TestEmbeddedPassChecks(t *testing.T) {
	srcs, err := sources(Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	modules, err := parse(srcs)
	if err != nil {
		t.Fatal(err)
	}
	c := newCompiler()
	c.Compile(modules)
	if c.Failed() {
		t.Fatalf("the embedded policies fail the compiler's checks: %v", c.Errors)
	}
	// and the stages skipped are checks only: a type error is found by
	// them, not by the stages Load runs
	bad, err := parse([]source{{name: "bad.rego", src: []byte("package clausecheck.bad\n\nx := 1 + \"a\"\n")}})
	if err != nil {
		t.Fatal(err)
	}
	c = newCompiler().WithSkipStages(checkOnlyStages...)
	if c.Compile(bad); c.Failed() {
		t.Fatalf("a type error failed a stage Load runs for the embedded policies: %v", c.Errors)
	}
	c = newCompiler()
	if c.Compile(bad); !c.Failed() {
		t.Fatal("a type error passed every stage")
	}
}

// TestListWithoutCompiling: the embedded checks listed from their
// METADATA alone are those of the compiled set.
func TestListWithoutCompiling(t *testing.T) {
	list, err := List(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(list, s.Policies()) || len(list) < 13 {
		t.Fatalf("listed %d checks, compiled %d, or they differ", len(list), len(s.Policies()))
	}
}
