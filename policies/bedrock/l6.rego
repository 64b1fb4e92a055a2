# METADATA
# title: Guardrails per-unit rate
# description: |
#   Bedrock Guardrails priced per unit on a sliding scale that falls past
#   volume thresholds. Partial for a single flat rate.
# custom:
#   id: L6
#   severity: warning
#   remediation: >-
#     Ask for a Guardrails per-unit rate on a sliding scale that decreases
#     past stated volume thresholds.
package clausecheck.bedrock.l6

import data.lib.clausecheck as lib
import rego.v1

core_guardrails_rate := [h | some h in input.topics.guardrails_rate; h.usable; h.term != ""]

topics := ["guardrails_rate"]

hits := [h | some h in core_guardrails_rate; priced(h)]

priced(h) if "rate" in h.elements

priced(h) if "sliding" in h.elements

priced(h) if "flat" in h.elements

priced(h) if count(h.facts.money) > 0

sliding := [h | some h in hits; sliding_hit(h); not "flat" in h.affirmed_elements]

sliding_hit(h) if "sliding" in h.affirmed_elements

# A rate table (four or more different unit prices, e.g. two filter types
# over volume bands) is a scale; two prices are one flat rate per filter.
sliding_hit(h) if count({m.value | some m in h.facts.money}) >= 4

status := "missing" if {
	not lib.bedrock
} else := "met" if {
	count(sliding) > 0
} else := "partial" if {
	count(hits) > 0
} else := "missing"

reason := "not a Bedrock contract" if {
	not lib.bedrock
} else := "Guardrails priced on a sliding per-unit scale" if {
	status == "met"
} else := "Guardrails priced at a single flat rate" if {
	status == "partial"
} else := lib.absent_reason(topics, "a Guardrails rate")

# Only the sentences behind a verdict: none when the lever is missing.
evidence := lib.evidence(hits) if status != "missing"

else := []

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": {"sliding_scale": count(sliding) > 0},
}
