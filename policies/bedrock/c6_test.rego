package clausecheck.bedrock.c6_test

import data.clausecheck.bedrock.c6
import data.lib.testing as t
import rego.v1

sla(f) := t.frame(object.union({"levels": [], "thresholds": [], "credits": false, "credits_absent": false, "best_effort": false, "excluded": false, "excluded_all": false}, f))

test_met_at_the_threshold if {
	f := c6.finding with input as t.doc({"pt_sla": [sla({"levels": [99.9], "credits": true})]})
	f.status == "met"
	f.facts.sla_percent == 99.9
}

test_below_is_partial if {
	f := c6.finding with input as t.doc({"pt_sla": [sla({"levels": [99.5], "credits": true})]})
	f.status == "partial"
	contains(f.reason, "below")
}

test_no_credits_is_partial if {
	c6.finding.status == "partial" with input as t.doc({"pt_sla": [sla({"levels": [99.95]})]})
}

test_credits_behind_a_missing_section_are_partial if {
	c6.finding.status == "partial" with input as t.doc({"pt_sla": [sla({"levels": [99.95]}), sla({"credits_absent": true})]})
}

test_credit_scale_gives_the_level if {
	# "below 99.5%: 10%; below 99%: 25%": the highest threshold is the level
	f := c6.finding with input as t.doc({"pt_sla": [sla({"thresholds": [99.5], "credits": true}), sla({"thresholds": [99], "credits": true})]})
	f.status == "partial"
	f.facts.sla_percent == 99.5
}

test_lowest_committed_level_counts if {
	c6.finding.status == "partial" with input as t.doc({"pt_sla": [sla({"levels": [99.9], "credits": true}), sla({"levels": [99.5]})]})
}

test_best_effort_is_conflict if {
	c6.finding.status == "conflict" with input as t.doc({"pt_sla": [sla({"best_effort": true})]})
}

test_threshold_from_config if {
	inp := object.union(t.doc({"pt_sla": [sla({"levels": [99.9], "credits": true})]}), {"thresholds": {"pt_sla_percent": 99.95}})
	c6.finding.status == "partial" with input as inp
}

test_unresolved_amendment_holds_met_back if {
	f := c6.finding with input as t.unresolved({"pt_sla": [sla({"levels": [99.9], "credits": true})]}, "C6")
	f.status == "partial"
	contains(f.reason, "could not be applied")
}

test_excluded_from_every_sla_is_conflict if {
	c6.finding.status == "conflict" with input as t.doc({"pt_sla": [sla({"excluded": true})]})
}

test_excluded_from_one_sla_but_covered_by_another if {
	# "the 99.9% custom-model SLA does not apply to PT" beside a PT target of 99.5%
	f := c6.finding with input as t.doc({"pt_sla": [sla({"excluded": true}), sla({"levels": [99.5], "credits": true})]})
	f.status == "partial"
	f.facts.sla_percent == 99.5
}

test_excluded_from_every_sla_beside_a_level_is_conflict if {
	# "PT is excluded from the service level in Row S-2 and from any other
	# service level commitment of AWS" beside Row S-2's 99.9% with credits
	c6.finding.status == "conflict" with input as t.doc({"pt_sla": [sla({"excluded": true, "excluded_all": true}), sla({"levels": [99.9], "credits": true})]})
}
