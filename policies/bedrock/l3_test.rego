package clausecheck.bedrock.l3_test

import data.clausecheck.bedrock.l3
import data.lib.testing as t
import rego.v1

pt := {"provisioned": true, "on_demand": false, "bedrock": true, "other_service": false}

facts(p, m) := {"percent": p, "days": [], "money": m, "dates": []}

test_l3_met if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"scope": pt, "elements": ["tiers", "discount"], "facts": facts([36, 42, 48], [])})]})
}

test_l3_partial_no_tiers if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"scope": pt, "elements": ["discount"], "facts": facts([40], [])})]})
}

test_l3_partial_below_floor if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"scope": pt, "elements": ["tiers"], "facts": facts([20, 30], [])})]})
}

test_l3_missing_other_provider if {
	l3.finding.status == "missing" with input as t.other_doc({"pt_credits": [t.hit({"scope": pt, "elements": ["tiers"], "facts": facts([40], [])})]})
}

test_l3_several_levels_are_tiers if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"scope": pt, "elements": ["discount"], "facts": facts([39, 46], [])})]})
}

test_l3_prepaid_fees_are_not_pt_credits if {
	h := t.hit({"elements": ["discount"], "facts": facts([40], [])})
	f := l3.finding with input as t.doc({"pt_credits": [h]})
	f.status == "missing"
	f.evidence == []
}

test_l3_list_item_takes_the_scope_of_its_lead_in if {
	lead := t.hit({"clause": "3.2", "scope": pt, "elements": ["tiers"]})
	item := t.hit({"clause": "3.2(a)", "parent": "3.2", "elements": ["discount"], "facts": facts([38, 44], [])})
	l3.finding.status == "met" with input as t.doc({"pt_credits": [lead, item]})
}

test_l3_levels_in_list_items if {
	lead := t.hit({"clause": "3.1", "scope": pt, "elements": ["tiers"]})
	a := t.hit({"clause": "3.1(a)", "parent": "3.1", "term": "", "elements": ["discount"], "facts": facts([35], [])})
	b := t.hit({"clause": "3.1(b)", "parent": "3.1", "term": "", "elements": ["discount"], "facts": facts([40], [])})
	f := l3.finding with input as t.doc({"pt_credits": [lead, a, b]})
	f.status == "met"
	f.facts.discount_percent_min == 35
}
