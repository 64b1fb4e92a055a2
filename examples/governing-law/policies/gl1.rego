# METADATA
# title: Governing law named
# description: |
#   The draft names the law that governs it, with a jurisdiction. Partial:
#   it says which law governs only by pointing at another agreement ("the
#   law that governs the EDP Agreement"), which the reviewer must then read.
# custom:
#   id: GL1
#   severity: warning
#   remediation: >-
#     Ask for a governing-law clause that names the jurisdiction (for
#     example "the laws of the State of New York").
package clausecheck.examples.gl1

import rego.v1

# Binding statements of the text in force that speak of governing law.
# input.statements is documented in policies/README.md (input schema
# clausecheck/input/v2); `clausecheck check --format input DRAFT` prints it.
law := [s |
	some s in input.statements
	s.binding
	"governing_law" in s.concepts
	not s.negated
]

named := [s | some s in law; "named_jurisdiction" in s.concepts]

evidence(ss) := [{"clause": s.clause, "page": s.page, "quote": s.quote} | some s in ss]

finding := {
	"status": "met",
	"reason": "the governing law is named",
	"evidence": evidence(named),
	"facts": {"statements": count(named)},
} if {
	count(named) > 0
} else := {
	"status": "partial",
	"reason": "the governing law is given only by reference to another agreement",
	"evidence": evidence(law),
	"facts": {"statements": count(law)},
} if {
	count(law) > 0
} else := {
	"status": "missing",
	"reason": "no governing-law clause",
	"evidence": [],
	"facts": {},
}
