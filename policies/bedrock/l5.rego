# METADATA
# title: Vector storage carve-out
# description: |
#   OpenSearch Serverless OCU (vector store) pricing inside the EDP with an
#   explicit growth cap (on year-on-year growth of OCU charges or on the
#   number of billable OCUs). Partial: OCU pricing without a cap.
# custom:
#   id: L5
#   severity: warning
#   remediation: >-
#     Ask for OpenSearch Serverless OCU pricing inside the EDP with an
#     explicit cap on its growth.
package clausecheck.bedrock.l5

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.vector_storage

frames := lib.in_force(all)

priced := [f | some f in frames; f.priced]

capped := [f | some f in frames; f.cap]

met := array.concat(priced, capped) if {
	count(priced) > 0
	count(capped) > 0
} else := []

status := lib.status({
	"id": "L5", "lever": true, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": frames, "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("L5", met, status)
} else := "vector storage (OCU) is priced inside the EDP with a growth cap" if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := "vector storage (OCU) is priced but its growth is not capped" if {
	count(priced) > 0
} else := "an OCU cap without OCU pricing" if {
	count(capped) > 0
} else := "vector storage is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"ocu"}, "vector storage (OCU) pricing")

evidence := lib.evidence(frames) if {
	count(frames) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := []

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L5", all),
	"evidence": evidence,
	"facts": {"ocu_priced": count(priced) > 0, "growth_cap": count(capped) > 0},
}
