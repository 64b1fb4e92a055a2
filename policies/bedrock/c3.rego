# METADATA
# title: Provisioned Throughput cancellation rights
# description: |
#   The customer may cancel Provisioned Throughput commitments on at most the
#   threshold notice (default 60 days) when the model is materially
#   deprecated AND when usage shifts to another model, each enough on its
#   own. Partial with one trigger, a combined trigger or a longer notice;
#   conflict when PT commitments are non-cancellable without exception.
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

all := input.frames.pt_cancellation

frames := lib.in_force(all)

limit := input.thresholds.pt_cancel_notice_days

# a cancellation that costs the rest of the commitment is no right
rights := [f | some f in frames; f.kind == "right"; f.holder != "vendor"; not f.paid_exit]

denials := [f | some f in frames; f.kind == "denial"; not f.qualified; not only_other_events(f)]

# a denial for named events ("no cancellation right when the workload moves
# to another model") beside a right for other events only: that right is
# the term, narrower than asked for, not contradicted
only_other_events(d) if {
	count(d.triggers) > 0
	count(rights) > 0
	every t in d.triggers {
		not triggers[t]
	}
}

# triggers each sufficient on its own; a joint trigger counts as one
separate := {t | some f in rights; not f.joint; some t in f.triggers}

triggers := {t | some f in rights; some t in f.triggers}

notice_days := lib.max_of([f.notice_days | some f in rights; f.notice_days > 0])

default notice_ok := true

notice_ok := false if notice_days > limit

# a notice the draft names but does not give ("not less than the Notice
# Period" with no period stated) may be any length
notice_ok := false if {
	some f in rights
	f.notice_unstated
	count([g | some g in rights; g.notice_days > 0]) == 0
}

met := rights if {
	count(separate) == 2
	notice_ok
} else := []

status := lib.status({
	"id": "C3", "lever": false, "has_partial": true, "has_conflict": true,
	"conflict": denials, "met": met, "partial": rights, "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("C3", met, status)
} else := "Provisioned Throughput commitments are non-cancellable" if {
	status == "conflict"
} else := sprintf("the customer may cancel Provisioned Throughput on deprecation and on a move to another model (notice: %v days, limit %v)", [notice_text, limit]) if {
	status == "met"
} else := sprintf("cancellation notice of %v days exceeds the %v-day limit", [notice_days, limit]) if {
	count(rights) > 0
	notice_days > limit
} else := sprintf("the cancellation notice is referred to but its length is not stated in the draft (limit %v days)", [limit]) if {
	count(rights) > 0
	not notice_ok
} else := "both triggers must occur together: one combined trigger, not two" if {
	count(rights) > 0
	count(triggers) == 2
} else := sprintf("a cancellation right exists but only for %s", [lib.words(triggers)]) if {
	count(rights) > 0
	count(triggers) == 1
} else := "a cancellation right exists but names neither deprecation nor a move to another model" if {
	count(rights) > 0
} else := "Provisioned Throughput cancellation is mentioned only in non-binding language" if {
	status == "partial"
} else := "a cancellation only on paying the rest of the commitment is no cancellation right" if {
	count([f | some f in frames; f.paid_exit]) > 0
} else := lib.absent_reason(all, {"cancel", "non_cancellable"}, "Provisioned Throughput cancellation")

notice_text := sprintf("%v", [notice_days]) if {
	notice_days
} else := "none stated"

evidence := lib.evidence(denials) if {
	status == "conflict"
} else := lib.evidence(rights) if {
	count(rights) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"cancel", "non_cancellable", "provisioned"})

facts := object.union({"triggers": sort(separate)}, {"cancel_notice_days": notice_days | notice_days})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C3", all),
	"evidence": evidence,
	"facts": facts,
}
