# METADATA
# title: Bedrock commit inside the EDP
# description: |
#   A Bedrock-specific commitment inside the Enterprise Discount Program with
#   rate-card pricing below on-demand (benchmark 18-35%). Partial for a
#   commitment without a discount or with a discount below the floor. Only a
#   Bedrock (AWS) contract can meet it.
# custom:
#   id: L1
#   severity: warning
#   remediation: >-
#     Ask for a Bedrock-specific annual commitment inside the EDP with
#     rate-card pricing at least 18% below the published on-demand rates.
package clausecheck.bedrock.l1

import data.lib.clausecheck as lib
import rego.v1

core_edp_commit := [h | some h in input.topics.edp_commit; h.usable; h.term != ""]

nonbinding_edp_commit := [h | some h in input.topics.edp_commit; lib.nonbinding(h)]

topics := ["edp_commit"]

hits := [h | some h in core_edp_commit; not h.scope.provisioned]

commits := [h |
	some h in hits
	"commitment" in h.affirmed_elements
	h.scope.bedrock
]

discount_hits := [h | some h in hits; "discount" in h.affirmed_elements; count(h.facts.percent) > 0]

discounts := [p | some h in discount_hits; some p in h.facts.percent]

discount_percent := lib.max_of(discounts)

commit_usd := lib.max_of([m.value | some h in commits; some m in h.facts.money; m.currency in {"USD", ""}])

status := "missing" if {
	not lib.bedrock
} else := "met" if {
	count(commits) > 0
	discount_percent >= input.thresholds.edp_discount_floor_percent
} else := "partial" if {
	count(commits) > 0
} else := "partial" if {
	some h in nonbinding_edp_commit
	h.scope.bedrock
	"commitment" in h.affirmed_elements
} else := "missing"

reason := "not a Bedrock contract: another provider's commitment does not satisfy this lever" if {
	not lib.bedrock
} else := sprintf("Bedrock commitment with a %v%% discount (floor %v%%)", [discount_percent, input.thresholds.edp_discount_floor_percent]) if {
	status == "met"
} else := sprintf("Bedrock commitment with a %v%% discount, below the %v%% floor", [discount_percent, input.thresholds.edp_discount_floor_percent]) if {
	count(commits) > 0
	discount_percent
} else := "Bedrock commitment without a discount below on-demand rates" if {
	count(commits) > 0
} else := "a Bedrock commitment is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "a Bedrock commitment in the EDP")

evidence := lib.evidence(array.concat(commits, discount_hits)) if {
	count(commits) > 0
} else := []

money_facts := {"commit_usd_per_year": commit_usd} if {
	commit_usd
} else := {}

discount_facts := {"discount_percent": discount_percent} if {
	discount_percent
} else := {}

facts := object.union(money_facts, discount_facts)

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
