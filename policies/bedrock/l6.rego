# METADATA
# title: Guardrails per-unit rate
# description: |
#   Bedrock Guardrails priced per unit on a sliding scale whose rate falls
#   past stated volume thresholds. Partial: a single flat rate.
# custom:
#   id: L6
#   severity: warning
#   remediation: >-
#     Ask for a Guardrails per-unit rate on a sliding scale that decreases
#     past stated volume thresholds.
package clausecheck.bedrock.l6

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.guardrails

frames := lib.in_force(all)

sliding := [f | some f in frames; f.sliding]

flat := [f | some f in frames; f.flat]

met := sliding if count(flat) == 0 else := []

status := lib.status({
	"id": "L6", "lever": true, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": frames, "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("L6", met, status)
} else := "Guardrails are priced per unit on a sliding scale" if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := "Guardrails are priced at a single flat rate" if {
	count(frames) > 0
} else := "Guardrails pricing is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"guardrails"}, "Guardrails pricing")

evidence := lib.evidence(sliding) if {
	status == "met"
} else := lib.evidence(frames) if {
	count(frames) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := []

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L6", all),
	"evidence": evidence,
	"facts": {"sliding_scale": count(sliding) > 0},
}
