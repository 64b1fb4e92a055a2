# METADATA
# title: Shared helpers of the clausecheck policies
# description: |
#   Selection of the hits a verdict may rely on, evidence and reasons.
#   A hit is one sentence of the draft about a topic (see check.Hit).
package lib.clausecheck

import rego.v1

# usable: operative and binding text that is in force (computed by the
# analyser: binding, not omitted, not superseded, no missing reference).
usable(h) if h.usable

# core: the sentence names the topic itself (not only one of its elements).
core(h) if h.term != ""

# nonbinding: recitals, preamble, "discuss in good faith" about the topic.
nonbinding(h) if {
	not h.binding
	h.nonbinding != "definition"
	not h.omitted
	h.superseded_by == ""
	count(h.missing_refs) == 0
	h.term != ""
}

# affirms: the element is addressed and not negated.
affirms(h, e) if {
	e in h.elements
	not e in h.negated_elements
}

denies(h, e) if e in h.negated_elements

elements(hits) := {e | some h in hits; some e in h.elements}

# words lists element names for a reason: "system prompts, tool definitions".
words(names) := concat(", ", [replace(e, "_", " ") | some e in sort(names)])

bedrock if input.document.provider == "bedrock"

# evidence: each sentence once (a repeated clause cites it once too), in
# the order of the hits.
evidence(hits) := [e |
	some i, h in hits
	not seen_before(hits, i)
	e := {"clause": h.clause, "page": h.page, "quote": h.quote}
]

seen_before(hits, i) if {
	some j, g in hits
	j < i
	g.quote == hits[i].quote
}

max_of(xs) := max(xs) if count(xs) > 0

min_of(xs) := min(xs) if count(xs) > 0

# why nothing counted: omitted clause, missing cross-reference, superseded.
absent_reason(topics, what) := sprintf("%s: %s", [what, notes[0]]) if {
	notes := array.concat(array.concat(omitted_notes(topics), missing_ref_notes(topics)), superseded_notes(topics))
	count(notes) > 0
} else := sprintf("no operative clause addresses %s", [what])

omitted_notes(topics) := sort({sprintf("clause %s (%s) is intentionally omitted or reserved", [h.clause, h.heading]) |
	some t in topics
	some h in input.topics[t]
	h.omitted
})

missing_ref_notes(topics) := sort({sprintf("clause %s only refers to section %s, which is not in the draft", [h.clause, concat(", ", h.missing_refs)]) |
	some t in topics
	some h in input.topics[t]
	count(h.missing_refs) > 0
})

superseded_notes(topics) := sort({sprintf("clause %s was overridden by clause %s (%s)", [h.clause, h.superseded_by, h.basis]) |
	some t in topics
	some h in input.topics[t]
	h.superseded_by != ""
})

# absent_reason_in and absent_evidence_in: the same over chosen hits (a
# policy keeps the hits of its scope: a missing reference in a clause on
# terminating the agreement says nothing about Provisioned Throughput).
absent_reason_in(hits, what) := sprintf("%s: %s", [what, notes[0]]) if {
	notes := array.concat(
		array.concat(
			sort({sprintf("clause %s (%s) is intentionally omitted or reserved", [h.clause, h.heading]) | some h in hits; h.omitted}),
			sort({sprintf("clause %s only refers to section %s, which is not in the draft", [h.clause, concat(", ", h.missing_refs)]) | some h in hits; count(h.missing_refs) > 0}),
		),
		sort({sprintf("clause %s was overridden by clause %s (%s)", [h.clause, h.superseded_by, h.basis]) | some h in hits; h.superseded_by != ""}),
	)
	count(notes) > 0
} else := sprintf("no operative clause addresses %s", [what])

absent_evidence_in(hits) := evidence([h | some h in hits; hidden(h)])

absent_evidence(topics) := [{"clause": h.clause, "page": h.page, "quote": h.quote} |
	some t in topics
	some h in input.topics[t]
	hidden(h)
]

hidden(h) if h.omitted

hidden(h) if count(h.missing_refs) > 0

hidden(h) if h.superseded_by != ""

# a recital or "discuss in good faith" explains a missing verdict; a
# definition ("“Term” means …") grants nothing and explains nothing.
hidden(h) if {
	not h.binding
	h.nonbinding != "definition"
}

# precedence notes: which clause won over which.
precedence(topics) := {sprintf("clause %s prevails over clause %s (%s)", [h.superseded_by, h.clause, h.basis]) |
	some t in topics
	some h in input.topics[t]
	h.superseded_by != ""
}

with_precedence(reason, topics) := concat("; ", array.concat([reason], sort(notes))) if {
	notes := precedence(topics)
	count(notes) > 0
} else := reason
