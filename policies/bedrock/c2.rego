# METADATA
# title: Model availability and end-of-life terms
# description: |
#   Deprecation or end of life of a foundation model gives the customer a
#   credit or equivalent remedy for the forced migration (naming fine-tuned
#   or custom models is an extra element). Partial when deprecation is
#   addressed (notice) without a remedy; conflict when the provider may
#   deprecate at any time without notice or remedy.
# custom:
#   id: C2
#   severity: critical
#   remediation: >-
#     Ask for a minimum deprecation notice and a migration credit (or a
#     successor model at the same price) when a foundation model, including a
#     fine-tuned or custom model, reaches end of life.
package clausecheck.bedrock.c2

import data.lib.clausecheck as lib
import rego.v1

core_model_lifecycle := [h | some h in input.topics.model_lifecycle; h.usable; h.term != ""]

nonbinding_model_lifecycle := [h | some h in input.topics.model_lifecycle; lib.nonbinding(h)]

usable_model_lifecycle := [h | some h in input.topics.model_lifecycle; h.usable]

topics := ["model_lifecycle"]

# A right to cancel Provisioned Throughput on deprecation is C3's business,
# not a remedy for the forced migration.
cancellation_quotes := {h.quote | some h in input.topics.pt_cancellation; h.scope.provisioned; h.term != ""}

# What is deprecated must be a model: the sentence, its clause or the
# clause it belongs to names one, or the heading does.
model_clauses := {x | some h in core_model_lifecycle; "model" in h.elements; some x in [h.clause, h.anchor]}

about_models(h) if "model" in h.elements

about_models(h) if h.clause in model_clauses

about_models(h) if h.anchor in model_clauses

about_models(h) if h.parent in model_clauses

about_models(h) if regex.match(`(?i)\bmodels?\b`, h.heading)

# …nor are the deprecation triggers listed under such a right ("(a) the
# model is materially deprecated").
cancellation_clauses := {h.clause | some h in input.topics.pt_cancellation; h.scope.provisioned; h.term != ""}

in_cancellation(h) if h.quote in cancellation_quotes

in_cancellation(h) if h.parent in cancellation_clauses

hits := [h | some h in core_model_lifecycle; not in_cancellation(h); about_models(h)]

# The items of a deprecation clause ("AWS shall: (a) give 90 days' notice;
# (b) issue a credit …") carry its remedy.
hit_clauses := {h.clause | some h in hits}

items := [h |
	some h in usable_model_lifecycle
	not lib.core(h)
	h.anchor in hit_clauses
]

remedies := [h | some h in array.concat(hits, items); "remedy" in h.affirmed_elements; h.polarity != "negated"]

at_will := [h |
	some h in hits
	h.polarity in {"permitted", "affirmed"}
	h.party != "customer"
	at_will_terms(h)
]

at_will_terms(h) if "at_will" in h.affirmed_elements

at_will_terms(h) if "notice" in h.negated_elements

notice_days := lib.max_of([d | some h in hits; some d in h.facts.days])

default custom_named := false

custom_named if {
	some h in usable_model_lifecycle
	"custom_models" in h.elements
}

status := "met" if {
	count(remedies) > 0
} else := "conflict" if {
	count(at_will) > 0
} else := "partial" if {
	count(hits) > 0
} else := "partial" if {
	count(nonbinding_model_lifecycle) > 0
} else := "missing"

reason := "model deprecation gives the customer a credit or remedy" if {
	status == "met"
	custom_named
} else := "model deprecation gives the customer a credit or remedy (fine-tuned or custom models not named)" if {
	status == "met"
} else := "the provider may deprecate models at any time without notice or remedy" if {
	status == "conflict"
} else := "deprecation is addressed but gives no credit or remedy" if {
	count(hits) > 0
} else := "deprecation is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "model deprecation")

evidence := lib.evidence(remedies) if {
	status == "met"
} else := lib.evidence(at_will) if {
	status == "conflict"
} else := lib.evidence(hits) if {
	count(hits) > 0
} else := lib.evidence(nonbinding_model_lifecycle) if {
	status == "partial"
} else := lib.absent_evidence(topics)

notice_facts := {"notice_days": notice_days} if {
	notice_days
} else := {}

facts := object.union({"remedy": count(remedies) > 0, "custom_models_named": custom_named}, notice_facts)

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
