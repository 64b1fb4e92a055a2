package clausecheck.bedrock.c3_test

import data.clausecheck.bedrock.c3
import data.lib.testing as t
import rego.v1

right(trig, days) := t.frame({"kind": "right", "holder": "customer", "triggers": trig, "joint": false, "notice_days": days, "business_days": false, "notice_unstated": false, "paid_exit": false, "qualified": false})

denial(q) := t.frame({"kind": "denial", "holder": "", "triggers": [], "joint": false, "paid_exit": false, "qualified": q})

test_met_at_the_limit if {
	f := c3.finding with input as t.doc({"pt_cancellation": [right(["deprecation", "migration"], 60)]})
	f.status == "met"
	f.facts.cancel_notice_days == 60
}

test_triggers_from_items if {
	# "Customer may cancel … in either case: (a) deprecation; (b) migration"
	inp := t.doc({"pt_cancellation": [right([], 30), right(["deprecation"], 30), right(["migration"], 30)]})
	c3.finding.status == "met" with input as inp
}

test_notice_over_the_limit_is_partial if {
	f := c3.finding with input as t.doc({"pt_cancellation": [right(["deprecation", "migration"], 61)]})
	f.status == "partial"
	contains(f.reason, "61 days exceeds")
}

test_threshold_from_config if {
	inp := object.union(t.doc({"pt_cancellation": [right(["deprecation", "migration"], 90)]}), {"thresholds": {"pt_cancel_notice_days": 90}})
	c3.finding.status == "met" with input as inp
}

test_notice_named_but_not_stated_is_partial if {
	u := object.union(right(["deprecation", "migration"], 0), {"notice_unstated": true})
	f := c3.finding with input as t.doc({"pt_cancellation": [u]})
	f.status == "partial"
	contains(f.reason, "not stated")
}

test_one_trigger_is_partial if {
	c3.finding.status == "partial" with input as t.doc({"pt_cancellation": [right(["migration"], 30)]})
}

test_joint_triggers_are_partial if {
	j := object.union(right(["deprecation", "migration"], 30), {"joint": true})
	f := c3.finding with input as t.doc({"pt_cancellation": [j]})
	f.status == "partial"
	contains(f.reason, "combined")
}

test_paid_exit_is_no_right if {
	p := object.union(right(["deprecation", "migration"], 30), {"paid_exit": true})
	c3.finding.status == "missing" with input as t.doc({"pt_cancellation": [p]})
}

test_non_cancellable_is_conflict if {
	c3.finding.status == "conflict" with input as t.doc({"pt_cancellation": [denial(false)]})
}

test_conflict_dominates_a_right if {
	c3.finding.status == "conflict" with input as t.doc({"pt_cancellation": [right(["deprecation", "migration"], 30), denial(false)]})
}

test_qualified_denial_is_no_conflict if {
	c3.finding.status == "met" with input as t.doc({"pt_cancellation": [right(["deprecation", "migration"], 30), denial(true)]})
}

test_vendor_right_is_not_the_customers if {
	v := object.union(right(["deprecation", "migration"], 30), {"holder": "vendor"})
	c3.finding.status == "missing" with input as t.doc({"pt_cancellation": [v]})
}

denied_for(trig) := object.union(denial(false), {"triggers": trig})

test_denial_for_the_other_event_beside_a_right_is_partial if {
	# "We may cancel … where the model is deprecated. There is no
	# cancellation right when we move a workload to another model."
	f := c3.finding with input as t.doc({"pt_cancellation": [right(["deprecation"], 60), denied_for(["migration"])]})
	f.status == "partial"
}

test_denial_for_the_event_a_right_names_is_conflict if {
	inp := t.doc({"pt_cancellation": [right(["deprecation"], 60), denied_for(["deprecation"])]})
	c3.finding.status == "conflict" with input as inp
}

test_denial_for_an_event_without_any_right_is_conflict if {
	c3.finding.status == "conflict" with input as t.doc({"pt_cancellation": [denied_for(["migration"])]})
}
