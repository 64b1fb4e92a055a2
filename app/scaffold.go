package app

import (
	"errors"
	"fmt"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// PoliciesNewOptions are the options of `clausecheck policies new`.
type PoliciesNewOptions struct {
	ID       string   // the check's id: C7, GL1, X1
	Dir      string   // where policies/ and rules/ are written ("." when empty)
	Title    string   // METADATA title
	Severity string   // critical or warning
	Topic    string   // the vocabulary concept (default: the id in lower case)
	Phrases  []string // the topic's phrases
}

var checkID = lazyre.New(`^[A-Z][A-Z0-9_]{0,15}$`)
var topicName = lazyre.New(`^[a-z][a-z0-9_]{0,39}$`)

// PoliciesNew scaffolds a check of one's own: DIR/policies/ID.rego (a
// policy met by a binding statement on its topic), DIR/policies/ID_test.rego
// (its unit tests) and DIR/rules/ID.yaml (the topic's vocabulary). It
// writes no file that exists, and lists what it wrote.
func PoliciesNew(opt PoliciesNewOptions, stdout io.Writer) error {
	if !checkID.MatchString(opt.ID) {
		return &UsageError{Msg: fmt.Sprintf("policies new %q: an id is a capital letter then capitals, digits or _ (C7, GL1)", opt.ID)}
	}
	if opt.Dir == "" {
		opt.Dir = "."
	}
	if opt.Severity == "" {
		opt.Severity = "warning"
	}
	if opt.Severity != "warning" && opt.Severity != "critical" {
		return &UsageError{Msg: fmt.Sprintf("--severity %q (want critical or warning)", opt.Severity)}
	}
	name := strings.ToLower(opt.ID)
	if opt.Topic == "" {
		opt.Topic = name
	}
	if !topicName.MatchString(opt.Topic) {
		return &UsageError{Msg: fmt.Sprintf("--topic %q: a concept name is lower case letters, digits and _", opt.Topic)}
	}
	if opt.Title == "" {
		opt.Title = opt.ID + " (describe the check)"
	}
	if len(opt.Phrases) == 0 {
		opt.Phrases = []string{strings.ReplaceAll(opt.Topic, "_", " ")}
	}
	files := []struct{ path, text string }{
		{filepath.Join(opt.Dir, "policies", name+".rego"), scaffoldPolicy(opt, name)},
		{filepath.Join(opt.Dir, "policies", name+"_test.rego"), scaffoldTest(opt, name)},
		{filepath.Join(opt.Dir, "rules", name+".yaml"), scaffoldRules(opt)},
	}
	for _, f := range files {
		if _, err := os.Lstat(f.path); err == nil {
			return fmt.Errorf("policies new: %s exists; refusing to overwrite it", f.path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("policies new: %w", err)
		}
	}
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return fmt.Errorf("policies new: %w", err)
		}
		if err := os.WriteFile(f.path, []byte(f.text), 0o644); err != nil {
			return fmt.Errorf("policies new: %w", err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", f.path)
	}
	rules, pols := filepath.Join(opt.Dir, "rules"), filepath.Join(opt.Dir, "policies")
	fmt.Fprintf(stdout, "next: edit the phrases in %s and the policy, then\n  clausecheck policies test %s\n  clausecheck check --rules %s --policies %s DRAFT\n",
		files[2].path, pols, rules, pols)
	return nil
}

func regoString(s string) string { return fmt.Sprintf("%q", s) }

func yamlString(s string) string { return fmt.Sprintf("%q", s) }

func scaffoldPolicy(o PoliciesNewOptions, name string) string {
	return `# METADATA
# title: ` + yamlString(o.Title) + `
# description: |
#   Met when a binding sentence of the text in force speaks of ` + o.Topic + `
#   and does not negate it. Say here what the check asks of a draft.
# custom:
#   id: ` + o.ID + `
#   severity: ` + o.Severity + `
#   remediation: >-
#     Say here what to ask for when the draft falls short.
package clausecheck.custom.` + name + `

import rego.v1

# The statements of the draft (input schema clausecheck/input/v2, see
# policies/README.md; clausecheck check --format input DRAFT prints them)
# that are terms in force and speak of the topic of rules/` + name + `.yaml.
on_topic := [s |
	some s in input.statements
	s.binding
	` + regoString(o.Topic) + ` in s.concepts
]

affirmed := [s | some s in on_topic; not s.negated]

evidence(ss) := [{"clause": s.clause, "page": s.page, "quote": s.quote} | some s in ss]

finding := {
	"status": "met",
	"reason": ` + regoString(o.Topic+" is addressed") + `,
	"evidence": evidence(affirmed),
	"facts": {"statements": count(affirmed)},
} if {
	count(affirmed) > 0
} else := {
	"status": "conflict",
	"reason": ` + regoString(o.Topic+" is addressed only in the negative") + `,
	"evidence": evidence(on_topic),
	"facts": {"statements": count(on_topic)},
} if {
	count(on_topic) > 0
} else := {
	"status": "missing",
	"reason": ` + regoString("no binding clause addresses "+o.Topic) + `,
	"evidence": [],
	"facts": {},
}
`
}

func scaffoldTest(o PoliciesNewOptions, name string) string {
	return `package clausecheck.custom.` + name + `_test

import rego.v1

import data.clausecheck.custom.` + name + `

st(binding, negated) := {
	"clause": "1.1", "page": 0, "quote": "a sentence", "binding": binding, "negated": negated,
	"concepts": [` + regoString(o.Topic) + `],
}

test_a_binding_statement_is_met if {
	` + name + `.finding.status == "met" with input as {"statements": [st(true, false)]}
}

test_a_negated_statement_is_a_conflict if {
	` + name + `.finding.status == "conflict" with input as {"statements": [st(true, true)]}
}

test_a_recital_is_no_term if {
	` + name + `.finding.status == "missing" with input as {"statements": [st(false, false)]}
}

test_nothing_is_missing if {
	` + name + `.finding.status == "missing" with input as {"statements": []}
}
`
}

func scaffoldRules(o PoliciesNewOptions) string {
	var q []string
	for _, p := range o.Phrases {
		q = append(q, yamlString(p))
	}
	return `# The vocabulary of check ` + o.ID + `: the statements that use one of these
# phrases list "` + o.Topic + `" in input.statements[].concepts. Phrases match
# whole words, ignoring case; "*" at the end of a word matches any ending
# (see rules/README.md). This file extends the embedded vocabulary.
version: 2

concepts:
  ` + o.Topic + `:
    phrases: [` + strings.Join(q, ", ") + `]
`
}
