package interpret

import "github.com/clausecheck/clausecheck/internal/lazyre"

// reNotInForce: a sentence that says a part of the draft is not in force
// ("Accordingly Part B is in force from the date of this Agreement and
// Part C is not in force.", "Schedule 3 has no force or effect.", "Part C
// has lapsed.").
var reNotInForce = lazyre.New(`(?i)\b((?:part|schedule|annex|appendix|exhibit|attachment)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4}))\s+(?:(?:is|are|remains?)\s+not\s+(?:yet\s+)?in\s+force|(?:has|have)\s+no\s+(?:legal\s+)?(?:force|effect)(?:\s+or\s+effect)?|(?:has|have)\s+lapsed)\b`)

// reConditionalLead: words before a statement that make it hold only in a
// case ("Unless and until CP-3 is satisfied, Part C has no force or
// effect"); the case may be met or not, and the draft says which elsewhere.
var reConditionalLead = lazyre.New(`(?i)\b(?:unless|until|if|where|when|pending|before|in\s+the\s+event|provided|subject\s+to)\b`)

// reConditionalTail: words after it that do the same ("Part C is not in
// force until CP-3 is satisfied").
var reConditionalTail = lazyre.New(`(?i)^\s*,?\s*(?:unless|until|if|where|when|pending|before|in\s+the\s+event|for\s+so\s+long|while)\b`)

// applyInactiveParts reads what the draft says of its own parts' force: a
// part it says, without condition, is not in force (a condition precedent
// it records as not satisfied, a part that has lapsed) binds nobody, and
// its terms count for nothing, as withdrawn ones do.
func (rg *Reading) applyInactiveParts() {
	inactive := map[string]bool{}
	var keys []partKey
	for _, st := range rg.Statements {
		if !st.Binding || !rg.once("not in force", st.Text, func(t string) bool {
			return containsFold(t, "force", "effect", "lapsed") && reNotInForce.MatchString(t)
		}) {
			continue
		}
		for _, loc := range reNotInForce.FindAllStringSubmatchIndex(st.Text, -1) {
			if reConditionalLead.MatchString(st.Text[:loc[0]]) || reConditionalTail.MatchString(st.Text[loc[1]:]) {
				continue
			}
			if keys == nil {
				keys = rg.partKeys()
			}
			for _, k := range rg.partsNamed(st.Text[loc[2]:loc[3]], keys, rg.byID[st.Clause]) {
				if k != "" && k != st.Part {
					inactive[k] = true
				}
			}
		}
	}
	if len(inactive) == 0 {
		return
	}
	rg.unbindWhere("withdrawn", func(st *Statement) bool { return inactive[st.Part] })
}

// unbindWhere makes each binding statement for which out holds bind
// nobody, for the reason given: the parts of a paper outside the one that
// holds the agreement, a part not in force.
func (rg *Reading) unbindWhere(why string, out func(*Statement) bool) {
	for _, st := range rg.Statements {
		if st.Binding && out(st) {
			st.Binding, st.Nonbinding = false, why
		}
	}
}

// reOnlyBinds: a sentence that names the one section or part of the draft
// that records the agreement ("Section 9 is the only part of this sheet
// that records what was agreed.", "Only Part B is binding.").
var reOnlyBinds = lazyre.New(`(?i)\b(?:(section|part|schedule|annex|appendix|article)\s+([a-z]|\d{1,2}|[ivx]{1,4})\s+is\s+the\s+only\s+(?:part|section|portion)\s+of\s+this\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+(?:records?\s+(?:what\s+was|what\s+has\s+been|the\s+terms?)\s+agreed|records?\s+the\s+agreed|is\s+binding|binds|forms?\s+part\s+of|has\s+(?:contractual|legal)\s+effect)|only\s+(section|part|schedule|annex|appendix|article)\s+([a-z]|\d{1,2}|[ivx]{1,4})\s+(?:is\s+binding|binds|records?\s+(?:what\s+was|the\s+terms?)\s+agreed|forms?\s+part\s+of\s+the\s+(?:agreement|addendum|contract)))\b`)

// applyOnlyBindingPart reads a paper that names the one section or part
// of it that records the agreement (a clause bank whose last section
// reproduces the executed wording, its earlier sections the positions
// taken): what stands outside that section binds nobody, as a negotiation
// record's proposals do (labelling rule G9).
func (rg *Reading) applyOnlyBindingPart() {
	var word, num, from string
	for _, st := range rg.Statements {
		if !rg.once("only binds", st.Text, func(t string) bool { return containsFold(t, "only") && reOnlyBinds.MatchString(t) }) {
			continue
		}
		if m := reOnlyBinds.FindStringSubmatch(st.Text); m != nil {
			word, num, from = m[1]+m[3], m[2]+m[4], st.Clause
			break
		}
	}
	if word == "" {
		return
	}
	if keys := rg.partsNamed(word+" "+num, rg.partKeys(), rg.byID[from]); len(keys) == 1 && keys[0] != "" {
		rg.unbindWhere("negotiation", func(st *Statement) bool { return st.Part != keys[0] })
		return
	}
	var top []string // else the one clause numbered so
	for _, id := range rg.byNumber[normNum(num)] {
		if c := rg.byID[id]; c != nil && normNum(c.Number) == normNum(num) {
			top = append(top, id)
		}
	}
	if len(top) == 1 {
		rg.unbindWhere("negotiation", func(st *Statement) bool { return st.Clause != top[0] && !isAncestor(rg.byID, top[0], st.Clause) })
	}
}

// reReportTitle: the title of a paper about a contract, not the contract
// ("INTERNAL AUDIT REPORT IA-25-014", "Legal review", "Due diligence
// memorandum").
var reReportTitle = lazyre.New(`(?i)\b(?:report|review|memo(?:randum)?|opinion|briefing|assessment|analysis|due\s+diligence|findings|audit)\b`)

// reReproduces: a sentence that says a part of the paper holds the
// contract's text ("Appendix A reproduces the Addendum verbatim and in
// full", "Annex 1 sets out the full text of the executed Agreement").
var reReproduces = lazyre.New(`(?i)\b((?:appendix|annex|schedule|attachment|exhibit)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4}))\s+(?:reproduces|sets\s+out|contains|is)\s+(?:a\s+copy\s+of\s+|the\s+(?:full\s+|complete\s+)?text\s+of\s+)?(?:the\s+)?(?:executed\s+|signed\s+)?(?:[\w-]+\s+){0,3}?(?:addendum|agreement|contract|amendment|order\s+form|side\s+letter|terms)\b[^.;]{0,60}?\b(?:verbatim|in\s+full|as\s+executed|as\s+signed|executed|signed)\b`)

// reReproducedIn: the signed text said to stand in a part of the paper
// ("the executed text reproduced verbatim in Appendix A").
var reReproducedIn = lazyre.New(`(?i)\b(?:executed|signed)\s+(?:text|wording|clauses?|terms)\s+(?:is\s+|are\s+)?(?:reproduced|quoted|copied|set\s+out)\s+(?:verbatim|in\s+full|word\s+for\s+word)\s+in\s+((?:appendix|annex|schedule|attachment|exhibit)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4}))\b`)

// reReproducedHere: a sentence at the head of a part that says the part
// holds the signed text ("The text below is reproduced verbatim from the
// signed copies in data room folder 7.4.").
var reReproducedHere = lazyre.New(`(?i)^\W*(?:the\s+(?:text|wording|clauses?)\s+(?:below|that\s+follows?)|the\s+following\s+(?:text|wording|clauses?)|this\s+(?:appendix|annex|schedule|attachment|exhibit))\s+(?:is|are)\s+(?:reproduced|quoted|copied|set\s+out)\s+(?:verbatim|in\s+full|word\s+for\s+word)\b[^.;]{0,80}?\b(?:signed|executed)\b`)

// isReport reports whether the draft is a paper about a contract (a
// report, a review, a memo, an opinion), by its first clause.
func (rg *Reading) isReport() bool {
	if len(rg.doc.Clauses) == 0 {
		return false
	}
	first := &rg.doc.Clauses[0]
	return reReportTitle.MatchString(first.Heading + " " + headOfText(first.Text, 200))
}

// applyReproducedPart reads a paper about a contract (an audit report, a
// legal review) that reproduces the signed text in an appendix: the
// appendix is the agreement; the paper's findings, summaries and
// recommendations around it describe or criticise it and bind nobody
// (labelling rule G4: what describes a term is no term).
func (rg *Reading) applyReproducedPart() {
	if !rg.isReport() {
		return
	}
	var keys []string
	for _, st := range rg.Statements {
		if !rg.once("reproduces", st.Text, func(t string) bool {
			return containsFold(t, "verbatim", "in full", "executed", "signed") && (reReproduces.MatchString(t) || reReproducedHere.MatchString(t) || reReproducedIn.MatchString(t))
		}) {
			continue
		}
		if m := reReproduces.FindStringSubmatch(st.Text); m != nil {
			keys = rg.partsNamed(m[1], rg.partKeys(), rg.byID[st.Clause])
			break
		}
		if m := reReproducedIn.FindStringSubmatch(st.Text); m != nil {
			// "The only binding language is the executed text reproduced
			// verbatim in Appendix A"
			keys = rg.partsNamed(m[1], rg.partKeys(), rg.byID[st.Clause])
			break
		}
		if st.Part != "" && reReproducedHere.MatchString(st.Text) {
			// "The text below is reproduced verbatim from the signed
			// copies" at the head of an appendix: that part is the text
			keys = []string{st.Part}
			break
		}
	}
	if len(keys) != 1 || keys[0] == "" {
		return
	}
	rg.unbindWhere("note", func(st *Statement) bool { return st.Part != keys[0] })
}
