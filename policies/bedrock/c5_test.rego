package clausecheck.bedrock.c5_test

import data.clausecheck.bedrock.c5
import data.lib.testing as t
import rego.v1

test_met if {
	h := t.hit({"polarity": "permitted", "party": "customer", "elements": ["open_weight", "fee", "per_import"], "negated_elements": ["fee", "per_import"]})
	f := c5.finding with input as t.doc({"custom_import": [h]})
	f.status == "met"
	f.facts.open_weight
}

test_met_infrastructure_only if {
	hits := [t.hit({"polarity": "permitted", "party": "customer"}), t.hit({"term": "", "elements": ["infrastructure_only"]})]
	c5.finding.status == "met" with input as t.doc({"custom_import": hits})
}

test_partial_no_fee_term if {
	c5.finding.status == "partial" with input as t.doc({"custom_import": [t.hit({"polarity": "permitted", "party": "customer", "elements": ["open_weight"]})]})
}

test_conflict_per_import_fee if {
	hits := [t.hit({"polarity": "permitted", "party": "customer"}), t.hit({"elements": ["fee", "per_import"]})]
	c5.finding.status == "conflict" with input as t.doc({"custom_import": hits})
}

test_missing if {
	c5.finding.status == "missing" with input as t.doc({})
}

test_met_no_licence_fee_though_charges_named if {
	# "AWS charges only for the infrastructure …; no licence fee or per-import fee applies."
	fee := t.hit({"elements": ["fee", "licence_fee", "per_import"], "negated_elements": ["licence_fee", "per_import"]})
	hits := [t.hit({"polarity": "permitted", "party": "customer"}), fee]
	c5.finding.status == "met" with input as t.doc({"custom_import": hits})
}
