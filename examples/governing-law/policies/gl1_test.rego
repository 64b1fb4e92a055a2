package clausecheck.examples.gl1_test

import rego.v1

import data.clausecheck.examples.gl1

st(quote, concepts, binding) := {
	"clause": "9.1", "page": 0, "quote": quote, "binding": binding, "negated": false,
	"concepts": concepts,
}

test_named_is_met if {
	f := gl1.finding with input as {"statements": [st("Governed by the laws of the State of New York.", ["governing_law", "named_jurisdiction"], true)]}
	f.status == "met"
	f.evidence[0].clause == "9.1"
}

test_by_reference_is_partial if {
	gl1.finding.status == "partial" with input as {"statements": [st("Governed by the law that governs the EDP Agreement.", ["governing_law"], true)]}
}

test_a_recital_is_no_term if {
	gl1.finding.status == "missing" with input as {"statements": [st("The parties wish it governed by the laws of Ireland.", ["governing_law", "named_jurisdiction"], false)]}
}

test_nothing_is_missing if {
	gl1.finding.status == "missing" with input as {"statements": []}
}
