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
