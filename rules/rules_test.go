package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/clausecheck/clausecheck/report"
)

func TestDefault(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Checks()); n != 13 {
		t.Errorf("%d checks, want 13", n)
	}
	if got := r.Thresholds()["pt_sla_percent"]; got != 99.9 {
		t.Errorf("pt_sla_percent = %v", got)
	}
	if c, _ := r.Check("C4"); c.Severity != report.Critical {
		t.Errorf("C4 severity %s", c.Severity)
	}
	for _, tp := range r.Topics() {
		var pos, neg int
		for _, ex := range tp.Examples {
			if ex.Match {
				pos++
			} else {
				neg++
			}
		}
		if pos == 0 {
			t.Errorf("topic %s has no true-positive example", tp.ID)
		}
		if neg == 0 && tp.Not.Empty() == false {
			t.Errorf("topic %s has false friends but no false-positive example", tp.ID)
		}
	}
	// Thresholds() is a copy.
	r.Thresholds()["pt_sla_percent"] = 1
	if r.Thresholds()["pt_sla_percent"] != 99.9 {
		t.Error("Thresholds leaks the internal map")
	}
}

func TestPhraseMatcher(t *testing.T) {
	cases := []struct {
		phrase, text string
		want         bool
	}{
		{"train*", "AWS will not use Inputs for training.", true},
		{"train*", "constraint", false},
		{"on demand", "on-demand inference", true},
		{"customer s own model*", "Customer's own models", true},
		{"improve * model*", "improve its models", true},
		{"tool * definition*", "Tool (function) definitions", true},
		{"tool * definition*", "tool definitions", false},
		{"PT", "the PT commitment", true},
		{"PT", "an optional pt value", false}, // acronyms are case-sensitive
		{"SLA", "the SLA applies", true},
		{"no", "notice", false},
		{"non cancellable", "non-cancellable", true},
	}
	for _, c := range cases {
		m, err := compilePhrases([]string{c.phrase})
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Match(c.text); got != c.want {
			t.Errorf("%q in %q = %v, want %v", c.phrase, c.text, got, c.want)
		}
	}
	if _, err := compilePhrases([]string{"tr*in"}); err == nil {
		t.Error("a * inside a word compiled")
	}
}

func TestLoadErrors(t *testing.T) {
	base := "version: 1\nchecks:\n  C1: {severity: critical}\ntopics:\n  - id: t\n    check: C1\n    terms: [x]\n"
	cases := map[string]string{
		"unknown key":       base + "    synonyms: [y]\n",
		"typo top level":    "tresholds: {a: 1}\n" + base,
		"bad severity":      strings.Replace(base, "critical", "fatal", 1),
		"undeclared check":  strings.Replace(base, "check: C1", "check: C9", 1),
		"no terms":          strings.Replace(base, "terms: [x]", "terms: []", 1),
		"unknown cue":       base + "cues:\n  maybe: [x]\n",
		"bad example elem":  base + "    examples:\n      - {text: x, match: true, elements: [nope]}\n",
		"bad polarity":      base + "    examples:\n      - {text: x, match: true, polarity: sideways}\n",
		"wildcard mid-word": strings.Replace(base, "terms: [x]", "terms: [\"a*b\"]", 1),
		"no topics":         "version: 1\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"r/a.yaml": {Data: []byte(src)}}, "r")
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestLoadDirExtendsAndReplaces(t *testing.T) {
	dir := t.TempDir()
	ext := "thresholds:\n  pt_sla_percent: 99.99\ntopics:\n  - id: governing_law\n    terms: [governing law]\n"
	if err := os.WriteFile(filepath.Join(dir, "extra.yaml"), []byte(ext), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Thresholds()["pt_sla_percent"] != 99.99 || r.Thresholds()["pt_cancel_notice_days"] != 60 {
		t.Errorf("thresholds %v", r.Thresholds())
	}
	if n := len(r.Topics()); n != len(MustDefault().Topics())+1 {
		t.Errorf("%d topics after extending", n)
	}
	rep := "extends: none\nchecks:\n  X1: {severity: warning}\ntopics:\n  - id: governing_law\n    check: X1\n    terms: [governing law]\n"
	dir2 := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir2, "only.yaml"), []byte(rep), 0o644); err != nil {
		t.Fatal(err)
	}
	r2, err := LoadDir(dir2)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r2.Topics()); n != 1 {
		t.Errorf("%d topics after replacing, want 1", n)
	}
}

func TestConfig(t *testing.T) {
	src := `thresholds:
  pt_sla_percent: 99.5
severities:
  L1: critical
disabled: [L6]
waivers:
  - check: C5
    path: "legacy/**"
    reason: no custom models in scope
    expires: 2026-06-30
  - check: C2
    path: "*.md"
    reason: accepted by legal
`
	dir := t.TempDir()
	p := filepath.Join(dir, ConfigFile)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(p, MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	if c.Thresholds()["pt_sla_percent"] != 99.5 {
		t.Error("threshold override lost")
	}
	if s, ok := c.Severity("L1"); !ok || s != report.Critical {
		t.Error("severity override lost")
	}
	if !c.Disabled("L6") || c.Disabled("L5") {
		t.Error("disabled wrong")
	}
	i, w := c.Waiver("C5", filepath.Join(dir, "legacy", "2025", "a.md"))
	if i != 0 || w.Reason != "no custom models in scope" {
		t.Errorf("waiver %d %+v", i, w)
	}
	if i, _ := c.Waiver("C5", filepath.Join(dir, "current", "a.md")); i != -1 {
		t.Error("waiver matched another directory")
	}
	if i, _ := c.Waiver("C2", filepath.Join(dir, "sub", "a.md")); i != -1 {
		t.Error("* crossed a directory")
	}
	if i, _ := c.Waiver("C2", filepath.Join(dir, "a.md")); i != 1 {
		t.Error("*.md did not match")
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02 15:04", s); return d }
	if w.Expired(day("2026-06-30 23:00")) {
		t.Error("expired on its last day")
	}
	if !w.Expired(day("2026-07-01 00:01")) {
		t.Error("not expired the day after")
	}
}

func TestConfigErrors(t *testing.T) {
	cases := map[string]string{
		"typo":              "thresolds: {pt_sla_percent: 1}\n",
		"unknown threshold": "thresholds: {sla: 1}\n",
		"unknown check":     "disabled: [C99]\n",
		"bad severity":      "severities: {C1: fatal}\n",
		"no reason":         "waivers:\n  - {check: C1, path: a.md}\n",
		"blank reason":      "waivers:\n  - {check: C1, path: a.md, reason: \"  \"}\n",
		"bad date":          "waivers:\n  - {check: C1, path: a.md, reason: r, expires: 30/06/2026}\n",
		"no check":          "waivers:\n  - {path: a.md, reason: r}\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseConfig([]byte(src), MustDefault()); !errors.Is(err, ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
	if c, err := ParseConfig(nil, MustDefault()); err != nil || len(c.Waivers()) != 0 {
		t.Errorf("empty config: %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(filepath.Join(deep, "d.md")); err != nil || got != "" {
		// A config above the temp dir would be a test environment problem.
		t.Logf("found %q (%v) above the temp dir", got, err)
	}
	cfg := filepath.Join(root, "a", ConfigFile)
	if err := os.WriteFile(cfg, []byte("disabled: [L1]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(filepath.Join(deep, "d.md"))
	if err != nil || got != cfg {
		t.Errorf("Find = %q, %v; want %q", got, err, cfg)
	}
	nearer := filepath.Join(root, "a", "b", ConfigFile)
	if err := os.WriteFile(nearer, []byte("\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(filepath.Join(deep, "d.md")); got != nearer {
		t.Errorf("Find = %q, want the nearest %q", got, nearer)
	}
}

func TestNilConfig(t *testing.T) {
	var c *Config
	if c.Disabled("C1") || len(c.Thresholds()) != 0 || c.Path() != "" {
		t.Error("nil config is not empty")
	}
	if i, _ := c.Waiver("C1", "a.md"); i != -1 {
		t.Error("nil config waives")
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("thresholds:\n  pt_sla_percent: 99.5\nwaivers:\n  - {check: C5, path: \"legacy/**\", reason: r, expires: 2026-06-30}\n"))
	f.Add([]byte("disabled: [L6]\nseverities: {L1: critical}\n"))
	f.Add([]byte("waivers:\n  - {check: C1, path: \"[\", reason: r}\n"))
	rs := MustDefault()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data, rs)
		if err != nil {
			return
		}
		for _, w := range c.Waivers() {
			c.Waiver(w.Check, "x/y.md")
		}
	})
}

func FuzzLoadRules(f *testing.F) {
	seed, _ := embedded.ReadFile("bedrock/playbook.yaml")
	f.Add(seed)
	f.Add([]byte("topics:\n  - id: t\n    terms: [\"a * b*\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Load(fstest.MapFS{"r/a.yaml": {Data: data}}, "r")
		if err != nil {
			return
		}
		for _, tp := range r.Topics() {
			tp.Terms.Find("the quick brown fox")
		}
	})
}
