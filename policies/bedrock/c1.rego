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

topics := ["token_counting"]

required := {"system_prompts", "tool_definitions", "output_schemas"}

counting := lib.core_hits("token_counting")

hits := lib.usable_hits("token_counting")

addressed := lib.elements(hits) & required

not_addressed := required - addressed

status := "met" if {
	count(counting) > 0
	count(not_addressed) == 0
} else := "partial" if {
	count(counting) > 0
} else := "partial" if {
	count(lib.nonbinding_hits("token_counting")) > 0
} else := "missing"

reason := sprintf("token counting is stated and %s are each addressed", [concat(", ", sort(addressed))]) if {
	status == "met"
} else := sprintf("token counting is addressed but not for %s", [concat(", ", sort(not_addressed))]) if {
	count(counting) > 0
} else := "token counting is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "token counting")

evidence := lib.evidence(hits) if {
	count(counting) > 0
} else := lib.evidence(lib.nonbinding_hits("token_counting")) if {
	status == "partial"
} else := lib.absent_evidence(topics)

facts := {"addressed": sort(addressed), "not_addressed": sort(not_addressed)}

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
