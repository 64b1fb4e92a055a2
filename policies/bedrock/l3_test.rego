package clausecheck.bedrock.l3_test

import data.clausecheck.bedrock.l3
import data.lib.testing as t
import rego.v1

facts(p, m) := {"percent": p, "days": [], "money": m, "dates": []}

test_l3_met if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"elements": ["tiers", "discount"], "facts": facts([36, 42, 48], [])})]})
}

test_l3_partial_no_tiers if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"elements": ["discount"], "facts": facts([40], [])})]})
}

test_l3_partial_below_floor if {
	l3.finding.status == "partial" with input as t.doc({"pt_credits": [t.hit({"elements": ["tiers"], "facts": facts([20, 30], [])})]})
}

test_l3_missing_other_provider if {
	l3.finding.status == "missing" with input as t.other_doc({"pt_credits": [t.hit({"elements": ["tiers"], "facts": facts([40], [])})]})
}

test_l3_several_levels_are_tiers if {
	l3.finding.status == "met" with input as t.doc({"pt_credits": [t.hit({"elements": ["discount"], "facts": facts([39, 46], [])})]})
}
