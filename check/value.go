package check

import "sort"

// Value returns the input as plain maps and slices (what the policies
// package converts to a Rego value without a JSON round trip). Its JSON
// encoding is the same as the Input's.
func (in *Input) Value() map[string]any {
	th := make(map[string]any, len(in.Thresholds))
	for k, v := range in.Thresholds {
		th[k] = v
	}
	topics := make(map[string]any, len(in.Topics))
	ids := make([]string, 0, len(in.Topics))
	for id := range in.Topics {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		hits := in.Topics[id]
		arr := make([]any, len(hits))
		for i := range hits {
			arr[i] = hits[i].value()
		}
		topics[id] = arr
	}
	return map[string]any{
		"document":   map[string]any{"path": in.Document.Path, "provider": in.Document.Provider},
		"thresholds": th,
		"topics":     topics,
	}
}

func (h *Hit) value() map[string]any {
	money := make([]any, len(h.Facts.Money))
	for i, m := range h.Facts.Money {
		money[i] = map[string]any{"value": m.Value, "currency": m.Currency, "unit": m.Unit, "period": m.Period}
	}
	return map[string]any{
		"clause": h.Clause, "parent": h.Parent, "anchor": h.Anchor, "page": h.Page, "heading": h.Heading, "kind": h.Kind,
		"quote": h.Quote, "term": h.Term, "polarity": h.Polarity, "party": h.Party,
		"binding": h.Binding, "nonbinding": h.Nonbinding, "omitted": h.Omitted,
		"elements": strs(h.Elements), "negated_elements": strs(h.NegatedElements),
		"affirmed_elements": strs(h.AffirmedElements), "permitted_elements": strs(h.PermittedElements),
		"facts": map[string]any{
			"percent": floats(h.Facts.Percent), "days": floats(h.Facts.Days),
			"money": money, "dates": strs(h.Facts.Dates),
		},
		"scope": map[string]any{
			"provisioned": h.Scope.Provisioned, "on_demand": h.Scope.OnDemand,
			"bedrock": h.Scope.Bedrock, "other_service": h.Scope.OtherService,
		},
		"missing_refs":  strs(h.MissingRefs),
		"superseded_by": h.SupersededBy,
		"amended_from":  h.AmendedFrom,
		"basis":         h.Basis,
		"usable":        h.Usable,
		"exception":     h.Exception,
		"hypothetical":  h.Hypothetical,
	}
}

func strs(s []string) []any {
	out := make([]any, len(s))
	for i := range s {
		out[i] = s[i]
	}
	return out
}

func floats(s []float64) []any {
	out := make([]any, len(s))
	for i := range s {
		out[i] = s[i]
	}
	return out
}
