package clausecheck.bedrock.c5_test

import data.clausecheck.bedrock.c5
import data.lib.testing as t
import rego.v1

ci(f) := t.frame(object.union({"right": false, "no_fee": false, "fee_charged": false}, f))

test_met if c5.finding.status == "met" with input as t.doc({"custom_import": [ci({"right": true}), ci({"no_fee": true})]})

test_right_without_fee_term_is_partial if {
	f := c5.finding with input as t.doc({"custom_import": [ci({"right": true})]})
	f.status == "partial"
	contains(f.reason, "nothing is said about fees")
}

test_fee_is_conflict if {
	c5.finding.status == "conflict" with input as t.doc({"custom_import": [ci({"right": true}), ci({"fee_charged": true})]})
}

test_missing if c5.finding.status == "missing" with input as t.doc({})
