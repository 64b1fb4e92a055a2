# METADATA
# title: Custom model import
# description: |
#   The customer may import open-weight custom models (Llama or Mistral
#   derivatives) with no per-import licensing fee beyond infrastructure cost.
#   Partial with the import right but no fee term; conflict when a per-import
#   licence fee is charged.
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

core_custom_import := [h | some h in input.topics.custom_import; h.usable; h.term != ""]

nonbinding_custom_import := [h | some h in input.topics.custom_import; lib.nonbinding(h)]

usable_custom_import := [h | some h in input.topics.custom_import; h.usable]

topics := ["custom_import"]

hits := usable_custom_import

core := core_custom_import

rights := [h | some h in core; h.polarity != "negated"; h.party != "vendor"]

fee_charged := [h | some h in hits; charges_fee(h)]

charges_fee(h) if {
	"fee" in h.affirmed_elements
	"per_import" in h.affirmed_elements
}

charges_fee(h) if "licence_fee" in h.affirmed_elements

fee_waived := [h | some h in hits; fee_free(h)]

fee_free(h) if "fee" in h.negated_elements

# "no licence fee or per-import fee applies"
fee_free(h) if "licence_fee" in h.negated_elements

fee_free(h) if "per_import" in h.negated_elements

fee_free(h) if "infrastructure_only" in h.affirmed_elements

default open_weight := false

open_weight if {
	some h in hits
	"open_weight" in h.elements
}

status := "conflict" if {
	count(fee_charged) > 0
} else := "met" if {
	count(rights) > 0
	count(fee_waived) > 0
} else := "partial" if {
	count(rights) > 0
} else := "partial" if {
	count(nonbinding_custom_import) > 0
} else := "missing"

reason := "a per-import licence fee is charged for custom models" if {
	status == "conflict"
} else := "custom models may be imported with no fee beyond infrastructure cost" if {
	status == "met"
} else := "custom models may be imported but nothing excludes a per-import fee" if {
	count(rights) > 0
} else := "custom model import is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "custom model import")

evidence := lib.evidence(fee_charged) if {
	status == "conflict"
} else := lib.evidence(array.concat(rights, fee_waived)) if {
	count(rights) > 0
} else := lib.evidence(nonbinding_custom_import) if {
	status == "partial"
} else := lib.absent_evidence(topics)

facts := {"open_weight": open_weight, "fee_free": count(fee_waived) > 0}

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
