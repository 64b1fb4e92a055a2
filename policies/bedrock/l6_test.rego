package clausecheck.bedrock.l6_test

import data.clausecheck.bedrock.l6
import data.lib.testing as t
import rego.v1

test_l6_met if {
	l6.finding.status == "met" with input as t.doc({"guardrails_rate": [t.hit({"elements": ["sliding", "rate"]})]})
}

test_l6_partial_flat if {
	l6.finding.status == "partial" with input as t.doc({"guardrails_rate": [t.hit({"elements": ["flat", "rate"]})]})
}

test_l6_missing if {
	l6.finding.status == "missing" with input as t.doc({"guardrails_rate": [t.hit({})]})
}

test_l6_rate_table_is_a_scale if {
	money := [{"value": v, "currency": "USD", "unit": "", "period": ""} | some v in [0.15, 0.75, 0.12, 0.6, 0.09, 0.45]]
	h := t.hit({"elements": ["rate"], "facts": {"percent": [], "days": [], "money": money, "dates": []}})
	l6.finding.status == "met" with input as t.doc({"guardrails_rate": [h]})
}

test_l6_one_price_per_filter_is_flat if {
	money := [{"value": v, "currency": "USD", "unit": "", "period": ""} | some v in [0.15, 0.75]]
	h := t.hit({"elements": ["rate"], "facts": {"percent": [], "days": [], "money": money, "dates": []}})
	l6.finding.status == "partial" with input as t.doc({"guardrails_rate": [h]})
}
