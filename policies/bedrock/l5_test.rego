package clausecheck.bedrock.l5_test

import data.clausecheck.bedrock.l5
import data.lib.testing as t
import rego.v1

test_l5_met if {
	l5.finding.status == "met" with input as t.doc({"vector_storage": [t.hit({"elements": ["pricing", "cap"]})]})
}

test_l5_partial if {
	l5.finding.status == "partial" with input as t.doc({"vector_storage": [t.hit({"elements": ["pricing"]})]})
}

test_l5_missing if {
	l5.finding.status == "missing" with input as t.doc({})
}
