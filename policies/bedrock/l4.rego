# METADATA
# title: Direct alternative quote
# description: |
#   A documented quote or benchmark from a named direct alternative (the
#   Anthropic API, Vertex AI, Azure OpenAI …), or a price-match right
#   against one. No partial state: anything less is missing.
# custom:
#   id: L4
#   severity: warning
#   remediation: >-
#     Obtain a written quote from a direct alternative (Anthropic API, Vertex
#     AI or Azure OpenAI) and ask for a price-match or benchmark clause.
package clausecheck.bedrock.l4

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.alt_quote

frames := lib.in_force(all)

status := lib.status({
	"id": "L4", "lever": true, "has_partial": false, "has_conflict": false,
	"conflict": [], "met": frames, "partial": [], "nonbinding": [],
})

reason := lib.held_back_reason if {
	lib.held_back("L4", frames, status)
} else := sprintf("a quote or price match against %s is documented", [concat(", ", sort({f.provider | some f in frames}))]) if {
	status == "met"
} else := "not an AWS contract: the EDP levers do not apply" if {
	not lib.aws
} else := "an alternative quote is mentioned only in non-binding language" if {
	count(lib.nonbinding(all)) > 0
} else := "no documented quote or price match against a named direct alternative"

evidence := lib.evidence(frames) if {
	status == "met"
} else := []

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "L4", all),
	"evidence": evidence,
	"facts": {"alternatives": sort({f.provider | some f in frames})},
}
