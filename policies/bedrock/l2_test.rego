package clausecheck.bedrock.l2_test

import data.clausecheck.bedrock.l2
import data.lib.testing as t
import rego.v1

br := {"provisioned": false, "on_demand": false, "bedrock": true, "other_service": false}

facts(p, m) := {"percent": p, "days": [], "money": m, "dates": []}

commit(p) := t.hit({"scope": br, "elements": ["commitment", "discount", "edp"], "facts": facts(p, [{"value": 8000000, "currency": "USD", "unit": "", "period": "year"}])})

test_l2_met if {
	l2.finding.status == "met" with input as t.doc({"multi_model": [t.hit({"elements": ["flex", "commitment"]})]})
}

test_l2_met_other_provider if {
	l2.finding.status == "met" with input as t.other_doc({"multi_model": [t.hit({"elements": ["flex", "commitment"]})]})
}

test_l2_partial_per_model if {
	l2.finding.status == "partial" with input as t.doc({"multi_model": [t.hit({"elements": ["per_model", "commitment"]})]})
}

test_l2_per_model_cap_is_not_a_commitment if {
	hits := [t.hit({"elements": ["flex", "commitment"]}), t.hit({"elements": ["per_model"]})]
	l2.finding.status == "met" with input as t.doc({"multi_model": hits})
}

test_l2_missing if {
	l2.finding.status == "missing" with input as t.doc({})
}

test_l2_partial_amounts_per_model_family if {
	money := [{"value": 700000, "currency": "USD", "unit": "", "period": "year"}]
	h := t.hit({"elements": ["family", "commitment"], "facts": facts([], money)})
	l2.finding.status == "partial" with input as t.doc({"multi_model": [h]})
}

test_l2_families_named_in_a_flexible_pool_are_met if {
	money := [{"value": 8000000, "currency": "USD", "unit": "", "period": "year"}]
	h := t.hit({"elements": ["flex", "family", "commitment"], "facts": facts([], money)})
	l2.finding.status == "met" with input as t.doc({"multi_model": [h]})
}
