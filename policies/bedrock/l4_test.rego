package clausecheck.bedrock.l4_test

import data.clausecheck.bedrock.l4
import data.lib.testing as t
import rego.v1

test_l4_met if {
	l4.finding.status == "met" with input as t.other_doc({"alt_quote": [t.hit({"elements": ["alternative"]})]})
}

test_l4_partial_good_faith if {
	l4.finding.status == "partial" with input as t.doc({"alt_quote": [t.hit({"binding": false, "elements": ["alternative"]})]})
}

test_l4_missing if {
	l4.finding.status == "missing" with input as t.doc({"alt_quote": [t.hit({})]})
}
