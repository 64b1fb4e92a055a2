package clausecheck.bedrock.l2_test

import data.clausecheck.bedrock.l2
import data.lib.testing as t
import rego.v1

commit(f) := t.frame(object.union({"bedrock": true, "amount": 0, "pool": false, "split": false, "aligned": false, "independent": false, "edp": true}, f))

test_pool_is_met if l2.finding.status == "met" with input as t.doc({"commitment": [commit({}), commit({"pool": true})]})

test_split_is_partial if {
	l2.finding.status == "partial" with input as t.doc({"commitment": [commit({"pool": true}), commit({"split": true})]})
}

test_silent_commitment_is_missing if {
	f := l2.finding with input as t.doc({"commitment": [commit({})]})
	f.status == "missing"
	contains(f.reason, "says nothing")
}

test_not_bedrock_is_missing if {
	l2.finding.status == "missing" with input as t.doc({"commitment": [commit({"bedrock": false, "pool": true})]})
}
