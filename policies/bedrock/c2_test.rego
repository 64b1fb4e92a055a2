package clausecheck.bedrock.c2_test

import data.clausecheck.bedrock.c2
import data.lib.testing as t
import rego.v1

lc(f) := t.frame(object.union({"remedy": false, "no_remedy": false, "notice": false, "at_will": false, "custom_models": false}, f))

test_met_with_a_remedy if {
	f := c2.finding with input as t.doc({"model_lifecycle": [lc({"notice": true, "notice_days": 180}), lc({"remedy": true})]})
	f.status == "met"
	f.facts.notice_days == 180
}

test_notice_only_is_partial if {
	f := c2.finding with input as t.doc({"model_lifecycle": [lc({"notice": true, "notice_days": 90})]})
	f.status == "partial"
	contains(f.reason, "90 days")
}

test_at_will_is_conflict_even_with_a_remedy if {
	c2.finding.status == "conflict" with input as t.doc({"model_lifecycle": [lc({"remedy": true}), lc({"at_will": true})]})
}

test_remedy_ruled_out_is_conflict if {
	c2.finding.status == "conflict" with input as t.doc({"model_lifecycle": [lc({"notice": true}), lc({"no_remedy": true})]})
}

test_superseded_remedy_does_not_count if {
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [lc({"notice": true}), object.union(lc({"remedy": true}), {"in_force": false, "superseded_by": "9.1"})]})
}

test_missing if c2.finding.status == "missing" with input as t.doc({})
