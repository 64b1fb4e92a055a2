package clausecheck.bedrock.levers_test

import data.clausecheck.bedrock.l1
import data.clausecheck.bedrock.l2
import data.clausecheck.bedrock.l3
import data.clausecheck.bedrock.l4
import data.clausecheck.bedrock.l5
import data.clausecheck.bedrock.l6
import data.clausecheck.bedrock.l7
import data.lib.testing as t
import rego.v1

br := {"provisioned": false, "on_demand": false, "bedrock": true, "other_service": false}

facts(p, m) := {"percent": p, "days": [], "money": m, "dates": []}

commit(p) := t.hit({"scope": br, "elements": ["commitment", "discount", "edp"], "facts": facts(p, [{"value": 8000000, "currency": "USD", "unit": "", "period": "year"}])})

test_l1_met if {
	f := l1.finding with input as t.doc({"edp_commit": [commit([28])]})
	f.status == "met"
	f.facts.discount_percent == 28
	f.facts.commit_usd_per_year == 8000000
}

test_l1_partial_below_floor if {
	f := l1.finding with input as t.doc({"edp_commit": [commit([12])]})
	f.status == "partial"
	contains(f.reason, "below the 18% floor")
}

test_l1_partial_no_discount if {
	l1.finding.status == "partial" with input as t.doc({"edp_commit": [t.hit({"scope": br, "elements": ["commitment", "edp"]})]})
}

test_l1_other_provider_missing if {
	l1.finding.status == "missing" with input as t.other_doc({"edp_commit": [commit([28])]})
}

test_l1_missing if {
	l1.finding.status == "missing" with input as t.doc({})
}

test_l2_met if {
	l2.finding.status == "met" with input as t.doc({"multi_model": [t.hit({"elements": ["flex"]})]})
}

test_l2_met_other_provider if {
	l2.finding.status == "met" with input as t.other_doc({"multi_model": [t.hit({"elements": ["flex"]})]})
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

test_l3_met if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"elements": ["tiers", "discount"], "facts": facts([36, 42, 48], [])})]})
}

test_l3_partial_no_tiers if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"elements": ["discount"], "facts": facts([40], [])})]})
}

test_l3_partial_below_floor if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"elements": ["tiers"], "facts": facts([20, 30], [])})]})
}

test_l3_missing_other_provider if {
	l3.finding.status == "missing" with input as t.other_doc({"pt_credits": [t.hit({"elements": ["tiers"], "facts": facts([40], [])})]})
}

test_l4_met if {
	l4.finding.status == "met" with input as t.other_doc({"alt_quote": [t.hit({"elements": ["alternative"]})]})
}

test_l4_partial_good_faith if {
	l4.finding.status == "partial" with input as t.doc({"alt_quote": [t.hit({"binding": false, "elements": ["alternative"]})]})
}

test_l4_missing if {
	l4.finding.status == "missing" with input as t.doc({"alt_quote": [t.hit({})]})
}

test_l5_met if {
	l5.finding.status == "met" with input as t.doc({"vector_storage": [t.hit({"elements": ["pricing", "cap"]})]})
}

test_l5_partial if {
	l5.finding.status == "partial" with input as t.doc({"vector_storage": [t.hit({"elements": ["pricing"]})]})
}

test_l5_missing if {
	l5.finding.status == "missing" with input as t.doc({})
}

test_l6_met if {
	l6.finding.status == "met" with input as t.doc({"guardrails_rate": [t.hit({"elements": ["sliding", "rate"]})]})
}

test_l6_partial_flat if {
	l6.finding.status == "partial" with input as t.doc({"guardrails_rate": [t.hit({"elements": ["flat", "rate"]})]})
}

test_l6_missing if {
	l6.finding.status == "missing" with input as t.doc({"guardrails_rate": [t.hit({})]})
}

test_l7_met if {
	l7.finding.status == "met" with input as t.doc({"edp_timing": [t.hit({"elements": ["aligned"]})], "edp_commit": [commit([28])]})
}

test_l7_needs_a_commitment if {
	l7.finding.status == "missing" with input as t.doc({"edp_timing": [t.hit({"elements": ["aligned"]})]})
}

test_l7_partial_nonbinding if {
	l7.finding.status == "partial" with input as t.doc({"edp_timing": [t.hit({"binding": false, "elements": ["aligned"]})], "edp_commit": [commit([28])]})
}

test_l7_missing if {
	l7.finding.status == "missing" with input as t.other_doc({"edp_timing": [t.hit({"elements": ["aligned"]})]})
}

test_l3_several_levels_are_tiers if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"elements": ["discount"], "facts": facts([39, 46], [])})]})
}
