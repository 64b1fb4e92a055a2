# METADATA
# title: Direct alternative quote
# description: |
#   A documented benchmark or price match against a direct alternative
#   (Anthropic API, Vertex AI, Azure OpenAI).
# custom:
#   id: L4
#   severity: warning
#   remediation: >-
#     Obtain a written quote from a direct alternative (Anthropic API, Vertex
#     AI or Azure OpenAI) and ask for a price-match or benchmark clause.
package clausecheck.bedrock.l4

import data.lib.clausecheck as lib
import rego.v1

core_alt_quote := [h | some h in input.topics.alt_quote; h.usable; h.term != ""]

nonbinding_alt_quote := [h | some h in input.topics.alt_quote; lib.nonbinding(h)]

topics := ["alt_quote"]

hits := [h | some h in core_alt_quote; "alternative" in h.affirmed_elements; h.polarity != "negated"]

status := "met" if {
	count(hits) > 0
} else := "partial" if {
	some h in nonbinding_alt_quote
	"alternative" in h.elements
} else := "missing"

reason := "a benchmark or price match against a direct alternative is documented" if {
	status == "met"
} else := "an alternative quote is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "a direct alternative quote")

evidence := lib.evidence(hits) if {
	status == "met"
} else := lib.evidence([h | some h in nonbinding_alt_quote; "alternative" in h.elements]) if {
	status == "partial"
} else := []

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": {},
}
