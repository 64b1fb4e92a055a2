# METADATA
# title: EDP renegotiation timing
# description: |
#   The Bedrock commitment is co-terminous with, or set at, the EDP renewal.
# custom:
#   id: L7
#   severity: warning
#   remediation: >-
#     Ask for the Bedrock commitment to be co-terminous with the EDP and
#     renegotiated at the EDP renewal rather than mid-term.
package clausecheck.bedrock.l7

import data.lib.clausecheck as lib
import rego.v1

core_edp_timing := [h | some h in input.topics.edp_timing; h.usable; h.term != ""]

nonbinding_edp_timing := [h | some h in input.topics.edp_timing; lib.nonbinding(h)]

topics := ["edp_timing"]

hits := [h | some h in core_edp_timing; "aligned" in h.affirmed_elements; h.polarity != "negated"]

# There must be a Bedrock commitment to time.
commitment if {
	some h in input.topics.edp_commit
	h.usable
	h.term != ""
	"commitment" in h.affirmed_elements
	not h.scope.provisioned
}

status := "missing" if {
	not lib.bedrock
} else := "missing" if {
	not commitment
} else := "met" if {
	count(hits) > 0
} else := "missing"

reason := "not a Bedrock contract" if {
	not lib.bedrock
} else := "there is no Bedrock commitment to align with the EDP" if {
	not commitment
} else := "the Bedrock commitment is aligned with the EDP term" if {
	status == "met"
} else := "alignment with the EDP is mentioned only in non-binding language (the playbook has no partial for this lever)" if {
	count([h | some h in nonbinding_edp_timing; "aligned" in h.affirmed_elements]) > 0
} else := lib.absent_reason(topics, "alignment with the EDP renewal")

# Only the sentences behind a verdict: none when the lever is missing.
evidence := lib.evidence(hits) if status != "missing"

else := []

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": {},
}
