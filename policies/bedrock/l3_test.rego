package clausecheck.bedrock.l3_test

import data.clausecheck.bedrock.l3
import data.lib.testing as t
import rego.v1

pp(tiered, ds) := t.frame({"tiered": tiered, "discounts": ds})

test_tiers_at_the_floor_are_met if {
	f := l3.finding with input as t.doc({"pt_prepurchase": [pp(true, [35]), pp(true, [42]), pp(true, [50])]})
	f.status == "met"
	f.facts.lowest_discount_percent == 35
}

test_a_tier_below_the_floor_is_partial if {
	l3.finding.status == "partial" with input as t.doc({"pt_prepurchase": [pp(true, [34, 45])]})
}

test_one_price_is_no_tiers if {
	l3.finding.status == "partial" with input as t.doc({"pt_prepurchase": [pp(true, [40]), pp(false, [40])]})
}

test_missing if l3.finding.status == "missing" with input as t.doc({})

test_bands_without_the_word_tier_are_tiers if {
	# "35% up to USD 400,000; 40% from USD 400,000 to 1,000,000"
	l3.finding.status == "met" with input as t.doc({"pt_prepurchase": [pp(false, [35, 40])]})
}
