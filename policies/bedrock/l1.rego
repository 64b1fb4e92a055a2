# METADATA
# title: Bedrock commit inside the EDP
# description: |
#   A Bedrock-specific commitment inside the EDP with rate-card pricing below
#   the published on-demand rate, at or above the benchmark floor (default
#   18%). Partial: a commitment without a discount or below the floor, or a
#   Bedrock discount without a Bedrock-specific commitment.
# custom:
#   id: L1
#   severity: warning
#   remediation: >-
#     Ask for a Bedrock-specific annual commitment inside the EDP with
#     rate-card pricing at least 18% below the published on-demand rates.
package clausecheck.bedrock.l1

import data.lib.clausecheck as lib
import rego.v1

commit_all := input.frames.commitment

discount_all := input.frames.discount

all := array.concat(commit_all, discount_all)

commits := [f | some f in lib.in_force(commit_all); f.bedrock]

discounts := lib.in_force(discount_all)

floor := input.thresholds.edp_discount_floor_percent

# the lowest stated discount: a wrong "met" costs more than a missed one
stated := [f.percent | some f in discounts; not table_row(f)]

table_row(f) if contains(f.quote, " | ")

percent := min(stated) if {
	count(stated) > 0
} else := min([f.percent | some f in discounts]) if {
	count(discounts) > 0
}

met := array.concat(commits, discounts) if {
	count(commits) > 0
	percent >= floor
} else := []

status := lib.status({
	"id": "L1", "lever": true, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": array.concat(commits, discounts),
	# non-binding text counts where it speaks of a commitment, not where it
	# only speaks of aligning a future one with the EDP (that is L7's)
	"nonbinding": [f | some f in lib.nonbinding(commit_all); f.bedrock; not timing_only(f)],
})

reason := lib.held_back_reason if {
	lib.held_back("L1", met, status)
} else := sprintf("Bedrock commitment with a %v%% discount (floor %v%%)", [percent, floor]) if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := sprintf("Bedrock commitment with a %v%% discount, below the %v%% floor", [percent, floor]) if {
	count(commits) > 0
	percent
} else := "a Bedrock commitment without a discount below on-demand rates" if {
	count(commits) > 0
} else := sprintf("a %v%% Bedrock discount without a Bedrock-specific commitment", [percent]) if {
	percent
} else := "a Bedrock commitment is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"commitment"}, "a Bedrock commitment")

evidence := lib.evidence(array.concat(commits, [f | some f in discounts; not table_row(f)])) if {
	count(commits) + count(stated) > 0
} else := lib.evidence(discounts) if {
	count(discounts) > 0
} else := lib.evidence(lib.nonbinding(commit_all)) if {
	status == "partial"
} else := []

facts := object.union({"bedrock_commitment": count(commits) > 0}, {"discount_percent": percent | percent})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L1", all),
	"evidence": evidence,
	"facts": facts,
}

timing_only(f) if {
	f.amount == 0
	f.aligned
}

timing_only(f) if {
	f.amount == 0
	f.independent
}
