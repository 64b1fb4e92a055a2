# METADATA
# title: Data residency and training-data exclusion
# description: |
#   Prompts AND completions are not used to train foundation models, AND data
#   stays in the region chosen. Partial with only one of the two (or training
#   exclusion for only prompts or only completions); conflict when the
#   provider may use prompts or completions to train or improve models, or
#   may move data out of the region.
# custom:
#   id: C4
#   severity: critical
#   remediation: >-
#     Ask for an express promise that neither prompts nor completions are used
#     to train or improve any model, and that content stays in the region the
#     customer selects.
package clausecheck.bedrock.c4

import data.lib.clausecheck as lib
import rego.v1

core_residency := [h | some h in input.topics.residency; h.usable; h.term != ""]

core_training := [h | some h in input.topics.training; h.usable; h.term != ""]

nonbinding_residency := [h | some h in input.topics.residency; lib.nonbinding(h)]

nonbinding_training := [h | some h in input.topics.training; lib.nonbinding(h)]

topics := ["training", "residency"]

data_elements := {"prompts", "completions"}

training := core_training

train_conflicts := [h |
	some h in training
	h.polarity in {"permitted", "affirmed"}
	h.party != "customer"
	"use" in h.affirmed_elements
	count(data_elements & {e | some e in h.elements}) > 0
]

# "will not use prompts to train, except as required to improve service
# quality": the exception lets the provider use the content it names.
train_conflicts_by_exception := [h |
	some h in training
	h.exception
	h.polarity == "permitted"
	h.party != "customer"
	count(data_elements & {e | some e in h.elements}) > 0
]

# A negated training term counts for the content it names ("will not use
# prompts … to train"); "Customer may not … train competing models" names
# none and is no evidence.
train_exclusions := [h |
	some h in training
	h.polarity == "negated"
	count(data_elements & {e | some e in h.elements}) > 0
]

excluded := {e | some h in train_exclusions; some e in h.elements; e in data_elements}

residency := core_residency

res_conflicts := [h |
	some h in residency
	h.polarity in {"permitted", "affirmed"}
	h.party != "customer"
	"out_of_region" in h.affirmed_elements
	"movement" in h.affirmed_elements
	"data" in h.elements
]

res_ok := [h | some h in residency; residency_promise(h)]

residency_promise(h) if {
	h.polarity == "negated"
	"data" in h.elements
	"out_of_region" in h.elements
}

residency_promise(h) if {
	"data" in h.elements
	"out_of_region" in h.negated_elements
}

residency_promise(h) if {
	h.polarity == "affirmed"
	"data" in h.elements
	"in_region" in h.affirmed_elements
	not "out_of_region" in h.affirmed_elements
}

residency_promise(h) if {
	h.polarity == "permitted"
	h.party != "customer"
	"data" in h.elements
	"in_region" in h.affirmed_elements
	not "out_of_region" in h.affirmed_elements
}

conflicts := array.concat(array.concat(train_conflicts, train_conflicts_by_exception), res_conflicts)

status := "conflict" if {
	count(conflicts) > 0
} else := "met" if {
	count(excluded) == 2
	count(res_ok) > 0
} else := "partial" if {
	count(excluded) > 0
} else := "partial" if {
	count(res_ok) > 0
} else := "partial" if {
	count(nonbinding_training) + count(nonbinding_residency) > 0
} else := "missing"

reason := "the provider may use customer prompts or completions to train or improve models" if {
	count(train_conflicts) > 0
} else := "an exception to the no-training promise lets the provider use prompts or completions to improve its models or services" if {
	count(train_conflicts_by_exception) > 0
} else := "the provider may move or store customer data outside the selected region" if {
	count(res_conflicts) > 0
} else := "prompts and completions are excluded from training and data stays in region" if {
	status == "met"
} else := sprintf("training exclusion covers only %s", [lib.words(excluded)]) if {
	count(excluded) == 1
} else := "training is excluded but nothing is said about data residency" if {
	count(excluded) == 2
} else := "data residency is addressed but not training-data exclusion" if {
	count(res_ok) > 0
} else := "training or residency is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(topics, "training-data exclusion and residency")

evidence := lib.evidence(conflicts) if {
	status == "conflict"
} else := lib.evidence(array.concat(train_exclusions, res_ok)) if {
	count(train_exclusions) + count(res_ok) > 0
} else := lib.evidence(array.concat(nonbinding_training, nonbinding_residency)) if {
	status == "partial"
} else := lib.absent_evidence(topics)

facts := {
	"training_excluded": sort(excluded),
	"residency": count(res_ok) > 0,
}

finding := {
	"status": status,
	"reason": lib.with_precedence(reason, topics),
	"evidence": evidence,
	"facts": facts,
}
