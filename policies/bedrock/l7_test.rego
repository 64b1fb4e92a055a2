package clausecheck.bedrock.l7_test

import data.clausecheck.bedrock.l7
import data.lib.testing as t
import rego.v1

commit(f) := t.frame(object.union({"bedrock": true, "amount": 0, "pool": false, "split": false, "aligned": false, "independent": false, "edp": true}, f))

test_aligned_is_met if l7.finding.status == "met" with input as t.doc({"commitment": [commit({"aligned": true})]})

test_independent_term_is_missing if {
	f := l7.finding with input as t.doc({"commitment": [commit({"aligned": true}), commit({"independent": true})]})
	f.status == "missing"
	contains(f.reason, "independent")
}

test_no_link_is_missing if l7.finding.status == "missing" with input as t.doc({"commitment": [commit({})]})

test_never_partial if l7.finding.status != "partial" with input as t.doc({"commitment": [t.recital({"bedrock": true, "aligned": true})]})
