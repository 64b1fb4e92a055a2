# METADATA
# title: Shared helpers of the clausecheck policies
# description: |
#   The status ladder every check climbs, and the selection of frames a
#   verdict may rely on. A frame is a typed record the interpreter read in
#   the effective draft (input.frames.*); see policies/README.md.
package lib.clausecheck

import rego.v1

# in_force: binding, not superseded, nothing behind a missing reference.
in_force(frames) := [f | some f in frames; f.in_force]

# nonbinding: recitals, "discuss in good faith", a non-binding document.
# Definitions, placeholders and the proposals of a negotiation record
# count for nothing (labelling rules G2, G4, G9).
nonbinding(frames) := [f |
	some f in frames
	not f.binding
	# a proposal, a drafting note, the title and parties or an account of a
	# term withdrawn are no text on the topic at all (G9); recitals and
	# good-faith promises are (G4)
	not f.nonbinding in {"definition", "placeholder", "negotiation", "note", "preamble", "withdrawn"}
	f.superseded_by == ""
]

# blocked: frames whose terms sit behind a missing reference or another
# document (they explain a missing verdict).
blocked(frames) := [f |
	some f in frames
	f.binding
	f.superseded_by == ""
	blocked_frame(f)
]

blocked_frame(f) if count(f.missing_refs) > 0

blocked_frame(f) if f.deferred

superseded(frames) := [f | some f in frames; f.superseded_by != ""]

aws if input.document.provider == "aws"

# status is the ladder, the same for every check:
#   a lever of a contract that is not an AWS one: missing (rule G12);
#   a conflict in force: conflict (where the check has one; it dominates);
#   met, unless an amendment touching the check could not be applied;
#   partial where the check has a partial state;
#   only non-binding text: partial, or missing for a yes/no check;
#   else missing.
# c: {"id", "lever", "has_partial", "has_conflict", "conflict", "met", "partial", "nonbinding"}
status(c) := "missing" if {
	c.lever
	not aws
} else := "conflict" if {
	c.has_conflict
	count(c.conflict) > 0
} else := "partial" if {
	count(c.met) > 0
	unresolved(c.id)
	c.has_partial
} else := "missing" if {
	count(c.met) > 0
	unresolved(c.id)
} else := "met" if {
	count(c.met) > 0
} else := "partial" if {
	c.has_partial
	count(c.partial) > 0
} else := "partial" if {
	c.has_partial
	addressed_nonbinding(c)
} else := "missing"

# addressed_nonbinding: a lever in a recital or a good-faith promise is
# addressed (labelling rule 4); a critical clause is addressed only by a
# document that binds nobody as a whole (a term sheet, an indicative
# offer), never by a recital, a promise to discuss or a part "for
# information only" inside a document that does bind: nothing there
# commits to the topic.
addressed_nonbinding(c) if {
	c.lever
	count(c.nonbinding) > 0
}

addressed_nonbinding(c) if {
	not c.lever
	input.document.nonbinding
	some f in c.nonbinding
	f.nonbinding == "nonbinding_document"
}

unresolved(id) if count(object.get(input.unresolved, id, [])) > 0

# evidence: each sentence once, in document order of the frames given.
# (The frames are sorted by quote once to find each quote's first frame:
# comparing every frame with every earlier one is quadratic on a long
# draft.)
evidence(frames) := [e |
	firsts := first_of_each_quote(frames)
	some i, f in frames
	firsts[i]
	e := {"clause": f.clause, "page": f.page, "quote": f.quote}
]

first_of_each_quote(frames) := {p[1] |
	pairs := sort([[f.quote, i] | some i, f in frames])
	some k, p in pairs
	first_in_run(pairs, k)
}

first_in_run(_, 0)

first_in_run(pairs, k) if {
	k > 0
	pairs[k - 1][0] != pairs[k][0]
}

# words lists element names for a reason: "system prompts, tool definitions".
words(names) := concat(", ", [replace(e, "_", " ") | some e in sort(names)])

max_of(xs) := max(xs) if count(xs) > 0

min_of(xs) := min(xs) if count(xs) > 0

# why a check is missing: an omitted or deleted clause on its topic, a
# reference to a section that is not there, a superseded clause.
absent_reason(frames, concepts, what) := sprintf("%s: %s", [what, notes[0]]) if {
	notes := array.concat(
		array.concat(omitted_notes(concepts), blocked_notes(frames)),
		superseded_notes(frames),
	)
	count(notes) > 0
} else := sprintf("no operative clause addresses %s", [what])

omitted_notes(concepts) := sort({sprintf("clause %s (%s) is %s", [o.clause, o.heading, why(o)]) |
	some o in input.frames.omitted
	some c in o.concepts
	c in concepts
})

why(o) := "reserved or intentionally omitted" if o.why == "omitted"

why(o) := o.why if o.why != "omitted"

blocked_notes(frames) := sort({note |
	some f in blocked(frames)
	note := blocked_note(f)
})

blocked_note(f) := sprintf("clause %s only refers to %s, which is not in the draft", [f.clause, concat(", ", f.missing_refs)]) if {
	count(f.missing_refs) > 0
} else := sprintf("clause %s leaves it to another document", [f.clause])

superseded_notes(frames) := sort({sprintf("clause %s is overridden by clause %s (%s)", [f.clause, f.superseded_by, f.basis]) |
	some f in superseded(frames)
})

absent_evidence(frames, concepts) := array.concat(
	[{"clause": o.clause, "page": o.page, "quote": sprintf("%s: %s", [o.heading, why(o)])} |
		some o in input.frames.omitted
		some c in o.concepts
		c in concepts
	],
	evidence(array.concat(blocked(frames), superseded(frames))),
)

# with_notes adds to a reason the overrides applied and the amendments that
# could not be.
with_notes(reason, id, frames) := concat("; ", array.concat([reason], notes)) if {
	notes := array.concat(
		sort({sprintf("%s overridden by %s (%s)", [f.clause, f.superseded_by, f.basis]) | some f in superseded(frames)}),
		object.get(input.unresolved, id, []),
	)
	count(notes) > 0
} else := reason

# held_back: the check would be met, but an amendment touching it could not
# be applied (labelling rule G1: the text in force is unknown). A conflict in
# force dominates (the ladder of status): its own reason is given.
held_back(id, met, status) if {
	status != "conflict"
	count(met) > 0
	unresolved(id)
}

held_back_reason := "met on its own terms, but an amendment touching it could not be applied"
