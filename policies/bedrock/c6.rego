# METADATA
# title: SLA on Provisioned Throughput
# description: |
#   An availability commitment that covers Provisioned Throughput at or above
#   the threshold (default 99.9%) WITH service credits. Partial below the
#   threshold or without credits; conflict when PT is expressly excluded
#   from any SLA or offered on a best-effort basis only.
# custom:
#   id: C6
#   severity: critical
#   remediation: >-
#     Ask for a Provisioned Throughput availability commitment of at least
#     99.9% per month backed by service credits.
package clausecheck.bedrock.c6

import data.lib.clausecheck as lib
import rego.v1

all := input.frames.pt_sla

frames := lib.in_force(all)

floor := input.thresholds.pt_sla_percent

conflicts := [f | some f in frames; conflict_frame(f)]

conflict_frame(f) if f.best_effort

# excluded from every service level ("… and from any other service level
# commitment of AWS"): a conflict whatever SLA names PT elsewhere
conflict_frame(f) if f.excluded_all

# excluded from an SLA: a conflict only where no other SLA in force gives
# PT a level (PT excluded from every SLA)
conflict_frame(f) if {
	f.excluded
	count(level_frames) == 0
}

levels := [l | some f in frames; some l in f.levels]

thresholds := [l | some f in frames; some l in f.thresholds]

# the level promised: the lowest level committed to; failing one, the
# highest availability below which a credit is owed
level := min(levels) if {
	count(levels) > 0
} else := max(thresholds) if {
	count(thresholds) > 0
}

credited := [f | some f in frames; f.credits]

level_frames := [f | some f in frames; count(f.levels) + count(f.thresholds) > 0; not f.excluded]

met := array.concat(level_frames, credited) if {
	level >= floor
	count(credited) > 0
} else := []

status := lib.status({
	"id": "C6", "lever": false, "has_partial": true, "has_conflict": true,
	"conflict": conflicts, "met": met, "partial": array.concat(level_frames, credited), "nonbinding": lib.nonbinding(all),
})

reason := lib.held_back_reason if {
	lib.held_back("C6", met, status)
} else := "Provisioned Throughput is excluded from any SLA or offered on a best-effort basis" if {
	status == "conflict"
} else := sprintf("Provisioned Throughput availability %v%% (threshold %v%%) with service credits", [level, floor]) if {
	status == "met"
} else := sprintf("Provisioned Throughput availability %v%% is below the %v%% threshold", [level, floor]) if {
	level < floor
} else := sprintf("Provisioned Throughput availability %v%% but no service credits", [level]) if {
	level
	count(credited) == 0
} else := "service credits are stated but no availability level for Provisioned Throughput" if {
	count(credited) > 0
} else := "a Provisioned Throughput SLA is mentioned only in non-binding language" if {
	status == "partial"
} else := lib.absent_reason(all, {"availability", "best_effort"}, "an SLA on Provisioned Throughput")

# the sentences behind the verdict first: the level that decides, then the
# credits, then the rest
decisive := [f | some f in level_frames; some l in array.concat(f.levels, f.thresholds); l == level]

evidence := lib.evidence(conflicts) if {
	status == "conflict"
} else := lib.evidence(array.concat(array.concat(decisive, credited), level_frames)) if {
	count(level_frames) + count(credited) > 0
} else := lib.evidence(lib.nonbinding(all)) if {
	status == "partial"
} else := lib.absent_evidence(all, {"availability", "best_effort"})

facts := object.union({"service_credits": count(credited) > 0}, {"sla_percent": level | level})

finding := {
	"status": status,
	"reason": lib.with_notes(reason, "C6", all),
	"evidence": evidence,
	"facts": facts,
}
