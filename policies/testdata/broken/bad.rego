package clausecheck.custom.bad

import rego.v1

finding := {"status": "met" if {
