package clausecheck.bedrock.l1_test

import data.clausecheck.bedrock.l1
import data.lib.testing as t
import rego.v1

commit := t.frame({"bedrock": true, "amount": 1000000, "pool": false, "split": false, "aligned": false, "independent": false, "edp": true})

disc(p) := t.frame({"percent": p})

test_met_at_the_floor if {
	f := l1.finding with input as t.doc({"commitment": [commit], "discount": [disc(18)]})
	f.status == "met"
	f.facts.discount_percent == 18
}

test_below_the_floor_is_partial if {
	l1.finding.status == "partial" with input as t.doc({"commitment": [commit], "discount": [disc(17.5)]})
}

test_lowest_stated_discount_counts if {
	l1.finding.status == "partial" with input as t.doc({"commitment": [commit], "discount": [disc(25), disc(12)]})
}

test_commitment_without_discount_is_partial if {
	l1.finding.status == "partial" with input as t.doc({"commitment": [commit]})
}

test_discount_without_commitment_is_partial if {
	l1.finding.status == "partial" with input as t.doc({"discount": [disc(25)]})
}

test_other_provider_is_missing if {
	f := l1.finding with input as t.other({"commitment": [commit], "discount": [disc(25)]})
	f.status == "missing"
	contains(f.reason, "not an AWS contract")
}

test_nonbinding_commitment_is_partial if {
	nb := object.union(commit, {"binding": false, "in_force": false, "nonbinding": "good_faith", "amount": 0})
	l1.finding.status == "partial" with input as t.doc({"commitment": [nb]})
}

test_nonbinding_alignment_of_a_future_commitment_is_not_a_commitment if {
	# "the parties will discuss aligning any future Bedrock commitment with
	# the EDP renewal" is about timing (L7), not a commitment
	nb := object.union(commit, {"binding": false, "in_force": false, "nonbinding": "good_faith", "amount": 0, "aligned": true})
	l1.finding.status == "missing" with input as t.doc({"commitment": [nb]})
}
