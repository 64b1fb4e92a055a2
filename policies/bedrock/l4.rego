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

topics := ["alt_quote"]

hits := [h | some h in lib.core_hits("alt_quote"); lib.affirms(h, "alternative"); h.polarity != "negated"]

status := "met" if {
	count(hits) > 0
} else := "partial" if {
	some h in lib.nonbinding_hits("alt_quote")
	"alternative" in h.elements
} else := "missing"

reason := "a benchmark or price match against a direct alternative is documented" if {
	status == "met"
} else := "an alternative quote is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "a direct alternative quote")

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": lib.evidence(hits),
	"facts": {},
}
