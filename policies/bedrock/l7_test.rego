package clausecheck.bedrock.l7_test

import data.clausecheck.bedrock.l7
import data.lib.testing as t
import rego.v1

br := {"provisioned": false, "on_demand": false, "bedrock": true, "other_service": false}

facts(p, m) := {"percent": p, "days": [], "money": m, "dates": []}

commit(p) := t.hit({"scope": br, "elements": ["commitment", "discount", "edp"], "facts": facts(p, [{"value": 8000000, "currency": "USD", "unit": "", "period": "year"}])})

test_l7_met if {
	l7.finding.status == "met" with input as t.doc({"edp_timing": [t.hit({"elements": ["aligned"]})], "edp_commit": [commit([28])]})
}

test_l7_needs_a_commitment if {
	l7.finding.status == "missing" with input as t.doc({"edp_timing": [t.hit({"elements": ["aligned"]})]})
}

test_l7_nonbinding_is_missing if {
	l7.finding.status == "missing" with input as t.doc({"edp_timing": [t.hit({"binding": false, "elements": ["aligned"]})], "edp_commit": [commit([28])]})
}

test_l7_missing if {
	l7.finding.status == "missing" with input as t.other_doc({"edp_timing": [t.hit({"elements": ["aligned"]})]})
}
