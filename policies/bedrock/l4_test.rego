package clausecheck.bedrock.l4_test

import data.clausecheck.bedrock.l4
import data.lib.testing as t
import rego.v1

test_met if {
	f := l4.finding with input as t.doc({"alt_quote": [t.frame({"provider": "Vertex AI"})]})
	f.status == "met"
	f.facts.alternatives == ["Vertex AI"]
}

test_nonbinding_is_missing if {
	l4.finding.status == "missing" with input as t.doc({"alt_quote": [t.recital({"provider": "Anthropic API"})]})
}

test_other_provider_is_missing if {
	l4.finding.status == "missing" with input as t.other({"alt_quote": [t.frame({"provider": "AWS"})]})
}
