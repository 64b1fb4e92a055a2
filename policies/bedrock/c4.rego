# METADATA
# title: Data residency and training-data exclusion
# description: |
#   Prompts AND completions are not used to train foundation models, AND data
#   stays in the region chosen. Partial with only one of the two (or an
#   exclusion of only prompts or only completions); conflict when the
#   provider may use prompts or completions to train or improve models, an
#   exception swallows the promise, or data may leave the region.
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

training_all := input.frames.training

residency_all := input.frames.residency

all := array.concat(training_all, residency_all)

training := lib.in_force(training_all)

residency := lib.in_force(residency_all)

permissions := [f | some f in training; f.effect == "permission"]

swallowed := [f | some f in training; f.effect == "exclusion"; f.swallowed]

exclusions := [f | some f in training; f.effect == "exclusion"; not f.swallowed]

res_conflicts := [f | some f in residency; f.effect == "conflict"]

promises := [f | some f in residency; f.effect == "promise"]

conflicts := array.concat(array.concat(permissions, swallowed), res_conflicts)

excluded := {c | some f in exclusions; some c in f.covers}

met := array.concat(exclusions, promises) if {
	count(excluded) == 2
	count(promises) > 0
} else := []

status := lib.status({
	"id": "C4", "lever": false, "has_partial": true, "has_conflict": true,
	"conflict": conflicts, "met": met, "partial": array.concat(exclusions, promises), "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("C4", met, status)
} else := "the provider may use prompts or completions to train or improve models" if {
	count(permissions) > 0
} else := "an exception to the no-training promise lets the provider train or improve on prompts or completions" if {
	count(swallowed) > 0
} else := "the provider may move, store or process customer data outside the selected region" if {
	count(res_conflicts) > 0
} else := "prompts and completions are excluded from training and data stays in region" if {
	status == "met"
} else := sprintf("the training exclusion covers only %s", [lib.words(excluded)]) if {
	count(excluded) == 1
} else := "training is excluded but nothing binds data to a region" if {
	count(excluded) == 2
} else := "data residency is promised but not the training-data exclusion" if {
	count(promises) > 0
} else := "training or residency is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"train", "region", "in_region"}, "training-data exclusion and residency")

evidence := lib.evidence(conflicts) if {
	status == "conflict"
} else := lib.evidence(array.concat(exclusions, promises)) if {
	count(exclusions) + count(promises) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"train", "region", "in_region"})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C4", all),
	"evidence": evidence,
	"facts": {"training_excluded": sort(excluded), "residency": count(promises) > 0},
}
