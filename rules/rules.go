// Package rules holds the vocabulary a legal reviewer edits: the cues of
// contract grammar (negation, permission, condition, exception …), the
// names of the parties, the concepts the checks talk about with their
// false friends, the thresholds and the severities of the playbook checks.
// The Bedrock playbook is embedded and is the default; a user's rules
// directory extends or replaces it. Files are decoded strictly (an unknown
// key is an error), validated, then compiled into an immutable Rules value
// whose phrases all sit in one Lexicon.
//
// The package also reads the user config file .clausecheck.yaml (config.go).
package rules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/internal/safefile"
	"github.com/clausecheck/clausecheck/report"
)

//go:embed bedrock/*.yaml
var embedded embed.FS

// ErrInvalid is wrapped by every validation error of a rules or config file.
var ErrInvalid = errors.New("invalid rules")

// Version is the rules file format this package reads.
const Version = 2

// rawFile is one rules YAML file as written.
type rawFile struct {
	Version    int                   `yaml:"version"`
	Extends    string                `yaml:"extends"`
	Thresholds map[string]float64    `yaml:"thresholds"`
	Checks     map[string]rawCheck   `yaml:"checks"`
	Cues       map[string][]string   `yaml:"cues"`
	Parties    map[string][]string   `yaml:"parties"`
	Concepts   map[string]rawConcept `yaml:"concepts"`
	Examples   []Example             `yaml:"examples"`
	Notes      string                `yaml:"notes"`
}

type rawCheck struct {
	Severity string `yaml:"severity"`
}

// rawConcept is a concept as written: a list of phrases, or a mapping with
// phrases, false friends (not) and replace (a user file's concept replaces
// the default one instead of adding to it).
type rawConcept struct {
	Phrases []string `yaml:"phrases"`
	Not     []string `yaml:"not"`
	Replace bool     `yaml:"replace"`
}

func (c *rawConcept) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.SequenceNode {
		return n.Decode(&c.Phrases)
	}
	type plain rawConcept
	var p plain
	dec := n.Decode
	if err := dec(&p); err != nil {
		return err
	}
	// Decode does not apply KnownFields to nested custom types: check keys.
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch k := n.Content[i].Value; k {
		case "phrases", "not", "replace":
		default:
			return fmt.Errorf("line %d: unknown concept key %q (want phrases, not or replace)", n.Content[i].Line, k)
		}
	}
	*c = rawConcept(p)
	return nil
}

// Example is a sentence with what the reader must make of it. The examples
// run as tests (interpret package).
type Example struct {
	Text string `yaml:"text"`
	// Actor of the main statement: vendor, customer or none.
	Actor string `yaml:"actor,omitempty"`
	// Modality: obligation, permission, non_obligation or declarative.
	Modality string `yaml:"modality,omitempty"`
	// Negated: the main verb is negated.
	Negated *bool `yaml:"negated,omitempty"`
	// Concepts that must be read in the main statement; Absent those that
	// must not be read anywhere in the sentence.
	Concepts []string `yaml:"concepts,omitempty"`
	Absent   []string `yaml:"absent,omitempty"`
	// Negates are concepts that must be read as negated.
	Negates []string `yaml:"negates,omitempty"`
	// Conditions and Exceptions are concepts that must be read in a
	// condition or an exception of the sentence.
	Conditions []string `yaml:"conditions,omitempty"`
	Exceptions []string `yaml:"exceptions,omitempty"`
}

// CueNames are the cue lists a rules file may define; the reader relies on
// every one of them.
var CueNames = []string{"negation", "not_negation", "obligation", "permission", "non_obligation", "condition",
	"exception", "proviso", "restrictive", "joint", "several", "nonbinding", "placeholder", "omitted", "out_of_scope", "deferral",
	"concessive", "amend_delete", "amend_replace", "amend_insert", "precedence", "notwithstanding", "proposal",
	"rejected", "open", "agreed"}

// Check is the rules-side description of a playbook check.
type Check struct {
	ID       string
	Severity report.Severity
}

// Rules is the compiled, immutable vocabulary. Share it freely.
type Rules struct {
	thresholds map[string]float64
	checks     map[string]Check
	lex        *Lexicon
	concepts   []string
	examples   []Example
	hash       string
}

// Thresholds returns a copy of the default thresholds by name.
func (r *Rules) Thresholds() map[string]float64 {
	out := make(map[string]float64, len(r.thresholds))
	for k, v := range r.thresholds {
		out[k] = v
	}
	return out
}

// Checks returns the checks sorted by id.
func (r *Rules) Checks() []Check {
	out := make([]Check, 0, len(r.checks))
	for _, c := range r.checks {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Check returns the check with that id.
func (r *Rules) Check(id string) (Check, bool) {
	c, ok := r.checks[id]
	return c, ok
}

// Lexicon returns every phrase list compiled into one automaton. Its list
// names are "cue:NAME", "party:vendor", "party:customer", "concept:NAME"
// and "not:NAME" (the false friends of concept NAME).
func (r *Rules) Lexicon() *Lexicon { return r.lex }

// Concepts returns the concept names, sorted.
func (r *Rules) Concepts() []string { return append([]string(nil), r.concepts...) }

// HasConcept reports whether the vocabulary defines the concept.
func (r *Rules) HasConcept(name string) bool { return r.lex.ID("concept:"+name) >= 0 }

// Examples returns the example sentences of the vocabulary.
func (r *Rules) Examples() []Example { return append([]Example(nil), r.examples...) }

// Default returns the embedded Bedrock playbook rules.
func Default() (*Rules, error) {
	return Load(embedded, "bedrock")
}

// MustDefault is Default for tests and package initialisation of callers
// that embed no user rules; the embedded rules are tested, so it does not
// fail in a released binary.
func MustDefault() *Rules {
	r, err := Default()
	if err != nil {
		panic(err)
	}
	return r
}

// Load reads every *.yaml / *.yml file of dir in fsys (sorted by name) as one
// rule set, without the embedded defaults.
func Load(fsys fs.FS, dir string) (*Rules, error) {
	files, err := readDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	return build(files)
}

// LoadDir reads a user's rules directory. Its files extend the embedded
// playbook (phrases are added to a concept or cue of the same name, or
// replace it with "replace: true"; thresholds and severities are
// overridden key by key) unless one of them says "extends: none", in
// which case the directory replaces the playbook.
func LoadDir(dir string) (*Rules, error) {
	if fi, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("rules %s: %w", dir, err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("rules %s: not a directory", dir)
	}
	user, err := readDir(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", dir, err)
	}
	for i := range user {
		user[i].name = path.Join(dir, user[i].name)
	}
	for _, f := range user {
		if f.raw.Extends == "none" {
			return build(user)
		}
	}
	base, err := readDir(embedded, "bedrock")
	if err != nil {
		return nil, err
	}
	return build(append(base, user...))
}

type namedFile struct {
	name string
	raw  rawFile
	data []byte
}

// maxRulesFile bounds the size of one rules file.
const maxRulesFile = 4 << 20

func readDir(fsys fs.FS, dir string) ([]namedFile, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	var out []namedFile
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !(strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			continue
		}
		data, err := readCapped(fsys, path.Join(dir, n), maxRulesFile)
		if err != nil {
			return nil, fmt.Errorf("read rules: %w", err)
		}
		raw, ok := rawFile{}, false
		if fsys == fs.FS(embedded) {
			raw, ok = decodedFile(path.Join(dir, n), data)
		}
		if !ok {
			if raw, err = decodeRules(data); err != nil {
				return nil, fmt.Errorf("%s: %w", n, err)
			}
		}
		out = append(out, namedFile{name: n, raw: raw, data: data})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no .yaml file in %s", ErrInvalid, dir)
	}
	return out, nil
}

// readCapped reads a regular file of at most max bytes.
func readCapped(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	data, err := safefile.ReadCapped(f, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

func decodeRules(data []byte) (rawFile, error) {
	var raw rawFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return raw, fmt.Errorf("%w: %s", ErrInvalid, oneLine(err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return raw, fmt.Errorf("%w: more than one YAML document", ErrInvalid)
	}
	return raw, nil
}

var (
	idRe      = lazyre.New(`^[A-Za-z][A-Za-z0-9_]*$`)
	checkIDRe = lazyre.New(`^[A-Za-z][A-Za-z0-9_-]*$`)
)

// build merges files in order (later wins) then validates and compiles.
func build(files []namedFile) (*Rules, error) {
	thresholds := map[string]float64{}
	checks := map[string]rawCheck{}
	lists := map[string][]string{}
	var examples []Example
	h := newHasher()
	for _, f := range files {
		h.add(f.name, f.data)
		r := f.raw
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%s: %w: %s", f.name, ErrInvalid, fmt.Sprintf(format, a...))
		}
		switch r.Version {
		case Version:
		case 0, 1:
			return nil, fail("version %d: this clausecheck reads rules version %d (concepts, cues and parties; see rules/README.md)", r.Version, Version)
		default:
			return nil, fail("version %d not supported (want %d)", r.Version, Version)
		}
		if r.Extends != "" && r.Extends != "default" && r.Extends != "none" {
			return nil, fail("extends %q: want default or none", r.Extends)
		}
		for k, v := range r.Thresholds {
			if !idRe.MatchString(k) {
				return nil, fail("threshold name %q", k)
			}
			if v != v || v > 1e15 || v < -1e15 {
				return nil, fail("threshold %s: %v is not a usable number", k, v)
			}
			if err := thresholdRange(k, v); err != nil {
				return nil, fail("%v", err)
			}
			thresholds[k] = v
		}
		for k, v := range r.Checks {
			if !checkIDRe.MatchString(k) {
				return nil, fail("check id %q", k)
			}
			if _, err := ParseSeverity(v.Severity); err != nil {
				return nil, fail("check %s: %v", k, err)
			}
			checks[k] = v
		}
		for k, v := range r.Cues {
			if !contains(CueNames, k) {
				return nil, fail("unknown cue list %q (want one of %s)", k, strings.Join(CueNames, ", "))
			}
			lists["cue:"+k] = append(lists["cue:"+k], v...)
		}
		for k, v := range r.Parties {
			if k != "vendor" && k != "customer" {
				return nil, fail("unknown party %q (want vendor or customer)", k)
			}
			lists["party:"+k] = append(lists["party:"+k], v...)
		}
		for k, v := range r.Concepts {
			if !idRe.MatchString(k) {
				return nil, fail("concept name %q", k)
			}
			if len(v.Phrases) == 0 {
				return nil, fail("concept %s has no phrases", k)
			}
			if v.Replace {
				delete(lists, "concept:"+k)
				delete(lists, "not:"+k)
			}
			lists["concept:"+k] = append(lists["concept:"+k], v.Phrases...)
			if len(v.Not) > 0 {
				lists["not:"+k] = append(lists["not:"+k], v.Not...)
			}
		}
		examples = append(examples, r.Examples...)
	}
	for _, c := range CueNames {
		if len(lists["cue:"+c]) == 0 {
			return nil, fmt.Errorf("%w: cue list %s is empty", ErrInvalid, c)
		}
	}
	for _, p := range []string{"vendor", "customer"} {
		if len(lists["party:"+p]) == 0 {
			return nil, fmt.Errorf("%w: party %s has no names", ErrInvalid, p)
		}
	}
	lex, err := NewLexicon(lists)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrInvalid, oneLine(err))
	}
	out := &Rules{thresholds: thresholds, checks: map[string]Check{}, lex: lex, examples: examples, hash: h.sum()}
	for id, c := range checks {
		sev, _ := ParseSeverity(c.Severity)
		out.checks[id] = Check{ID: id, Severity: sev}
	}
	for _, n := range lex.Names() {
		if c, ok := strings.CutPrefix(n, "concept:"); ok {
			out.concepts = append(out.concepts, c)
		}
	}
	for n := range lists {
		if c, ok := strings.CutPrefix(n, "not:"); ok && len(lists["concept:"+c]) == 0 {
			return nil, fmt.Errorf("%w: false friends for unknown concept %s", ErrInvalid, c)
		}
	}
	for i, ex := range examples {
		if strings.TrimSpace(ex.Text) == "" {
			return nil, fmt.Errorf("%w: example %d has no text", ErrInvalid, i+1)
		}
		for _, c := range append(append(append(append([]string{}, ex.Concepts...), ex.Absent...), ex.Negates...), append(ex.Conditions, ex.Exceptions...)...) {
			if !out.HasConcept(c) {
				return nil, fmt.Errorf("%w: example %d: unknown concept %q", ErrInvalid, i+1, c)
			}
		}
	}
	return out, nil
}

// Hash identifies the vocabulary's content (for caches).
func (r *Rules) Hash() string { return r.hash }

// ParseSeverity accepts "critical" or "warning".
func ParseSeverity(s string) (report.Severity, error) {
	switch report.Severity(s) {
	case report.Critical, report.Warning:
		return report.Severity(s), nil
	}
	return "", fmt.Errorf("severity %q: want critical or warning", s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// oneLine joins a multi-line decoder message into one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
}
