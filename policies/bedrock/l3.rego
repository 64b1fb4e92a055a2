# METADATA
# title: Provisioned Throughput pre-purchase credits
# description: |
#   Bedrock Provisioned Throughput pre-purchase credits with explicit tiers,
#   35-50% below standalone PT. Partial for pre-purchase without tiers or
#   with a discount below the floor.
# custom:
#   id: L3
#   severity: warning
#   remediation: >-
#     Ask for Provisioned Throughput pre-purchase credits in explicit tiers,
#     each at least 35% below standalone PT pricing.
package clausecheck.bedrock.l3

import data.lib.clausecheck as lib
import rego.v1

core_pt_credits := [h | some h in input.topics.pt_credits; h.usable; h.term != ""]

topics := ["pt_credits"]

# Pre-purchase credits of Provisioned Throughput: "prepaid fees" of a
# service are not. A list item takes the scope of its lead-in.
hits := [h | some h in core_pt_credits; h.polarity != "negated"; provisioned(h)]

pt_clauses := {h.clause | some h in core_pt_credits; h.scope.provisioned}

provisioned(h) if h.scope.provisioned

provisioned(h) if h.parent in pt_clauses

# Items of a list under a pre-purchase clause ("(b) USD 500,000 to
# 1,999,999: 40% off") carry its levels.
hit_clauses := {h.clause | some h in hits}

items := [h |
	some h in input.topics.pt_credits
	h.usable
	not lib.core(h)
	h.parent in hit_clauses
]

item_percents := {p | some h in items; some p in h.facts.percent}

tiered := array.concat([h | some h in hits; tiered_hit(h)], [h | some h in items; count(item_percents) >= 2])

tiered_hit(h) if "tiers" in h.affirmed_elements

# Several discount levels in one term are tiers ("39% … ; 46% …").
tiered_hit(h) if count({p | some p in h.facts.percent}) >= 2

percents := array.concat([p | some h in hits; some p in h.facts.percent], [p | some p in item_percents])

min_discount := lib.min_of(percents)

max_discount := lib.max_of(percents)

status := "missing" if {
	not lib.bedrock
} else := "met" if {
	count(tiered) > 0
	min_discount >= input.thresholds.pt_credit_floor_percent
} else := "partial" if {
	count(hits) > 0
} else := "missing"

reason := "not a Bedrock contract: other pre-purchase schemes do not satisfy this lever" if {
	not lib.bedrock
} else := sprintf("tiered PT pre-purchase credits from %v%% to %v%% below standalone", [min_discount, max_discount]) if {
	status == "met"
} else := sprintf("PT pre-purchase discount %v%% is below the %v%% floor", [min_discount, input.thresholds.pt_credit_floor_percent]) if {
	count(hits) > 0
	min_discount < input.thresholds.pt_credit_floor_percent
} else := "PT pre-purchase credits without explicit tiers" if {
	count(hits) > 0
	count(tiered) == 0
} else := "PT pre-purchase credits without a stated discount" if {
	count(hits) > 0
} else := lib.absent_reason(topics, "PT pre-purchase credits")

evidence := lib.evidence(array.concat(hits, items)) if lib.bedrock

else := []

discount_facts := {"discount_percent_min": min_discount, "discount_percent_max": max_discount} if {
	min_discount
} else := {}

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": object.union({"tiers": count(tiered) > 0}, discount_facts),
}
