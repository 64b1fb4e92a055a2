# METADATA
# title: Token counting methodology
# description: |
#   The contract states how billable tokens are counted AND says, for each of
#   system prompts, tool definitions and structured output schemas, whether
#   they are counted. Partial when counting is addressed but one or more of
#   the three is not.
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

all := input.frames.token_counting

frames := lib.in_force(all)

all_elements := {"system_prompts", "tool_definitions", "output_schemas"}

elements := {e | some f in frames; some e in f.elements}

counting := [f | some f in frames; f.counting]

met := counting if count(elements) == 3 else := []

status := lib.status({
	"id": "C1", "lever": false, "has_partial": true, "has_conflict": false,
	"conflict": [], "met": met, "partial": counting, "nonbinding": lib.nonbinding(all),
})

missing_elements := all_elements - elements

reason := lib.held_back_reason if {
	lib.held_back("C1", met, status)
} else := "token counting is stated and system prompts, tool definitions and output schemas are each addressed" if {
	status == "met"
} else := sprintf("token counting is addressed but not for %s", [lib.words(missing_elements)]) if {
	count(counting) > 0
} else := "token counting is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"token", "system_prompt", "tool_definition", "output_schema", "counting"}, "token counting")

evidence := lib.evidence([f | some f in counting; count(f.elements) > 0]) if {
	count(elements) > 0
} else := lib.evidence(counting) if {
	count(counting) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"token", "counting"})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C1", all),
	"evidence": evidence,
	"facts": {"elements_addressed": sort(elements)},
}
