# METADATA
# title: Token counting methodology
# description: |
#   The contract states how billable tokens are counted and, for each of
#   system prompts, tool definitions and structured output schemas, whether
#   they are included or excluded. Partial when counting is addressed but one
#   or more of the three is not.
# custom:
#   id: C1
#   severity: critical
#   remediation: >-
#     Ask for a token-counting clause that names the tokenizer and says, one
#     by one, whether system prompts, tool definitions and structured output
#     schemas count as billable input tokens.
package clausecheck.bedrock.c1

import data.lib.clausecheck as lib
import rego.v1

core_token_counting := [h | some h in input.topics.token_counting; h.usable; h.term != ""]

nonbinding_token_counting := [h | some h in input.topics.token_counting; lib.nonbinding(h)]

usable_token_counting := [h | some h in input.topics.token_counting; h.usable]

topics := ["token_counting"]

required := {"system_prompts", "tool_definitions", "output_schemas"}

# "input tokens" alone is a price line ("input and output tokens | rate
# less 18%"): it counts as counting only with a component it addresses.
counting := [h | some h in core_token_counting; not price_line(h)]

price_line(h) if {
	regex.match(`(?i)^(input|output)[ -]tokens?$`, h.term)
	count({e | some e in h.elements; e in required}) == 0
}

hits := usable_token_counting

addressed := lib.elements(hits) & required

not_addressed := required - addressed

status := "met" if {
	count(counting) > 0
	count(not_addressed) == 0
} else := "partial" if {
	count(counting) > 0
} else := "partial" if {
	count(nonbinding_token_counting) > 0
} else := "missing"

reason := sprintf("token counting is stated and %s are each addressed", [lib.words(addressed)]) if {
	status == "met"
} else := sprintf("token counting is addressed but not for %s", [lib.words(not_addressed)]) if {
	count(counting) > 0
} else := "token counting is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "token counting")

evidence := lib.evidence(hits) if {
	count(counting) > 0
} else := lib.evidence(nonbinding_token_counting) if {
	status == "partial"
} else := lib.absent_evidence(topics)

facts := {"addressed": sort(addressed), "not_addressed": sort(not_addressed)}

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
