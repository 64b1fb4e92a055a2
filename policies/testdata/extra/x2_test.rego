package clausecheck.custom.x2_test

import data.clausecheck.custom.x2
import rego.v1

test_met if {
	x2.finding.status == "met" with input as {"document": {"path": "law.md"}}
}

test_fails_on_purpose if {
	x2.finding.status == "met" with input as {"document": {"path": "other.md"}}
}
