# METADATA
# title: SLA on Provisioned Throughput
# description: |
#   Provisioned Throughput availability is committed at or above the
#   threshold (default 99.9%) with service credits. Partial below the
#   threshold or without credits; conflict when PT is expressly excluded
#   from any SLA or best effort only. An SLA scoped to on-demand inference
#   or to another service does not count.
# custom:
#   id: C6
#   severity: critical
#   remediation: >-
#     Ask for a Provisioned Throughput availability commitment of at least
#     99.9% per month backed by service credits.
package clausecheck.bedrock.c6

import data.lib.clausecheck as lib
import rego.v1

core_pt_sla := [h | some h in input.topics.pt_sla; h.usable; h.term != ""]

nonbinding_pt_sla := [h | some h in input.topics.pt_sla; lib.nonbinding(h)]

usable_pt_sla := [h | some h in input.topics.pt_sla; h.usable]

topics := ["pt_sla"]

# Hits about Provisioned Throughput, for a missing verdict's explanation.
pt_topic_hits := [h | some h in input.topics.pt_sla; h.scope.provisioned]

pt_hits := [h |
	some h in core_pt_sla
	h.scope.provisioned
	not h.scope.other_service
]

exclusions := [h | some h in pt_hits; excludes(h)]

excludes(h) if "excluded" in h.elements

excludes(h) if "best_effort" in h.elements

stated := [h | some h in pt_hits; not excludes(h); count(availability(h)) > 0]

# "a credit of 50% if availability falls below 95%": the level of a credit,
# not the availability promised — unless no other sentence states one.
plain := [h | some h in stated; not credit_scale(h)]

commitments := plain if count(plain) > 0

else := stated

credit_scale(h) if {
	"credits" in h.elements
	"credit_scale" in h.elements
}

# A line of a credit scale ("(iii) one hundred percent (100%) where
# availability is below 95.0%") states a credit, not the availability, when
# another clause of the draft is the one that promises the credits.
credit_scale(h) if {
	"credit_scale" in h.elements
	some c in core_pt_sla
	c.clause != h.clause
	"credits" in c.elements
}

availability(h) := [p | some p in h.facts.percent; p >= 80]

sla_percent := lib.max_of([p | some h in commitments; some p in availability(h)])

# Credits count in the commitment's clause family: the same clause, its
# sub-clauses, or a sibling under the same parent.
commit_family := {x | some h in commitments; some x in [h.clause, h.anchor, h.parent]; x != ""}

credit_hits := [h |
	some h in usable_pt_sla
	family(h)
	"credits" in h.affirmed_elements

	# "AWS may issue a service credit" promises none.
	not "credits" in h.permitted_elements
]

family(h) if h.clause in commit_family

family(h) if h.anchor in commit_family

family(h) if {
	h.parent != ""
	h.parent in commit_family
}

# Elsewhere (a schedule), a credit counts when its own sentence is about
# Provisioned Throughput availability.
family(h) if {
	lib.core(h)
	h.scope.provisioned
	not h.scope.other_service
}

status := "met" if {
	sla_percent >= input.thresholds.pt_sla_percent
	count(credit_hits) > 0
} else := "partial" if {
	count(commitments) > 0
} else := "conflict" if {
	count(exclusions) > 0
} else := "partial" if {
	count(pt_hits) > 0
} else := "partial" if {
	some h in nonbinding_pt_sla
	h.scope.provisioned
} else := "missing"

reason := sprintf("Provisioned Throughput availability %v%% (threshold %v%%) with service credits", [sla_percent, input.thresholds.pt_sla_percent]) if {
	status == "met"
} else := sprintf("Provisioned Throughput availability %v%% is below the %v%% threshold", [sla_percent, input.thresholds.pt_sla_percent]) if {
	count(commitments) > 0
	sla_percent < input.thresholds.pt_sla_percent
} else := sprintf("Provisioned Throughput availability %v%% carries no service credits", [sla_percent]) if {
	count(commitments) > 0
} else := "Provisioned Throughput is excluded from the SLA or best effort only" if {
	status == "conflict"
} else := "Provisioned Throughput availability is mentioned without a committed percentage" if {
	status == "partial"
} else := lib.absent_reason_in(pt_topic_hits, "an SLA on Provisioned Throughput")

evidence := lib.evidence(array.concat(commitments, credit_hits)) if {
	count(commitments) > 0
} else := lib.evidence(exclusions) if {
	status == "conflict"
} else := lib.evidence(pt_hits) if {
	status == "partial"
} else := lib.absent_evidence_in(pt_topic_hits)

sla_facts := {"sla_percent": sla_percent} if {
	sla_percent
} else := {}

facts := object.union({"service_credits": count(credit_hits) > 0}, sla_facts)

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
