package clausecheck.bedrock.c2_test

import data.clausecheck.bedrock.c2
import data.lib.testing as t
import rego.v1

test_met if {
	f := c2.finding with input as t.doc({"model_lifecycle": [t.hit({"elements": ["notice", "remedy", "custom_models", "model"], "facts": {"percent": [], "days": [180], "money": [], "dates": []}})]})
	f.status == "met"
	f.facts.notice_days == 180
	f.facts.custom_models_named
}

test_partial_notice_only if {
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [t.hit({"elements": ["notice", "model"]})]})
}

test_conflict_at_will if {
	f := c2.finding with input as t.doc({"model_lifecycle": [t.hit({"polarity": "permitted", "party": "vendor", "elements": ["at_will", "notice", "model"], "negated_elements": ["notice"]})]})
	f.status == "conflict"
}

test_missing if {
	c2.finding.status == "missing" with input as t.doc({})
}

test_good_faith_credit_is_partial if {
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [t.hit({"binding": false, "nonbinding": "good_faith", "elements": ["remedy"]})]})
}

test_deprecating_something_else_is_not_about_models if {
	# "We may … deprecate support for a third party push notification platform at any time."
	h := t.hit({"polarity": "permitted", "party": "vendor", "elements": ["at_will"]})
	f := c2.finding with input as t.doc({"model_lifecycle": [h]})
	f.status == "missing"
}

test_model_named_in_the_heading if {
	h := t.hit({"heading": "Model Deprecation", "elements": ["notice"]})
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [h]})
}

test_remedy_in_list_item if {
	lead := t.hit({"clause": "3.1", "elements": ["model"]})
	item := t.hit({"clause": "3.1(b)", "parent": "3.1", "anchor": "3.1", "term": "", "elements": ["remedy"]})
	c2.finding.status == "met" with input as t.doc({"model_lifecycle": [lead, item]})
}

test_trigger_under_pt_cancellation_is_not_c2 if {
	pt := {"provisioned": true, "on_demand": false, "bedrock": true, "other_service": false}
	right := t.hit({"clause": "3.1", "scope": pt, "polarity": "permitted", "party": "customer"})
	trigger := t.hit({"clause": "3.1(a)", "parent": "3.1", "elements": ["model"]})
	f := c2.finding with input as t.doc({"model_lifecycle": [trigger], "pt_cancellation": [right]})
	f.status == "missing"
}
