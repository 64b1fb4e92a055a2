package clausecheck.bedrock.c4_test

import data.clausecheck.bedrock.c4
import data.lib.testing as t
import rego.v1

excl(covers) := t.frame({"effect": "exclusion", "covers": covers, "swallowed": false, "actor": "vendor"})

promise := t.frame({"effect": "promise"})

test_met if {
	f := c4.finding with input as t.doc({"training": [excl(["completions", "prompts"])], "residency": [promise]})
	f.status == "met"
	f.facts.residency
}

test_prompts_only_is_partial if {
	f := c4.finding with input as t.doc({"training": [excl(["prompts"])], "residency": [promise]})
	f.status == "partial"
	contains(f.reason, "only prompts")
}

test_no_residency_is_partial if {
	c4.finding.status == "partial" with input as t.doc({"training": [excl(["completions", "prompts"])]})
}

test_permission_is_conflict if {
	p := t.frame({"effect": "permission", "covers": ["prompts"], "swallowed": false, "actor": "vendor"})
	c4.finding.status == "conflict" with input as t.doc({"training": [excl(["completions", "prompts"]), p], "residency": [promise]})
}

test_swallowing_exception_is_conflict if {
	s := object.union(excl(["completions", "prompts"]), {"swallowed": true})
	f := c4.finding with input as t.doc({"training": [s], "residency": [promise]})
	f.status == "conflict"
	contains(f.reason, "exception")
}

test_data_leaving_the_region_is_conflict if {
	c4.finding.status == "conflict" with input as t.doc({"training": [excl(["completions", "prompts"])], "residency": [t.frame({"effect": "conflict"})]})
}

test_superseded_permission_does_not_count if {
	p := t.superseded({"effect": "permission", "covers": ["prompts"], "swallowed": false, "actor": "vendor"})
	c4.finding.status == "met" with input as t.doc({"training": [excl(["completions", "prompts"]), p], "residency": [promise]})
}

# a conflict in force is the reason given, even where an amendment touching
# the check could not be applied: "met on its own terms" would be untrue
test_conflict_with_unresolved_amendment_gives_the_conflict_reason if {
	p := t.frame({"effect": "permission", "covers": ["prompts"], "swallowed": false, "actor": "vendor"})
	f := c4.finding with input as t.unresolved({"training": [excl(["completions", "prompts"]), p], "residency": [promise]}, "C4")
	f.status == "conflict"
	contains(f.reason, "may use prompts")
	not contains(f.reason, "met on its own terms")
}
