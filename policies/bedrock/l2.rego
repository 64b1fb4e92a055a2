# METADATA
# title: Multi-model commitment
# description: |
#   The Bedrock commitment is one dollar pool that may be spent on any model
#   or model family. Partial when the commitment is split by model or model
#   family; missing when there is no commitment or it says nothing about
#   models.
# custom:
#   id: L2
#   severity: warning
#   remediation: >-
#     Ask for the commitment to be a single dollar pool usable across all
#     model families rather than separate per-model commitments.
package clausecheck.bedrock.l2

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.commitment

commits := [f | some f in lib.in_force(all); f.bedrock]

split := [f | some f in commits; f.split]

pooled := [f | some f in commits; f.pool; not f.split]

met := pooled if count(split) == 0 else := []

status := lib.status({
	"id": "L2", "lever": true, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": split,
	"nonbinding": [f | some f in lib.nonbinding(all); f.bedrock; shaped(f)],
})

shaped(f) if f.pool

shaped(f) if f.split

reason := lib.held_back_reason if {
	lib.held_back("L2", met, status)
} else := "the Bedrock commitment is one pool that flexes across model families" if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := "the Bedrock commitment is split by model or model family" if {
	count(split) > 0
} else := "the commitment's shape is mentioned only in non-binding language" if {
	status == "partial"
} else := "the Bedrock commitment says nothing about how it applies across models" if {
	count(commits) > 0
} else := "no Bedrock commitment"

evidence := lib.evidence(split) if {
	count(split) > 0
} else := lib.evidence(pooled) if {
	count(pooled) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := []

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L2", all),
	"evidence": evidence,
	"facts": {"pool": count(pooled) > 0, "per_model": count(split) > 0},
}
