package clausecheck.bedrock.c1_test

import data.clausecheck.bedrock.c1
import data.lib.testing as t
import rego.v1

tc(els) := t.frame({"counting": true, "elements": els})

test_met if {
	f := c1.finding with input as t.doc({"token_counting": [tc([]), tc(["system_prompts"]), tc(["tool_definitions", "output_schemas"])]})
	f.status == "met"
	f.facts.elements_addressed == ["output_schemas", "system_prompts", "tool_definitions"]
}

test_partial_names_what_is_missing if {
	f := c1.finding with input as t.doc({"token_counting": [tc(["system_prompts"])]})
	f.status == "partial"
	contains(f.reason, "output schemas, tool definitions")
}

test_counting_without_elements_is_partial if {
	c1.finding.status == "partial" with input as t.doc({"token_counting": [tc([])]})
}

# a recital of a binding draft commits to nothing: a critical clause there
# is missing; a term sheet that binds nobody addresses it: partial
test_recital_is_missing if {
	c1.finding.status == "missing" with input as t.doc({"token_counting": [t.recital({"counting": true, "elements": []})]})
}

test_nonbinding_term_sheet_is_partial if {
	fs := {"token_counting": [t.in_nonbinding_doc({"counting": true, "elements": ["system_prompts", "tool_definitions", "output_schemas"]})]}
	c1.finding.status == "partial" with input as t.nonbinding_doc(fs)
}

test_missing if {
	f := c1.finding with input as t.doc({})
	f.status == "missing"
	f.evidence == []
}

test_never_conflict if {
	c1.finding.status != "conflict" with input as t.doc({"token_counting": [tc([])]})
}
