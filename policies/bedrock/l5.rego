# METADATA
# title: Vector storage carve-out
# description: |
#   OpenSearch Serverless OCU (vector store) pricing inside the EDP with an
#   explicit growth cap. Partial for OCU pricing without a cap.
# custom:
#   id: L5
#   severity: warning
#   remediation: >-
#     Ask for OpenSearch Serverless OCU pricing inside the EDP with an
#     explicit cap on its growth.
package clausecheck.bedrock.l5

import data.lib.clausecheck as lib
import rego.v1

core_vector_storage := [h | some h in input.topics.vector_storage; h.usable; h.term != ""]

topics := ["vector_storage"]

hits := core_vector_storage

priced := [h | some h in hits; "pricing" in h.affirmed_elements]

capped := [h | some h in hits; "cap" in h.affirmed_elements]

status := "missing" if {
	not lib.bedrock
} else := "met" if {
	count(priced) > 0
	count(capped) > 0
} else := "partial" if {
	count(priced) > 0
} else := "missing"

reason := "not a Bedrock contract" if {
	not lib.bedrock
} else := "OCU pricing with an explicit growth cap" if {
	status == "met"
} else := "OCU pricing without a growth cap" if {
	status == "partial"
} else := lib.absent_reason(topics, "vector storage (OCU) pricing")

# Only the sentences behind a verdict: none when the lever is missing.
evidence := lib.evidence(array.concat(priced, capped)) if status != "missing"

else := []

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": {"cap": count(capped) > 0},
}
