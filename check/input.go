package check

import (
	"bytes"
	"encoding/json"

	"github.com/clausecheck/clausecheck/interpret"
)

// InputSchema names the shape of the policy input (see policies/README.md).
const InputSchema = "clausecheck/input/v2"

// Input is the document as the policies see it (input in Rego): the typed
// frames of the playbook read from the effective draft, the notices of
// what could not be read, and every statement for policies of one's own.
type Input struct {
	Schema     string             `json:"schema"`
	Document   DocInfo            `json:"document"`
	Thresholds map[string]float64 `json:"thresholds"`
	Frames     *interpret.Frames  `json:"frames"`
	// Unresolved maps a check id to the amendments touching it that could
	// not be applied: such a check is never met.
	Unresolved map[string][]string `json:"unresolved"`
	// Overrides are the precedence decisions applied.
	Overrides  []Override  `json:"overrides"`
	Notices    []string    `json:"notices"`
	Statements []Statement `json:"statements"`
}

// DocInfo describes the draft as a whole.
type DocInfo struct {
	Path string `json:"path"`
	// Provider is "aws" (an AWS/Bedrock contract), "other" (another AI
	// provider's contract: Azure OpenAI, Vertex AI, …) or "unknown".
	Provider     string   `json:"provider"`
	ProviderName string   `json:"provider_name"`
	Subject      []string `json:"subject"`
	NonBinding   bool     `json:"nonbinding"`
}

// Override is one precedence decision ("5.3 is overridden by 9.1").
type Override struct {
	Winner string `json:"winner"`
	Loser  string `json:"loser"`
	Basis  string `json:"basis"`
}

// Statement is one proposition of the draft, for user policies.
type Statement struct {
	Clause     string    `json:"clause"`
	Page       int       `json:"page"`
	Quote      string    `json:"quote"`
	Actor      string    `json:"actor"`
	Modality   string    `json:"modality"`
	Negated    bool      `json:"negated"`
	Binding    bool      `json:"binding"`
	Nonbinding string    `json:"nonbinding"`
	Concepts   []string  `json:"concepts"`
	Negates    []string  `json:"negates"`
	Conditions []string  `json:"conditions"`
	Exceptions []string  `json:"exceptions"`
	Percent    []float64 `json:"percent"`
	Days       []float64 `json:"days"`
	Money      []float64 `json:"money"`
}

// buildInput builds the input of a reading; without statements, its
// Statements are left empty (no policy in force reads them).
func buildInput(rg *interpret.Reading, th map[string]float64, statements bool) *Input {
	in := &Input{
		Schema: InputSchema,
		Document: DocInfo{Path: rg.Path, Provider: rg.Provider, ProviderName: rg.ProviderName,
			Subject: subject(rg), NonBinding: rg.NonBinding},
		Thresholds: th,
		Frames:     rg.Frames(),
		Unresolved: map[string][]string{},
		Overrides:  []Override{},
		Notices:    append([]string{}, rg.Notices...),
		Statements: []Statement{},
	}
	for k, v := range rg.UnresolvedChecks() {
		in.Unresolved[k] = v
	}
	for _, o := range rg.Overrides {
		in.Overrides = append(in.Overrides, Override{Winner: o.Winner, Loser: o.Loser, Basis: o.Basis})
	}
	if statements {
		for _, st := range rg.Statements {
			in.Statements = append(in.Statements, statementOf(st))
		}
	}
	return in
}

func subject(rg *interpret.Reading) []string {
	out := []string{}
	for _, k := range []string{"bedrock", "provisioned"} {
		if rg.Subject[k] {
			out = append(out, k)
		}
	}
	return out
}

func statementOf(st *interpret.Statement) Statement {
	s := Statement{Clause: st.Clause, Page: st.Page, Quote: st.Quote, Actor: st.Actor, Modality: st.Modality,
		Negated: st.Negated, Binding: st.Binding, Nonbinding: st.Nonbinding,
		Concepts: []string{}, Negates: []string{}, Conditions: []string{}, Exceptions: []string{},
		Percent: []float64{}, Days: []float64{}, Money: []float64{}}
	seen := map[string]bool{}
	add := func(list *[]string, c, role string) {
		if !seen[role+c] {
			seen[role+c] = true
			*list = append(*list, c)
		}
	}
	for _, o := range st.Occs {
		switch o.Role {
		case interpret.RoleMain, interpret.RoleSubject:
			add(&s.Concepts, o.Concept, "m")
			if o.Neg {
				add(&s.Negates, o.Concept, "n")
			}
		case interpret.RoleCondition, interpret.RoleProviso:
			add(&s.Conditions, o.Concept, "c")
		case interpret.RoleException:
			add(&s.Exceptions, o.Concept, "e")
		}
	}
	for _, f := range st.Facts {
		switch f.Kind {
		case "percent":
			s.Percent = append(s.Percent, f.Value)
		case "duration":
			s.Days = append(s.Days, f.Value)
		case "money":
			s.Money = append(s.Money, f.Value)
		}
	}
	return s
}

// Value returns the input as plain maps and slices, the form the policies
// package converts to a Rego value.
func (in *Input) Value() (map[string]any, error) {
	data, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}
