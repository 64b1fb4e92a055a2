# METADATA
# title: Multi-model commitment
# description: |
#   The commitment is one dollar pool that flexes across model families.
#   Partial for per-model commitments only.
# custom:
#   id: L2
#   severity: warning
#   remediation: >-
#     Ask for the commitment to be a single dollar pool usable across all
#     model families rather than separate per-model commitments.
package clausecheck.bedrock.l2

import data.lib.clausecheck as lib
import rego.v1

core_multi_model := [h | some h in input.topics.multi_model; h.usable; h.term != ""]

nonbinding_multi_model := [h | some h in input.topics.multi_model; lib.nonbinding(h)]

topics := ["multi_model"]

# A sentence about a commitment ("spend", "pool", "consumed"): model
# families or "any foundation model" elsewhere say nothing about it.
hits := [h | some h in core_multi_model; "commitment" in h.elements]

flex := [h | some h in hits; "flex" in h.affirmed_elements; not "per_model" in h.affirmed_elements; h.polarity != "negated"]

per_model := [h | some h in hits; "commitment" in h.elements; per_model_terms(h)]

per_model_terms(h) if "per_model" in h.affirmed_elements

per_model_terms(h) if "flex" in h.negated_elements

# "USD 700,000 per year for Anthropic Claude models": an amount of the
# commitment assigned to a model family.
per_model_terms(h) if {
	"family" in h.elements
	not "flex" in h.affirmed_elements
	count(h.facts.money) > 0
}

status := "met" if {
	count(flex) > 0
	count(per_model) == 0
} else := "partial" if {
	count(hits) > 0
} else := "partial" if {
	count(nonbinding_multi_model) > 0
} else := "missing"

reason := "the commitment is one pool that flexes across model families" if {
	status == "met"
} else := "commitments are per model and do not flex across model families" if {
	count(per_model) > 0
} else := "a commitment pool is mentioned without flexing across model families" if {
	status == "partial"
} else := lib.absent_reason(topics, "a multi-model commitment")

evidence := lib.evidence(flex) if {
	status == "met"
} else := lib.evidence(per_model) if {
	count(per_model) > 0
} else := lib.evidence(hits) if {
	count(hits) > 0
} else := []

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": {"flex": status == "met"},
}
