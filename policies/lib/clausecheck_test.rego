package lib.clausecheck_test

import data.lib.clausecheck as lib
import data.lib.testing as t
import rego.v1

ladder(c) := lib.status(object.union(
	{"id": "C9", "lever": false, "has_partial": true, "has_conflict": true, "conflict": [], "met": [], "partial": [], "nonbinding": []},
	c,
))

test_conflict_dominates_met if {
	ladder({"conflict": [1], "met": [1]}) == "conflict" with input as t.doc({})
}

test_no_conflict_state if {
	ladder({"has_conflict": false, "conflict": [1], "met": [1]}) == "met" with input as t.doc({})
}

test_met if ladder({"met": [1], "partial": [1]}) == "met" with input as t.doc({})

test_unresolved_amendment_is_never_met if {
	ladder({"met": [1]}) == "partial" with input as t.unresolved({}, "C9")
	ladder({"met": [1], "has_partial": false}) == "missing" with input as t.unresolved({}, "C9")
}

test_nonbinding_only_is_partial_for_a_lever if {
	ladder({"lever": true, "nonbinding": [t.recital({})]}) == "partial" with input as t.doc({})
	ladder({"lever": true, "nonbinding": [t.recital({})], "has_partial": false}) == "missing" with input as t.doc({})
}

test_nonbinding_only_critical_needs_a_nonbinding_document if {
	ladder({"nonbinding": [t.recital({})]}) == "missing" with input as t.doc({})
	ladder({"nonbinding": [t.in_nonbinding_doc({})]}) == "missing" with input as t.doc({})
	ladder({"nonbinding": [t.in_nonbinding_doc({})]}) == "partial" with input as t.nonbinding_doc({})
	ladder({"nonbinding": [t.in_nonbinding_doc({})], "has_partial": false}) == "missing" with input as t.nonbinding_doc({})
}

test_lever_of_another_provider_is_missing if {
	ladder({"lever": true, "met": [1]}) == "missing" with input as t.other({})
	ladder({"lever": false, "met": [1]}) == "met" with input as t.other({})
}

test_missing if ladder({}) == "missing" with input as t.doc({})

test_in_force if {
	fs := [t.frame({"clause": "1"}), t.recital({"clause": "2"}), t.superseded({"clause": "3"})]
	[f.clause | some f in lib.in_force(fs)] == ["1"]
	[f.clause | some f in lib.nonbinding(fs)] == ["2"]
}

test_negotiation_counts_for_nothing if {
	fs := [object.union(t.recital({}), {"nonbinding": "negotiation"}), object.union(t.recital({}), {"nonbinding": "definition"}), object.union(t.recital({}), {"nonbinding": "withdrawn"})]
	count(lib.nonbinding(fs)) == 0
}

test_evidence_once_per_sentence if {
	fs := [t.frame({"quote": "a"}), t.frame({"quote": "a"}), t.frame({"quote": "b", "clause": "2"})]
	lib.evidence(fs) == [{"clause": "1.1", "page": 1, "quote": "a"}, {"clause": "2", "page": 1, "quote": "b"}]
}

test_evidence_keeps_document_order_and_the_first_of_each if {
	fs := [
		t.frame({"quote": "z", "clause": "1"}), t.frame({"quote": "b", "clause": "2"}),
		t.frame({"quote": "z", "clause": "3"}), t.frame({"quote": "a", "clause": "4"}),
	]
	lib.evidence(fs) == [
		{"clause": "1", "page": 1, "quote": "z"}, {"clause": "2", "page": 1, "quote": "b"},
		{"clause": "4", "page": 1, "quote": "a"},
	]
}

test_absent_reason_names_the_omitted_clause if {
	inp := t.doc({"omitted": [{"clause": "7", "heading": "Token counting", "why": "omitted", "concepts": ["token"], "page": 2}]})
	r := lib.absent_reason([], {"token"}, "token counting") with input as inp
	contains(r, "clause 7 (Token counting) is reserved")
}

test_held_back if {
	lib.held_back("C9", [1], "partial") with input as t.unresolved({}, "C9")
	not lib.held_back("C9", [], "partial") with input as t.unresolved({}, "C9")
	not lib.held_back("C9", [1], "partial") with input as t.doc({})
	not lib.held_back("C9", [1], "conflict") with input as t.unresolved({}, "C9")
}
