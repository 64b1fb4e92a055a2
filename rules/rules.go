// Package rules holds the vocabulary a legal reviewer edits: per topic the
// terms, false friends and elements, the negation/permission/non-binding
// cues, the thresholds and the severities of the playbook checks. The
// Bedrock playbook is embedded and is the default; a user's rules directory
// extends or replaces it. Files are decoded strictly (an unknown key is an
// error), validated, then compiled into an immutable Rules value.
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
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/report"
)

//go:embed bedrock/*.yaml
var embedded embed.FS

// ErrInvalid is wrapped by every validation error of a rules or config file.
var ErrInvalid = errors.New("invalid rules")

// rawFile is one rules YAML file as written.
type rawFile struct {
	Version    int                 `yaml:"version"`
	Extends    string              `yaml:"extends"`
	Thresholds map[string]float64  `yaml:"thresholds"`
	Checks     map[string]rawCheck `yaml:"checks"`
	Cues       map[string][]string `yaml:"cues"`
	Parties    map[string][]string `yaml:"parties"`
	Scopes     map[string][]string `yaml:"scopes"`
	Topics     []rawTopic          `yaml:"topics"`
	Notes      string              `yaml:"notes"`
}

type rawCheck struct {
	Severity string `yaml:"severity"`
}

type rawTopic struct {
	ID       string              `yaml:"id"`
	Check    string              `yaml:"check"`
	Title    string              `yaml:"title"`
	Terms    []string            `yaml:"terms"`
	Not      []string            `yaml:"not"`
	Elements map[string][]string `yaml:"elements"`
	Examples []Example           `yaml:"examples"`
}

// Example is a sentence with the verdict the analyser must reach on it. The
// examples of every topic are executed as tests (check package).
type Example struct {
	Text  string `yaml:"text"`
	Match bool   `yaml:"match"`
	// Polarity, when set: affirmed, negated or permitted.
	Polarity string `yaml:"polarity,omitempty"`
	// Party, when set: vendor or customer (who is permitted).
	Party string `yaml:"party,omitempty"`
	// Elements that must all be found (others may be found too).
	Elements []string `yaml:"elements,omitempty"`
}

// The cue lists a rules file may define.
var cueNames = []string{"negation", "negation_in_term", "lead_in_negation", "not_negation", "permission", "boundary", "exception", "concessive", "nonbinding", "placeholder", "omitted", "amendment", "precedence", "later_parts", "body"}

// Scopes every rule set must define (the analyser relies on them).
var scopeNames = []string{"provisioned", "on_demand", "bedrock", "aws", "other_service", "other_provider"}

// Check is the rules-side description of a playbook check.
type Check struct {
	ID       string
	Severity report.Severity
}

// Topic is a compiled topic.
type Topic struct {
	ID       string
	Check    string
	Title    string
	Terms    *Matcher
	Not      *Matcher
	Elements map[string]*Matcher
	// ElementNames sorted.
	ElementNames []string
	Examples     []Example
}

// Rules is the compiled, immutable vocabulary. Share it freely.
type Rules struct {
	thresholds map[string]float64
	checks     map[string]Check
	cues       map[string]*Matcher
	parties    map[string]*Matcher
	scopes     map[string]*Matcher
	topics     []*Topic
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

// Topics returns the topics in file order.
func (r *Rules) Topics() []*Topic { return r.topics }

// Cue returns a cue list by name (negation, permission, boundary,
// nonbinding, omitted, amendment, precedence, later_parts); never nil.
func (r *Rules) Cue(name string) *Matcher {
	if m, ok := r.cues[name]; ok {
		return m
	}
	return &Matcher{}
}

// Party returns the matcher of a party (vendor, customer); never nil.
func (r *Rules) Party(name string) *Matcher {
	if m, ok := r.parties[name]; ok {
		return m
	}
	return &Matcher{}
}

// Scope returns a scope matcher (provisioned, on_demand, bedrock,
// other_service, other_provider); never nil.
func (r *Rules) Scope(name string) *Matcher {
	if m, ok := r.scopes[name]; ok {
		return m
	}
	return &Matcher{}
}

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
// playbook (a topic with the same id replaces the default one, thresholds and
// severities are overridden key by key) unless one of them says
// "extends: none", in which case the directory replaces the playbook.
func LoadDir(dir string) (*Rules, error) {
	user, err := readDir(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", dir, err)
	}
	for i := range user {
		user[i].name = path.Join(dir, user[i].name)
	}
	replace := false
	for _, f := range user {
		if f.raw.Extends == "none" {
			replace = true
		}
	}
	if replace {
		return build(user)
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
}

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
		data, err := fs.ReadFile(fsys, path.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("read rules: %w", err)
		}
		raw, err := decodeRules(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, namedFile{name: n, raw: raw})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no .yaml file in %s", ErrInvalid, dir)
	}
	return out, nil
}

func decodeRules(data []byte) (rawFile, error) {
	var raw rawFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return raw, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return raw, nil
}

var (
	idRe      = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)
	checkIDRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
)

// build merges files in order (later wins) then validates and compiles.
func build(files []namedFile) (*Rules, error) {
	thresholds := map[string]float64{}
	checks := map[string]rawCheck{}
	cues := map[string][]string{}
	parties := map[string][]string{}
	scopes := map[string][]string{}
	var topics []rawTopic
	topicFile := map[string]string{}
	for _, f := range files {
		r := f.raw
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%s: %w: %s", f.name, ErrInvalid, fmt.Sprintf(format, a...))
		}
		if r.Version != 0 && r.Version != 1 {
			return nil, fail("version %d not supported (want 1)", r.Version)
		}
		if r.Extends != "" && r.Extends != "default" && r.Extends != "none" {
			return nil, fail("extends %q: want default or none", r.Extends)
		}
		for k, v := range r.Thresholds {
			if !idRe.MatchString(k) {
				return nil, fail("threshold name %q", k)
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
			if !contains(cueNames, k) {
				return nil, fail("unknown cue list %q (want one of %s)", k, strings.Join(cueNames, ", "))
			}
			cues[k] = v
		}
		for k, v := range r.Parties {
			if k != "vendor" && k != "customer" {
				return nil, fail("unknown party %q (want vendor or customer)", k)
			}
			parties[k] = v
		}
		for k, v := range r.Scopes {
			if !contains(scopeNames, k) {
				return nil, fail("unknown scope %q (want one of %s)", k, strings.Join(scopeNames, ", "))
			}
			scopes[k] = v
		}
		for _, t := range r.Topics {
			if !idRe.MatchString(t.ID) {
				return nil, fail("topic id %q", t.ID)
			}
			if prev, ok := topicFile[t.ID]; ok && prev == f.name {
				return nil, fail("topic %s defined twice", t.ID)
			}
			topicFile[t.ID] = f.name
			replaced := false
			for i := range topics {
				if topics[i].ID == t.ID {
					topics[i] = t
					replaced = true
				}
			}
			if !replaced {
				topics = append(topics, t)
			}
		}
	}
	out := &Rules{
		thresholds: thresholds,
		checks:     map[string]Check{},
		cues:       map[string]*Matcher{},
		parties:    map[string]*Matcher{},
		scopes:     map[string]*Matcher{},
	}
	for id, c := range checks {
		sev, _ := ParseSeverity(c.Severity)
		out.checks[id] = Check{ID: id, Severity: sev}
	}
	for _, k := range cueNames {
		m, err := compilePhrases(cues[k])
		if err != nil {
			return nil, fmt.Errorf("%w: cue %s: %v", ErrInvalid, k, err)
		}
		out.cues[k] = m
	}
	for _, k := range []string{"vendor", "customer"} {
		m, err := compilePhrases(parties[k])
		if err != nil {
			return nil, fmt.Errorf("%w: party %s: %v", ErrInvalid, k, err)
		}
		out.parties[k] = m
	}
	for _, k := range scopeNames {
		m, err := compilePhrases(scopes[k])
		if err != nil {
			return nil, fmt.Errorf("%w: scope %s: %v", ErrInvalid, k, err)
		}
		out.scopes[k] = m
	}
	if len(topics) == 0 {
		return nil, fmt.Errorf("%w: no topics", ErrInvalid)
	}
	for _, t := range topics {
		ct, err := compileTopic(t, out.checks)
		if err != nil {
			return nil, fmt.Errorf("%s: topic %s: %w", topicFile[t.ID], t.ID, err)
		}
		out.topics = append(out.topics, ct)
	}
	return out, nil
}

func compileTopic(t rawTopic, checks map[string]Check) (*Topic, error) {
	if len(t.Terms) == 0 {
		return nil, fmt.Errorf("%w: no terms", ErrInvalid)
	}
	if t.Check != "" {
		if _, ok := checks[t.Check]; !ok {
			return nil, fmt.Errorf("%w: check %q is not declared under checks", ErrInvalid, t.Check)
		}
	}
	terms, err := compilePhrases(t.Terms)
	if err != nil {
		return nil, fmt.Errorf("%w: terms: %v", ErrInvalid, err)
	}
	not, err := compilePhrases(t.Not)
	if err != nil {
		return nil, fmt.Errorf("%w: not: %v", ErrInvalid, err)
	}
	ct := &Topic{ID: t.ID, Check: t.Check, Title: t.Title, Terms: terms, Not: not, Elements: map[string]*Matcher{}, Examples: t.Examples}
	for name, phrases := range t.Elements {
		if !idRe.MatchString(name) {
			return nil, fmt.Errorf("%w: element name %q", ErrInvalid, name)
		}
		if len(phrases) == 0 {
			return nil, fmt.Errorf("%w: element %s has no phrases", ErrInvalid, name)
		}
		m, err := compilePhrases(phrases)
		if err != nil {
			return nil, fmt.Errorf("%w: element %s: %v", ErrInvalid, name, err)
		}
		ct.Elements[name] = m
		ct.ElementNames = append(ct.ElementNames, name)
	}
	sort.Strings(ct.ElementNames)
	for i, ex := range t.Examples {
		if strings.TrimSpace(ex.Text) == "" {
			return nil, fmt.Errorf("%w: example %d has no text", ErrInvalid, i+1)
		}
		switch ex.Polarity {
		case "", "affirmed", "negated", "permitted":
		default:
			return nil, fmt.Errorf("%w: example %d: polarity %q", ErrInvalid, i+1, ex.Polarity)
		}
		switch ex.Party {
		case "", "vendor", "customer":
		default:
			return nil, fmt.Errorf("%w: example %d: party %q", ErrInvalid, i+1, ex.Party)
		}
		for _, e := range ex.Elements {
			if _, ok := t.Elements[e]; !ok {
				return nil, fmt.Errorf("%w: example %d: unknown element %q", ErrInvalid, i+1, e)
			}
		}
	}
	return ct, nil
}

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
