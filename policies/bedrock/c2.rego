# METADATA
# title: Model availability and end-of-life terms
# description: |
#   When a foundation model is deprecated or retired, the customer gets a
#   credit or equivalent financial remedy for the forced migration. Partial
#   when deprecation is addressed (notice, guidance) without a remedy;
#   conflict when the provider may deprecate at will or without notice, or
#   the draft rules out any remedy.
# custom:
#   id: C2
#   severity: critical
#   remediation: >-
#     Ask for a minimum deprecation notice and a migration credit (or a
#     successor model at the same price) when a foundation model, including a
#     fine-tuned or custom model, reaches end of life.
package clausecheck.bedrock.c2

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.model_lifecycle

frames := lib.in_force(all)

at_will := [f | some f in frames; f.at_will]

no_remedy := [f | some f in frames; f.no_remedy]

conflicts := array.concat(at_will, no_remedy)

remedies := [f | some f in frames; f.remedy]

notices := [f | some f in frames; f.notice]

status := lib.status({
	"id": "C2", "lever": false, "has_partial": true, "has_conflict": true,
	"conflict": conflicts, "met": remedies, "partial": frames, "nonbinding": lib.nonbinding(all),
})

notice_days := lib.max_of([f.notice_days | some f in notices; f.notice_days > 0])

reason := lib.held_back_reason if {
	lib.held_back("C2", remedies, status)
} else := "the provider may deprecate or retire models at will or without notice" if {
	count(at_will) > 0
} else := "the draft rules out any credit or remedy for a deprecation" if {
	count(no_remedy) > 0
} else := "a deprecation gives the customer a credit or remedy for the forced migration" if {
	status == "met"
} else := sprintf("deprecation is addressed (notice: %v days) but gives no credit or remedy", [notice_days]) if {
	notice_days
	count(frames) > 0
} else := "deprecation is addressed but gives no credit or remedy" if {
	count(frames) > 0
} else := "model deprecation is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"deprecate"}, "model deprecation")

evidence := lib.evidence(conflicts) if {
	status == "conflict"
} else := lib.evidence(array.concat(remedies, notices)) if {
	count(remedies) + count(notices) > 0
} else := lib.evidence(frames) if {
	count(frames) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"deprecate"})

facts := object.union(
	{"remedy": count(remedies) > 0, "custom_models_named": count([f | some f in frames; f.custom_models]) > 0},
	{"notice_days": notice_days | notice_days},
)

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C2", all),
	"evidence": evidence,
	"facts": facts,
}
