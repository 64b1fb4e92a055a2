package lib.testing

import rego.v1

# hit builds a policy input hit: a binding, affirmed, effective sentence.
hit(overrides) := object.union(h, {"usable": usable_of(h), "affirmed_elements": [e | some e in h.elements; not e in h.negated_elements]}) if {
	h := raw_hit(overrides)
}

default usable_of(_) := false

usable_of(h) if {
	h.binding
	not h.omitted
	h.superseded_by == ""
	count(h.missing_refs) == 0
}

raw_hit(overrides) := object.union(
	{
		"clause": "1.1", "parent": "", "anchor": "1.1", "page": 1, "heading": "", "kind": "clause",
		"quote": "a sentence", "term": "term", "polarity": "affirmed", "party": "",
		"binding": true, "nonbinding": "", "omitted": false,
		"elements": [], "negated_elements": [], "permitted_elements": [],
		"facts": {"percent": [], "days": [], "money": [], "dates": []},
		"scope": {"provisioned": false, "on_demand": false, "bedrock": false, "other_service": false},
		"missing_refs": [], "superseded_by": "", "amended_from": "", "basis": "", "exception": false, "hypothetical": false,
	},
	overrides,
)

thresholds := {
	"pt_cancel_notice_days": 60,
	"pt_sla_percent": 99.9,
	"edp_discount_floor_percent": 18,
	"pt_credit_floor_percent": 35,
}

# doc builds an input from topic hits for a Bedrock draft.
doc(topics) := {"document": {"path": "t.md", "provider": "bedrock"}, "thresholds": thresholds, "topics": topics}

other_doc(topics) := {"document": {"path": "t.md", "provider": "other"}, "thresholds": thresholds, "topics": topics}
