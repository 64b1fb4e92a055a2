package interpret

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/rules"
)

// oneClause is a draft of one clause holding text.
func oneClause(text string) *document.Document {
	return &document.Document{Path: "ex.md", Clauses: []document.Clause{{
		ID: "1.1", Number: "1.1", Kind: document.KindClause, Text: text, End: len(text),
	}}}
}

func mustReader(t testing.TB) *Reader {
	t.Helper()
	rd, err := New(rules.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	return rd
}

// TestVocabularyExamples runs the example sentences of the vocabulary, the
// way gitleaks runs its rules' true and false positives: a reviewer who
// edits a list sees at once what it changed.
func TestVocabularyExamples(t *testing.T) {
	rs := rules.MustDefault()
	rd := mustReader(t)
	for i, ex := range rs.Examples() {
		t.Run(fmt.Sprintf("%d", i+1), func(t *testing.T) {
			rg := rd.Read(oneClause(ex.Text))
			if len(rg.Statements) == 0 {
				t.Fatalf("%q: no statement read", ex.Text)
			}
			st := rg.Statements[0]
			describe := func() string {
				return fmt.Sprintf("%q read as actor=%q modality=%s negated=%v occs=%v", ex.Text, st.Actor, st.Modality, st.Negated, st.Occs)
			}
			if ex.Actor != "" {
				want := ex.Actor
				if want == "none" {
					want = ""
				}
				if st.Actor != want {
					t.Errorf("actor %q, want %q: %s", st.Actor, want, describe())
				}
			}
			if ex.Modality != "" && st.Modality != ex.Modality {
				t.Errorf("modality %s, want %s: %s", st.Modality, ex.Modality, describe())
			}
			if ex.Negated != nil && st.Negated != *ex.Negated {
				t.Errorf("negated %v, want %v: %s", st.Negated, *ex.Negated, describe())
			}
			read := func(c string, roles ...Role) bool {
				for _, s := range rg.Statements {
					if s.has(c, roles...) {
						return true
					}
				}
				return false
			}
			for _, c := range ex.Concepts {
				if !read(c, RoleMain, RoleSubject) {
					t.Errorf("concept %s not read in the statement: %s", c, describe())
				}
			}
			for _, c := range ex.Absent {
				if read(c, RoleMain, RoleSubject, RoleCondition, RoleException, RoleProviso, RoleConcessive, RoleOther) {
					t.Errorf("concept %s read but should not be: %s", c, describe())
				}
			}
			for _, c := range ex.Negates {
				neg := false
				for _, s := range rg.Statements {
					if s.denies(c) {
						neg = true
					}
				}
				if !neg {
					t.Errorf("concept %s not read as negated: %s", c, describe())
				}
			}
			for _, c := range ex.Conditions {
				if !read(c, RoleCondition) {
					t.Errorf("concept %s not read in a condition: %s", c, describe())
				}
			}
			for _, c := range ex.Exceptions {
				if !read(c, RoleException) {
					t.Errorf("concept %s not read in an exception: %s", c, describe())
				}
			}
		})
	}
}

func TestRequiredConcepts(t *testing.T) {
	rs := rules.MustDefault()
	for _, c := range RequiredConcepts {
		if !rs.HasConcept(c) {
			t.Errorf("the embedded vocabulary lacks %s", c)
		}
	}
	// a vocabulary without them is refused with their names
	lean, err := rules.Load(leanFS(), "r")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(lean); err == nil || !slices.Contains([]string{err.Error()}, err.Error()) || !errors.Is(err, rules.ErrInvalid) {
		t.Errorf("New on a vocabulary without the playbook's concepts: %v", err)
	}
}

func leanFS() fstest.MapFS {
	cues := ""
	for _, c := range rules.CueNames {
		cues += "  " + c + ": [x" + c + "]\n"
	}
	src := "version: 2\nchecks:\n  C1: {severity: critical}\ncues:\n" + cues +
		"parties:\n  vendor: [AWS]\n  customer: [Customer]\nconcepts:\n  train: [train*]\n"
	return fstest.MapFS{"r/a.yaml": {Data: []byte(src)}}
}
