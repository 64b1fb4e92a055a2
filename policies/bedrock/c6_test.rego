package clausecheck.bedrock.c6_test

import data.clausecheck.bedrock.c6
import data.lib.testing as t
import rego.v1

pt := {"provisioned": true, "on_demand": false, "bedrock": true, "other_service": false}

od := {"provisioned": false, "on_demand": true, "bedrock": true, "other_service": false}

pct(p) := {"percent": [p], "days": [], "money": [], "dates": []}

test_met if {
	f := c6.finding with input as t.doc({"pt_sla": [t.hit({"scope": pt, "facts": pct(99.9), "elements": ["credits"]})]})
	f.status == "met"
	f.facts.sla_percent == 99.9
}

test_met_credits_in_next_sentence if {
	hits := [t.hit({"scope": pt, "facts": pct(99.95)}), t.hit({"term": "", "elements": ["credits"]})]
	c6.finding.status == "met" with input as t.doc({"pt_sla": hits})
}

test_partial_below_threshold if {
	f := c6.finding with input as t.doc({"pt_sla": [t.hit({"scope": pt, "facts": pct(99.5), "elements": ["credits"]})]})
	f.status == "partial"
	contains(f.reason, "99.5")
}

test_partial_no_credits if {
	c6.finding.status == "partial" with input as t.doc({"pt_sla": [t.hit({"scope": pt, "facts": pct(99.9)})]})
}

test_on_demand_sla_does_not_cover_pt if {
	c6.finding.status == "missing" with input as t.doc({"pt_sla": [t.hit({"scope": od, "facts": pct(99.9), "elements": ["credits"]})]})
}

test_other_service_ignored if {
	other := object.union(pt, {"provisioned": false, "other_service": true})
	c6.finding.status == "missing" with input as t.doc({"pt_sla": [t.hit({"scope": other, "facts": pct(99.99), "elements": ["credits"]})]})
}

test_conflict_excluded if {
	c6.finding.status == "conflict" with input as t.doc({"pt_sla": [t.hit({"scope": pt, "elements": ["excluded", "best_effort"]})]})
}

test_missing if {
	c6.finding.status == "missing" with input as t.doc({})
}

test_partial_discretionary_credits if {
	# "AWS may issue a service credit" is no committed credit.
	hits := [t.hit({"scope": pt, "facts": pct(99.9)}), t.hit({"term": "", "elements": ["credits"], "permitted_elements": ["credits"]})]
	c6.finding.status == "partial" with input as t.doc({"pt_sla": hits})
}

test_credit_scale_is_not_the_availability_promised if {
	commit := t.hit({"clause": "B.1", "scope": pt, "facts": pct(99.9)})
	scale := t.hit({"clause": "B.2", "scope": pt, "facts": {"percent": [15, 50, 95], "days": [], "money": [], "dates": []}, "elements": ["credits", "credit_scale"]})
	f := c6.finding with input as t.doc({"pt_sla": [commit, scale]})
	f.status == "met"
	f.facts.sla_percent == 99.9
}

test_credit_scale_alone_states_the_level if {
	scale := t.hit({"scope": pt, "facts": {"percent": [99.9, 10, 95], "days": [], "money": [], "dates": []}, "elements": ["credits", "credit_scale"]})
	f := c6.finding with input as t.doc({"pt_sla": [scale]})
	f.status == "met"
	f.facts.sla_percent == 99.9
}

test_credit_scale_line_is_no_availability if {
	promise := t.hit({"clause": "5.2", "scope": pt, "facts": pct(99.9), "elements": ["credits"]})
	line := t.hit({"clause": "5.4(iii)", "parent": "5.4", "scope": pt, "facts": {"percent": [100, 95], "days": [], "money": [], "dates": []}, "elements": ["credit_scale"]})
	f := c6.finding with input as t.doc({"pt_sla": [promise, line]})
	f.status == "met"
	f.facts.sla_percent == 99.9
}
