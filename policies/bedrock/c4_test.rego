package clausecheck.bedrock.c4_test

import data.clausecheck.bedrock.c4
import data.lib.testing as t
import rego.v1

no_train_fields := {"clause": "5.1", "quote": "no training", "polarity": "negated", "elements": ["prompts", "completions"]}

no_train := t.hit(no_train_fields)

in_region := t.hit({"clause": "5.2", "quote": "stays in region", "elements": ["in_region", "data"]})

test_met if {
	f := c4.finding with input as t.doc({"training": [no_train], "residency": [in_region]})
	f.status == "met"
	f.facts.training_excluded == ["completions", "prompts"]
	count(f.evidence) == 2
}

test_met_negated_move if {
	stay := t.hit({"polarity": "negated", "elements": ["out_of_region", "data"], "negated_elements": ["out_of_region"]})
	c4.finding.status == "met" with input as t.doc({"training": [no_train], "residency": [stay]})
}

test_partial_training_only if {
	c4.finding.status == "partial" with input as t.doc({"training": [no_train]})
}

test_partial_prompts_only if {
	f := c4.finding with input as t.doc({"training": [t.hit({"polarity": "negated", "elements": ["prompts"]})], "residency": [in_region]})
	f.status == "partial"
	contains(f.reason, "only prompts")
}

test_conflict_vendor_may_improve if {
	may := t.hit({"polarity": "permitted", "party": "vendor", "elements": ["prompts", "use"]})
	c4.finding.status == "conflict" with input as t.doc({"training": [no_train, may], "residency": [in_region]})
}

test_conflict_out_of_region if {
	out := t.hit({"polarity": "permitted", "party": "vendor", "elements": ["out_of_region", "movement", "data"]})
	c4.finding.status == "conflict" with input as t.doc({"training": [no_train], "residency": [out]})
}

test_customer_may_train_own_models_is_no_conflict if {
	own := t.hit({"polarity": "permitted", "party": "customer", "elements": ["prompts", "use"]})
	c4.finding.status == "met" with input as t.doc({"training": [no_train, own], "residency": [in_region]})
}

test_recital_is_partial if {
	c4.finding.status == "partial" with input as t.doc({"training": [t.hit(object.union(no_train_fields, {"binding": false, "nonbinding": "recital"}))]})
}

test_superseded_conflict_ignored if {
	may := t.hit({"clause": "5.3", "polarity": "permitted", "party": "vendor", "elements": ["prompts", "use"], "superseded_by": "A.1", "basis": "amendment"})
	f := c4.finding with input as t.doc({"training": [no_train, may], "residency": [in_region]})
	f.status == "met"
	contains(f.reason, "clause A.1 prevails over clause 5.3")
}

test_missing if {
	c4.finding.status == "missing" with input as t.doc({"training": [], "residency": []})
}

test_mention_without_use_is_no_conflict if {
	ml := t.hit({"polarity": "permitted", "elements": ["completions"]})
	c4.finding.status == "met" with input as t.doc({"training": [no_train, ml], "residency": [in_region]})
}

test_region_without_data_is_no_promise if {
	effect := t.hit({"elements": ["in_region"]})
	c4.finding.status == "partial" with input as t.doc({"training": [no_train], "residency": [effect]})
}

test_exception_to_no_training_is_a_conflict if {
	# "AWS will not use prompts or completions to train any foundation model, except as required to improve service quality."
	els := ["prompts", "completions", "use"]
	no := t.hit({"polarity": "negated", "party": "vendor", "elements": els, "negated_elements": els})
	carve := t.hit({"polarity": "permitted", "party": "vendor", "exception": true, "elements": els, "negated_elements": els})
	f := c4.finding with input as t.doc({"training": [no, carve]})
	f.status == "conflict"
	contains(f.reason, "exception")
}

test_customer_restriction_is_no_evidence if {
	# "Customer may not … train competing AI models": no content named.
	promise := t.hit({"clause": "B", "polarity": "negated", "party": "vendor", "elements": ["prompts", "completions"]})
	restriction := t.hit({"clause": "D.4", "polarity": "negated", "party": "customer"})
	f := c4.finding with input as t.doc({"training": [promise, restriction]})
	f.status == "partial"
	[e.clause | some e in f.evidence] == ["B"]
}
