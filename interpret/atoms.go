package interpret

import (
	"fmt"
	"reflect"
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
	if len(rg.Omitted) > 0 {
		return nil, false
	}
	set := map[string]bool{}
	var modal []string
	perSentence := map[string]bool{}
	for _, d := range rg.Definitions {
		// a definition's every word is its meaning
		set["definition:"+d.Term+"="+strings.Join(strings.Fields(strings.ToLower(d.body)), " ")] = true
	}
	for _, st := range rg.Statements {
		if st.Placeholder || st.Deferred {
			return nil, false
		}
		if !st.Binding {
			set["nonbinding:"+st.Nonbinding] = true
		}
		// one per sentence, with its actor ("@" and none when the
		// sentence names none, as in the passive voice): a permission
		// turned into a prohibition in one sentence is not hidden by the
		// same prohibition in another
		m := fmt.Sprintf("modality:%s/neg=%v/only=%v@%s", st.Modality, st.Negated, st.Restrictive, st.Actor)
		if k := fmt.Sprint(st.Sentence, m); !perSentence[k] {
			perSentence[k] = true
			modal = append(modal, m)
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
	for _, a := range frameAtoms(rg.Frames()) {
		set[a] = true
	}
	for a := range set {
		atoms = append(atoms, a)
	}
	atoms = append(atoms, modal...)
	slices.Sort(atoms)
	return atoms, true
}

// frameAtoms returns what the playbook frames record, one atom per field
// that is set ("frame:PTCancellation.holder=customer", one per element of
// a list), without where it was read (statement, clause, page, quote): the
// same input of a check in other words, or in one sentence instead of two,
// gives the same atoms.
func frameAtoms(f *Frames) []string {
	var out []string
	v := reflect.ValueOf(f).Elem()
	for i := 0; i < v.NumField(); i++ {
		list := v.Field(i)
		if list.Kind() != reflect.Slice {
			continue
		}
		kind := v.Type().Field(i).Name
		for k := 0; k < list.Len(); k++ {
			fr := list.Index(k)
			for j := 0; j < fr.NumField(); j++ {
				field := fr.Type().Field(j)
				name := strings.Split(field.Tag.Get("json"), ",")[0]
				if !field.IsExported() || name == "" || name == "clause" || name == "page" || name == "heading" {
					continue
				}
				if field.Name == "Base" {
					b := fr.Field(j).Interface().(Base)
					if !b.Binding {
						out = append(out, "frame:"+kind+".nonbinding="+b.Nonbinding)
					}
					if b.Deferred || len(b.MissingRefs) > 0 {
						out = append(out, "frame:"+kind+".unresolved")
					}
					continue
				}
				val := fr.Field(j)
				if val.Kind() == reflect.Slice {
					for e := 0; e < val.Len(); e++ {
						out = append(out, fmt.Sprintf("frame:%s.%s=%v", kind, name, val.Index(e).Interface()))
					}
					continue
				}
				if !val.IsZero() {
					out = append(out, fmt.Sprintf("frame:%s.%s=%v", kind, name, val.Interface()))
				}
			}
		}
	}
	return out
}
