package interpret

import (
	"fmt"
	"slices"
	"strings"

	"github.com/clausecheck/clausecheck/document"
)

// Atoms reads one clause's text on its own and says what it does, as a
// sorted set of short strings: for every statement, who (the actor), how
// (modality, negation, "only", binding), and each concept it names with
// its role and negation, each fact with its value (durations in calendar
// days), each condition, exception or proviso. Two texts with the same
// atoms do the same thing as far as the vocabulary can tell.
//
// ok is false where that cannot be vouched for: the text defines a term
// (a definition's every word is its meaning) or leaves its terms to be
// agreed. The diff uses Atoms to tell a rewording from a change of
// substance.
func (rd *Reader) Atoms(text string) (atoms []string, ok bool) {
	doc := &document.Document{Path: "clause", Format: document.FormatText, Definitions: map[string]string{},
		Clauses: []document.Clause{{ID: "1", Number: "1", Kind: document.KindClause, Level: 1, Text: text, End: len(text)}}}
	rg := rd.Read(doc)
	if len(rg.Definitions) > 0 || len(rg.Omitted) > 0 {
		return nil, false
	}
	set := map[string]bool{}
	for _, st := range rg.Statements {
		if st.Placeholder || st.Deferred {
			return nil, false
		}
		if !st.Binding {
			set["nonbinding:"+st.Nonbinding] = true
		}
		set[fmt.Sprintf("modality:%s/neg=%v/only=%v", st.Modality, st.Negated, st.Restrictive)] = true
		if st.Actor != "" {
			set["actor:"+st.Actor] = true
		}
		for _, o := range st.Occs {
			if o.Concept != "aws" { // a party named, not a thing dealt with
				set["concept:"+o.Concept] = true
			}
		}
		for _, f := range st.Facts {
			set[fmt.Sprintf("fact:%s=%g%s/%s", f.Kind, f.Value, strings.ToUpper(f.Currency), strings.ToLower(f.Period))] = true
		}
		for _, s := range st.Subs {
			// ("if both (i) … and (ii) …" is not "if …, or if …")
			set[fmt.Sprintf("sub:%s/joint=%v", s.Role, s.Joint)] = true
		}
	}
	for a := range set {
		atoms = append(atoms, a)
	}
	slices.Sort(atoms)
	return atoms, true
}
