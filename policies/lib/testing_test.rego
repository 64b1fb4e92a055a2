package lib.testing

import rego.v1

# frame builds a frame in force (binding, not superseded, no missing
# reference) with the fields given.
frame(fields) := object.union(
	{
		"statement": 0, "clause": "1.1", "page": 1, "quote": "a sentence",
		"binding": true, "nonbinding": "", "superseded_by": "", "basis": "",
		"missing_refs": [], "deferred": false, "amended": "", "in_force": true,
	},
	fields,
)

# recital: the same frame in a recital (binds nobody).
recital(fields) := object.union(frame(fields), {"binding": false, "nonbinding": "recital", "in_force": false})

# nonbinding_doc: input for a draft that binds nobody as a whole (a term
# sheet), its frames marked so.
nonbinding_doc(frames) := object.union(doc(frames), {"document": {"nonbinding": true}})

# in_nonbinding_doc: a frame of such a draft.
in_nonbinding_doc(fields) := object.union(frame(fields), {"binding": false, "nonbinding": "nonbinding_document", "in_force": false})

# superseded: a frame another clause prevails over.
superseded(fields) := object.union(frame(fields), {"superseded_by": "9.1", "basis": "later amendment", "in_force": false})

empty_frames := {
	"token_counting": [], "model_lifecycle": [], "pt_cancellation": [], "training": [], "residency": [],
	"custom_import": [], "pt_sla": [], "commitment": [], "discount": [], "pt_prepurchase": [], "alt_quote": [],
	"vector_storage": [], "guardrails": [], "omitted": [],
}

thresholds := {
	"pt_cancel_notice_days": 60, "pt_sla_percent": 99.9,
	"edp_discount_floor_percent": 18, "pt_credit_floor_percent": 35,
}

# doc is the policy input of an AWS draft with the frames given.
doc(frames) := {
	"schema": "clausecheck/input/v2",
	"document": {"path": "draft.md", "provider": "aws", "provider_name": "", "subject": [], "nonbinding": false},
	"thresholds": thresholds,
	"frames": object.union(empty_frames, frames),
	"unresolved": {},
	"overrides": [],
	"notices": [],
	"statements": [],
}

# other is the same for another provider's contract.
other(frames) := object.union(doc(frames), {"document": {"path": "draft.md", "provider": "other", "provider_name": "Vertex AI", "subject": [], "nonbinding": false}})

# unresolved adds an amendment that could not be applied, touching a check.
unresolved(frames, check) := object.union(doc(frames), {"unresolved": {check: ["clause 9.1: an amendment that could not be applied"]}})
