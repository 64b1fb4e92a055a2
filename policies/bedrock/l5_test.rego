package clausecheck.bedrock.l5_test

import data.clausecheck.bedrock.l5
import data.lib.testing as t
import rego.v1

test_price_and_cap_are_met if {
	l5.finding.status == "met" with input as t.doc({"vector_storage": [t.frame({"priced": true, "cap": false}), t.frame({"priced": false, "cap": true})]})
}

test_price_without_cap_is_partial if {
	l5.finding.status == "partial" with input as t.doc({"vector_storage": [t.frame({"priced": true, "cap": false})]})
}

test_missing if l5.finding.status == "missing" with input as t.doc({})
