package clausecheck.bedrock.l6_test

import data.clausecheck.bedrock.l6
import data.lib.testing as t
import rego.v1

g(f) := t.frame(object.union({"priced": true, "sliding": false, "flat": false}, f))

test_sliding_is_met if l6.finding.status == "met" with input as t.doc({"guardrails": [g({"sliding": true})]})

test_flat_is_partial if l6.finding.status == "partial" with input as t.doc({"guardrails": [g({"flat": true})]})

test_flat_and_sliding_is_partial if {
	l6.finding.status == "partial" with input as t.doc({"guardrails": [g({"sliding": true}), g({"flat": true})]})
}

test_missing if l6.finding.status == "missing" with input as t.doc({})
