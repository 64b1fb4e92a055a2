package rules

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestDefaultRedline(t *testing.T) {
	r, err := DefaultRedline()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.FunctionWords) == 0 || len(r.Equivalent) == 0 || len(r.Furniture["legend"]) == 0 || len(r.CountedWords) == 0 {
		t.Errorf("embedded redline vocabulary is missing a list: %+v", r)
	}
	// a word that changes a deal is never dropped, and its uses are counted
	for _, w := range []string{"not", "no", "only", "or", "may", "except", "unless", "both", "either"} {
		if slices.Contains(r.FunctionWords, w) {
			t.Errorf("%q is a function word", w)
		}
		if !slices.Contains(r.CountedWords, w) {
			t.Errorf("%q is not a counted word", w)
		}
	}
}

// TestScopeConceptsExist: every scope concept of the redline vocabulary
// is a concept of the embedded clause vocabulary, so a renamed concept
// cannot silently drop out of the reworded test.
func TestScopeConceptsExist(t *testing.T) {
	r, err := DefaultRedline()
	if err != nil {
		t.Fatal(err)
	}
	concepts := MustDefault().Concepts()
	if len(r.ScopeConcepts) == 0 {
		t.Fatal("no scope concepts")
	}
	for _, c := range r.ScopeConcepts {
		if !slices.Contains(concepts, c) {
			t.Errorf("scope concept %q is not a concept of the vocabulary", c)
		}
	}
}

func TestParseRedlineRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown key":          "version: 1\nsynonyms: [[a, b]]\n",
		"wrong version":        "version: 2\n",
		"one-word group":       "version: 1\nequivalent: [[shall]]\n",
		"phrase as equivalent": "version: 1\nequivalent: [[give notice, notify]]\n",
		"word in two groups":   "version: 1\nequivalent: [[shall, will], [will, must]]\n",
		"function and equal":   "version: 1\nfunction_words: [will]\nequivalent: [[shall, will]]\n",
		"phrase without pair":  "version: 1\nphrases: [[not less than]]\n",
		"furniture all stars":  "version: 1\nfurniture: {legend: [\"* *\"]}\n",
		"scope phrase":         "version: 1\nscope_concepts: [custom model]\n",
	} {
		_, err := ParseRedline([]byte(doc))
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		} else if !strings.Contains(err.Error(), "redline vocabulary") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}
