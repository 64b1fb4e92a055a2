package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/clausecheck/clausecheck/internal/fuzzdeadline"
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
	for _, c := range []string{"train", "prompts", "provisioned", "cancel"} {
		if !r.HasConcept(c) {
			t.Errorf("concept %s missing", c)
		}
	}
	if len(r.Examples()) == 0 {
		t.Error("the vocabulary has no examples")
	}
	// Thresholds() is a copy.
	r.Thresholds()["pt_sla_percent"] = 1
	if r.Thresholds()["pt_sla_percent"] != 99.9 {
		t.Error("Thresholds leaks the internal map")
	}
}

// match reports whether phrase occurs in text, through a one-list lexicon.
func match(t *testing.T, phrase, text string) bool {
	t.Helper()
	lx, err := NewLexicon(map[string][]string{"x": {phrase}})
	if err != nil {
		t.Fatal(err)
	}
	return len(lx.Scan(Tokenize(text), text)) > 0
}

func TestLexiconPhrases(t *testing.T) {
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
		{"[●]", "Fee: [●] per month", true},
		{"99.9", "at least 99.9 per cent", true},
		{"system prompt*", "system, prompts", false}, // punctuation breaks a phrase
		{"improv* ... model*", "improve the Amazon Nova family of models", true},
		{"improv* ... model*", "improve models", true}, // a gap may be empty
		{"improv* ... model*", "improve uptime, and the models", false},
		{"improv* ... model*", "improve one two three four five six seven models", false},
	}
	for _, c := range cases {
		if got := match(t, c.phrase, c.text); got != c.want {
			t.Errorf("%q in %q = %v, want %v", c.phrase, c.text, got, c.want)
		}
	}
	if _, err := NewLexicon(map[string][]string{"x": {"*"}}); err == nil {
		t.Error("a phrase that matches any word compiled")
	}
	for _, p := range []string{"... model", "improve ..."} {
		if _, err := NewLexicon(map[string][]string{"x": {p}}); err == nil {
			t.Errorf("a phrase with a gap at its edge, %q, compiled", p)
		}
	}
	lx, _ := NewLexicon(map[string][]string{"x": {"improv* ... model*"}})
	text := "improve models of models"
	if ms := lx.Scan(Tokenize(text), text); len(ms) != 2 {
		t.Errorf("gap scan of %q = %v, want each span once", text, ms)
	}
}

func TestLexiconScanSpans(t *testing.T) {
	lx, err := NewLexicon(map[string][]string{"a": {"service credit*", "credit*"}, "b": {"credit"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Customer receives service credits."
	ms := lx.Scan(Tokenize(text), text)
	// every occurrence of every list, longest first at each start
	// tokens: customer receives service credits .
	want := []Match{{lx.ID("a"), 2, 4}, {lx.ID("a"), 3, 4}}
	if len(ms) != len(want) {
		t.Fatalf("matches %v, want %v", ms, want)
	}
	for i := range want {
		if ms[i] != want[i] {
			t.Errorf("match %d = %v, want %v", i, ms[i], want[i])
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("AWS's non-cancellable 99,9 % and USD 1,000,000 (PT).")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Lower)
	}
	want := "aws s non cancellable 99,9 % and usd 1,000,000 ( pt ) ."
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	if !toks[1].Joined || !toks[3].Hyphen || !toks[0].Caps {
		t.Errorf("token flags: %+v %+v %+v", toks[0], toks[1], toks[3])
	}
}

// Negative contractions are spelled out, so "can't" is a negated "can".
func TestTokenizeContractions(t *testing.T) {
	var got []string
	for _, tk := range Tokenize("PT can't be cancelled; AWS won’t train; Customer's doesn't; the t-shirt") {
		got = append(got, tk.Lower)
	}
	want := "pt can not be cancelled ; aws will not train ; customer s does not ; the t shirt"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	// after a pronoun, a contracted auxiliary is its word; elsewhere the
	// letters stay as they are
	got = nil
	for _, tk := range Tokenize("we'll discuss; you’re billed; they've agreed; AWS'll; O're") {
		got = append(got, tk.Lower)
	}
	want = "we will discuss ; you are billed ; they have agreed ; aws ll ; o re"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
}

func TestLoadErrors(t *testing.T) {
	cues := ""
	for _, c := range CueNames {
		cues += "  " + c + ": [x" + c + "]\n"
	}
	base := "version: 2\nchecks:\n  C1: {severity: critical}\ncues:\n" + cues +
		"parties:\n  vendor: [AWS]\n  customer: [Customer]\nconcepts:\n  train: {phrases: [train*], not: [staff training]}\n"
	if _, err := Load(fstest.MapFS{"r/a.yaml": {Data: []byte(base)}}, "r"); err != nil {
		t.Fatalf("the valid base does not load: %v", err)
	}
	cases := map[string]string{
		"unknown key":         base + "synonyms: [y]\n",
		"unknown concept key": base + "  cancel: {phrases: [cancel], synonyms: [x]}\n",
		"typo top level":      "tresholds: {a: 1}\n" + base,
		"bad severity":        strings.Replace(base, "critical", "fatal", 1),
		"version 1":           strings.Replace(base, "version: 2", "version: 1", 1),
		"unknown cue":         base + "cues:\n  maybe: [x]\n",
		"empty concept":       base + "  cancel: []\n",
		"bad example":         base + "examples:\n  - {text: x, concepts: [nope]}\n",
		"empty example":       base + "examples:\n  - {text: \"\", concepts: [train]}\n",
		"NaN threshold":       base + "thresholds:\n  x: .nan\n",
		"two documents":       base + "---\nversion: 2\n",
		"no vendor":           strings.Replace(base, "  vendor: [AWS]\n", "", 1),
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
	ext := "version: 2\nthresholds:\n  pt_sla_percent: 99.99\nconcepts:\n  train: [coach the model]\n  governing_law: [governing law]\n"
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
	if !r.HasConcept("governing_law") || len(r.Concepts()) != len(MustDefault().Concepts())+1 {
		t.Errorf("%d concepts after extending", len(r.Concepts()))
	}
	lx := r.Lexicon()
	text := "AWS may coach the model with it and train it."
	n := 0
	for _, m := range lx.Scan(Tokenize(text), text) {
		if lx.Name(m.List) == "concept:train" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("extended concept train matched %d times, want 2 (the new phrase and the old)", n)
	}
	cues := ""
	for _, c := range CueNames {
		cues += "  " + c + ": [x" + c + "]\n"
	}
	rep := "version: 2\nextends: none\nchecks:\n  X1: {severity: warning}\ncues:\n" + cues +
		"parties:\n  vendor: [Seller]\n  customer: [Buyer]\nconcepts:\n  governing_law: [governing law]\n"
	dir2 := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir2, "only.yaml"), []byte(rep), 0o644); err != nil {
		t.Fatal(err)
	}
	r2, err := LoadDir(dir2)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r2.Concepts()); n != 1 {
		t.Errorf("%d concepts after replacing, want 1", n)
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
		"two documents":     "disabled: []\n---\ndisabled: [C1, C2, C3, C4, C5, C6]\n",
		"NaN threshold":     "thresholds: {pt_sla_percent: .nan}\n",
		"infinite":          "thresholds: {pt_sla_percent: .inf}\n",
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
		fuzzdeadline.Run(t, func() {
			c, err := ParseConfig(data, rs)
			if err != nil {
				return
			}
			for _, w := range c.Waivers() {
				c.Waiver(w.Check, "x/y.md")
			}
		})
	})
}

func FuzzLoadRules(f *testing.F) {
	seed, _ := embedded.ReadFile("bedrock/vocabulary.yaml")
	f.Add(seed)
	f.Add([]byte("version: 2\nconcepts:\n  t: [\"a * b*\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzdeadline.Run(t, func() {
			r, err := Load(fstest.MapFS{"r/a.yaml": {Data: data}}, "r")
			if err != nil {
				return
			}
			text := "the quick brown fox (jumps) over 99.9% of the lazy dog's back"
			r.Lexicon().Scan(Tokenize(text), text)
		})
	})
}

func FuzzLexicon(f *testing.F) {
	f.Add("train*", "AWS will not train on Customer's prompts.")
	f.Add("tool * definition*", "tool (function) definitions")
	f.Fuzz(func(t *testing.T, phrase, text string) {
		fuzzdeadline.Run(t, func() {
			lx, err := NewLexicon(map[string][]string{"x": {phrase}})
			if err != nil {
				return
			}
			toks := Tokenize(text)
			for _, m := range lx.Scan(toks, text) {
				if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
					t.Fatalf("match %v out of the %d tokens", m, len(toks))
				}
			}
		})
	})
}

// "cd drafts && clausecheck check x.md" finds ../.clausecheck.yaml, as
// "check drafts/x.md" does from above; a repository's root (.git) bounds
// the search.
func TestFindAboveWorkingDirectory(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	drafts := filepath.Join(repo, "drafts")
	for _, d := range []string{drafts, filepath.Join(repo, ".git")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(repo, ConfigFile), []byte("disabled: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// a config above the repository must not apply to its drafts
	if err := os.WriteFile(filepath.Join(root, ConfigFile), []byte("disabled: [C1]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(drafts)
	got, err := Find("x.md")
	if err != nil || got != filepath.Join("..", ConfigFile) {
		t.Errorf("Find(x.md) from drafts/ = %q, %v; want ../%s", got, err, ConfigFile)
	}
	if err := os.Remove(filepath.Join(repo, ConfigFile)); err != nil {
		t.Fatal(err)
	}
	if got, err := Find("x.md"); err != nil || got != "" {
		t.Errorf("Find(x.md) = %q, %v: the config above the repository's root applied", got, err)
	}
}

// TestPrefixEdgesIndexed: a node with many "word*" edges finds a word's
// edges by its first byte, and finds every one that matches (the root of
// the embedded vocabulary has some two hundred).
func TestPrefixEdgesIndexed(t *testing.T) {
	lists := map[string][]string{"a": {"x"}}
	for _, p := range []string{"train", "tra", "deprecat", "sunset", "retir", "discontinu", "migrat", "credit", "refund", "cancel"} {
		lists["a"] = append(lists["a"], p+"*")
	}
	lists["b"] = []string{"trai*"}
	lx, err := NewLexicon(lists)
	if err != nil {
		t.Fatal(err)
	}
	if lx.root.preBy == nil {
		t.Fatal("the root's prefix edges are not indexed")
	}
	text := "Trained, retiring and Cancelled; tractor."
	ms := lx.Scan(Tokenize(text), text)
	var got []string
	for _, m := range ms {
		got = append(got, lx.Name(m.List)+":"+Tokenize(text)[m.Start].Lower)
	}
	want := []string{"a:trained", "b:trained", "a:retiring", "a:cancelled", "a:tractor"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("matches %v, want %v", got, want)
	}
}
