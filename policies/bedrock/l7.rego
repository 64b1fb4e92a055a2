# METADATA
# title: EDP renegotiation timing
# description: |
#   The Bedrock commitment runs with the EDP (co-terminous, same end date) or
#   is set at the EDP renewal. No partial state: a term independent of the
#   EDP, or no stated link, is missing.
# custom:
#   id: L7
#   severity: warning
#   remediation: >-
#     Ask for the Bedrock commitment to be co-terminous with the EDP and
#     renegotiated at the EDP renewal rather than mid-term.
package clausecheck.bedrock.l7

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.commitment

commits := [f | some f in lib.in_force(all); f.bedrock]

independent := [f | some f in commits; f.independent]

aligned := [f | some f in commits; f.aligned; not f.independent]

met := aligned if count(independent) == 0 else := []

status := lib.status({
	"id": "L7", "lever": true, "has_partial": false, "has_conflict": false,
	"conflict": [], "met": met, "partial": [], "nonbinding": [],
})

reason := lib.held_back_reason if {
	lib.held_back("L7", met, status)
} else := "the Bedrock commitment is aligned with the EDP term or renewal" if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := "the Bedrock commitment runs on a term independent of the EDP" if {
	count(independent) > 0
} else := "the Bedrock commitment has no stated link to the EDP term" if {
	count(commits) > 0
} else := "no Bedrock commitment"

evidence := lib.evidence(independent) if {
	count(independent) > 0
} else := lib.evidence(aligned) if {
	count(aligned) > 0
} else := []

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L7", all),
	"evidence": evidence,
	"facts": {"aligned": count(aligned) > 0},
}
