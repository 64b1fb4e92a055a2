package clausecheck.bedrock.c1_test

import data.clausecheck.bedrock.c1
import data.lib.testing as t
import rego.v1

three := {"elements": ["system_prompts", "tool_definitions", "output_schemas"]}

all_three := t.hit(three)

test_met if {
	c1.finding.status == "met" with input as t.doc({"token_counting": [all_three]})
}

test_met_across_sentences if {
	hits := [
		t.hit({"elements": ["system_prompts"]}),
		t.hit({"term": "", "elements": ["tool_definitions", "output_schemas"]}),
	]
	c1.finding.status == "met" with input as t.doc({"token_counting": hits})
}

test_partial_two_of_three if {
	f := c1.finding with input as t.doc({"token_counting": [t.hit({"elements": ["system_prompts", "tool_definitions"]})]})
	f.status == "partial"
	f.facts.not_addressed == ["output_schemas"]
}

test_partial_nonbinding if {
	c1.finding.status == "partial" with input as t.doc({"token_counting": [t.hit(object.union(three, {"binding": false, "nonbinding": "good_faith"}))]})
}

test_missing if {
	c1.finding.status == "missing" with input as t.doc({"token_counting": []})
}

test_missing_ref_satisfies_nothing if {
	f := c1.finding with input as t.doc({"token_counting": [t.hit(object.union(three, {"missing_refs": ["12.4"]}))]})
	f.status == "missing"
	contains(f.reason, "12.4")
}

test_omitted_is_missing if {
	f := c1.finding with input as t.doc({"token_counting": [t.hit({"omitted": true, "term": "", "heading": "Token Counting"})]})
	f.status == "missing"
	contains(f.reason, "omitted")
}

test_no_conflict_status if {
	f := c1.finding with input as t.doc({"token_counting": [t.hit({"polarity": "negated"})]})
	f.status != "conflict"
}

test_price_line_is_not_counting if {
	h := t.hit({"term": "output tokens"})
	c1.finding.status == "missing" with input as t.doc({"token_counting": [h]})
}

test_input_tokens_with_a_component_is_counting if {
	h := t.hit({"term": "Input tokens", "elements": ["system_prompts"]})
	c1.finding.status == "partial" with input as t.doc({"token_counting": [h]})
}
