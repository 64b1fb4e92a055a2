# METADATA
# title: Custom model import
# description: |
#   The customer may import open-weight custom models (Llama or Mistral
#   derivatives) with no per-import licensing fee beyond infrastructure
#   cost. Partial with the import right but nothing on fees; conflict when a
#   per-import, per-model or licence fee is charged.
# custom:
#   id: C5
#   severity: critical
#   remediation: >-
#     Ask for the right to import open-weight models (Llama, Mistral
#     derivatives) and a statement that only infrastructure costs apply, with
#     no per-import licence fee.
package clausecheck.bedrock.c5

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.custom_import

frames := lib.in_force(all)

rights := [f | some f in frames; f.right]

no_fee := [f | some f in frames; f.no_fee]

fees := [f | some f in frames; f.fee_charged]

met := array.concat(rights, no_fee) if {
	count(rights) > 0
	count(no_fee) > 0
} else := []

status := lib.status({
	"id": "C5", "lever": false, "has_partial": true, "has_conflict": true,
	"conflict": fees, "met": met, "partial": array.concat(rights, no_fee), "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("C5", met, status)
} else := "a per-import, per-model or licence fee is charged for imported models" if {
	status == "conflict"
} else := "custom models may be imported with no fee beyond infrastructure cost" if {
	status == "met"
} else := "custom models may be imported but nothing is said about fees" if {
	count(rights) > 0
} else := "no import fee is stated but no import right is granted" if {
	count(no_fee) > 0
} else := "custom model import is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"import"}, "custom model import")

evidence := lib.evidence(fees) if {
	status == "conflict"
} else := lib.evidence(array.concat(rights, no_fee)) if {
	count(rights) + count(no_fee) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"import"})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C5", all),
	"evidence": evidence,
	"facts": {"import_right": count(rights) > 0, "no_import_fee": count(no_fee) > 0},
}
