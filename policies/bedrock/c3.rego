# METADATA
# title: Provisioned Throughput cancellation rights
# description: |
#   The customer may cancel Provisioned Throughput commitments on at most the
#   threshold notice (default 60 days) when the model is materially deprecated
#   AND when usage shifts to another Bedrock model. Partial with only one
#   trigger or a longer notice; conflict when PT commitments are
#   non-cancellable without exception.
# custom:
#   id: C3
#   severity: critical
#   remediation: >-
#     Ask for a right to cancel Provisioned Throughput commitments on no more
#     than 60 days' notice both when the model is deprecated and when the
#     workload moves to another Bedrock model.
package clausecheck.bedrock.c3

import data.lib.clausecheck as lib
import rego.v1

core_pt_cancellation := [h | some h in input.topics.pt_cancellation; h.usable; h.term != ""]

nonbinding_pt_cancellation := [h | some h in input.topics.pt_cancellation; lib.nonbinding(h)]

usable_pt_cancellation := [h | some h in input.topics.pt_cancellation; h.usable]

topics := ["pt_cancellation"]

# Hits about Provisioned Throughput, for a missing verdict's explanation.
pt_topic_hits := [h | some h in input.topics.pt_cancellation; h.scope.provisioned]

pt_hits := [h | some h in core_pt_cancellation; h.scope.provisioned]

denials := [h | some h in pt_hits; h.polarity == "negated"]

rights := [h |
	some h in pt_hits
	h.polarity != "negated"
	h.party != "vendor"
	not h.hypothetical
]

right_clauses := {h.clause | some h in rights}

# Triggers come from the right itself or from the sentences of its clause
# and sub-clauses ("… where: (a) the model is deprecated; (b) …").
trigger_hits := array.concat(rights, [h |
	some h in usable_pt_cancellation
	not lib.core(h)
	h.anchor in right_clauses
])

triggers := {e | some h in trigger_hits; some e in h.elements; e in {"deprecation_trigger", "migration_trigger"}}

# The notice of the right itself; failing that, of its clause's sentences.
right_days := [d | some h in rights; some d in h.facts.days]

notice_days := lib.max_of(right_days) if {
	count(right_days) > 0
} else := lib.max_of([d | some h in trigger_hits; some d in h.facts.days])

default notice_ok := true

notice_ok := false if notice_days > input.thresholds.pt_cancel_notice_days

status := "met" if {
	count(rights) > 0
	count(triggers) == 2
	notice_ok
} else := "partial" if {
	count(rights) > 0
} else := "conflict" if {
	count(denials) > 0
} else := "partial" if {
	count(nonbinding_pt_cancellation) > 0
} else := "missing"

reason := sprintf("the customer may cancel Provisioned Throughput on deprecation and on a shift to another model (notice: %v days, limit %v)", [notice_text, input.thresholds.pt_cancel_notice_days]) if {
	status == "met"
} else := sprintf("cancellation notice of %v days exceeds the %v-day limit", [notice_days, input.thresholds.pt_cancel_notice_days]) if {
	count(rights) > 0
	not notice_ok
} else := sprintf("a cancellation right exists but only for %s", [lib.words(triggers)]) if {
	count(rights) > 0
	count(triggers) == 1
} else := "a cancellation right exists but names neither deprecation nor a shift to another model" if {
	count(rights) > 0
} else := "Provisioned Throughput commitments are non-cancellable" if {
	status == "conflict"
} else := "Provisioned Throughput cancellation is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason_in(pt_topic_hits, "Provisioned Throughput cancellation")

notice_text := sprintf("%v", [notice_days]) if {
	notice_days
} else := "none stated"

# Evidence: the rights, and the sentences of their clauses that add a
# trigger the rights do not name.
trigger_names := {"deprecation_trigger", "migration_trigger"}

right_triggers := {e | some h in rights; some e in h.elements; e in trigger_names}

right_evidence := array.concat(rights, [h |
	some h in trigger_hits
	not lib.core(h)
	some e in h.elements
	e in trigger_names
	not e in right_triggers
])

evidence := lib.evidence(right_evidence) if {
	count(rights) > 0
} else := lib.evidence(denials) if {
	status == "conflict"
} else := lib.evidence(nonbinding_pt_cancellation) if {
	status == "partial"
} else := lib.absent_evidence_in(pt_topic_hits)

notice_facts := {"cancel_notice_days": notice_days} if {
	notice_days
} else := {}

facts := object.union({"triggers": sort(triggers)}, notice_facts)

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
