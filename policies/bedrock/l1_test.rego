package clausecheck.bedrock.l1_test

import data.clausecheck.bedrock.l1
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
