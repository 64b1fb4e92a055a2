package clausecheck.bedrock.c3_test

import data.clausecheck.bedrock.c3
import data.lib.testing as t
import rego.v1

pt := {"provisioned": true, "on_demand": false, "bedrock": true, "other_service": false}

days(n) := {"percent": [], "days": [n], "money": [], "dates": []}

right(els, d) := t.hit({"polarity": "permitted", "party": "customer", "scope": pt, "elements": els, "facts": days(d)})

test_met if {
	f := c3.finding with input as t.doc({"pt_cancellation": [right(["deprecation_trigger", "migration_trigger"], 60)]})
	f.status == "met"
	f.facts.cancel_notice_days == 60
}

test_partial_notice_too_long if {
	f := c3.finding with input as t.doc({"pt_cancellation": [right(["deprecation_trigger", "migration_trigger"], 90)]})
	f.status == "partial"
	contains(f.reason, "90")
}

test_threshold_from_config if {
	inp := object.union(t.doc({"pt_cancellation": [right(["deprecation_trigger", "migration_trigger"], 90)]}), {"thresholds": {"pt_cancel_notice_days": 90}})
	c3.finding.status == "met" with input as inp
}

test_partial_one_trigger if {
	c3.finding.status == "partial" with input as t.doc({"pt_cancellation": [right(["deprecation_trigger"], 30)]})
}

test_trigger_in_sub_sentence if {
	hits := [right(["deprecation_trigger"], 30), t.hit({"term": "", "elements": ["migration_trigger"]})]
	c3.finding.status == "met" with input as t.doc({"pt_cancellation": hits})
}

test_conflict_non_cancellable if {
	c3.finding.status == "conflict" with input as t.doc({"pt_cancellation": [t.hit({"polarity": "negated", "scope": pt})]})
}

test_vendor_right_is_not_customer_right if {
	c3.finding.status == "missing" with input as t.doc({"pt_cancellation": [t.hit({"polarity": "permitted", "party": "vendor", "scope": pt, "elements": ["deprecation_trigger", "migration_trigger"]})]})
}

test_unscoped_right_does_not_count if {
	c3.finding.status == "missing" with input as t.doc({"pt_cancellation": [t.hit({"polarity": "permitted", "party": "customer", "elements": ["deprecation_trigger", "migration_trigger"]})]})
}

test_missing if {
	c3.finding.status == "missing" with input as t.doc({})
}

test_termination_even_if_is_no_right if {
	pt := {"provisioned": true, "on_demand": false, "bedrock": true, "other_service": false}
	denial := t.hit({"scope": pt, "polarity": "negated"})
	hypo := t.hit({"scope": pt, "party": "customer", "hypothetical": true})
	c3.finding.status == "conflict" with input as t.doc({"pt_cancellation": [denial, hypo]})
}

test_missing_explains_only_pt_hits if {
	other := t.hit({"clause": "11.5", "missing_refs": ["2.4"]})
	f := c3.finding with input as t.doc({"pt_cancellation": [other]})
	f.status == "missing"
	f.evidence == []
	f.reason == "no operative clause addresses Provisioned Throughput cancellation"
}
