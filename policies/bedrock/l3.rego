# METADATA
# title: Provisioned Throughput pre-purchase credits
# description: |
#   PT capacity bought in advance in explicit tiers, each tier at least the
#   floor (default 35%) below the standalone PT rate. Partial: pre-purchase
#   without tiers, or a tier below the floor.
# custom:
#   id: L3
#   severity: warning
#   remediation: >-
#     Ask for Provisioned Throughput pre-purchase credits in explicit tiers,
#     each at least 35% below standalone PT pricing.
package clausecheck.bedrock.l3

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.pt_prepurchase

frames := lib.in_force(all)

floor := input.thresholds.pt_credit_floor_percent

discounts := {d | some f in frames; some d in f.discounts}


lowest := min(discounts) if count(discounts) > 0

# tiers: two or more price levels (a volume band or a term each), at least
# one of them stated as a tier or band, or levels that differ
met := frames if {
	count(discounts) >= 2
	lowest >= floor
} else := []

status := lib.status({
	"id": "L3", "lever": true, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": frames, "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("L3", met, status)
} else := sprintf("PT pre-purchase credits in tiers, the lowest %v%% below standalone (floor %v%%)", [lowest, floor]) if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := sprintf("PT pre-purchase discount %v%% is below the %v%% floor", [lowest, floor]) if {
	count(frames) > 0
	lowest < floor
} else := "PT pre-purchase at a single price, without tiers" if {
	count(frames) > 0
} else := "PT pre-purchase is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"prepurchase"}, "Provisioned Throughput pre-purchase")

evidence := lib.evidence(frames) if {
	count(frames) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := []

facts := object.union({"tiers": count(discounts)}, {"lowest_discount_percent": lowest | lowest})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L3", all),
	"evidence": evidence,
	"facts": facts,
}
