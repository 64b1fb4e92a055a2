package clausecheck.bedrock.c2_test

import data.clausecheck.bedrock.c2
import data.lib.testing as t
import rego.v1

test_met if {
	f := c2.finding with input as t.doc({"model_lifecycle": [t.hit({"elements": ["notice", "remedy", "custom_models"], "facts": {"percent": [], "days": [180], "money": [], "dates": []}})]})
	f.status == "met"
	f.facts.notice_days == 180
	f.facts.custom_models_named
}

test_partial_notice_only if {
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [t.hit({"elements": ["notice"]})]})
}

test_conflict_at_will if {
	f := c2.finding with input as t.doc({"model_lifecycle": [t.hit({"polarity": "permitted", "party": "vendor", "elements": ["at_will", "notice"], "negated_elements": ["notice"]})]})
	f.status == "conflict"
}

test_missing if {
	c2.finding.status == "missing" with input as t.doc({})
}

test_good_faith_credit_is_partial if {
	c2.finding.status == "partial" with input as t.doc({"model_lifecycle": [t.hit({"binding": false, "nonbinding": "good_faith", "elements": ["remedy"]})]})
}
