package interpret

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/rules"
)

var (
	// "“Term” means …", "'Term' shall mean", "Term" or "T" means, after an
	// item label or a language tag ("(b)", "(EN)")
	reMeans = lazyre.New(`^[\W\d]*(?:(?i:in|for\s+the\s+purposes\s+of|as\s+used\s+in)\s+this\s+[\w ]{1,30}?[,:]\s*)?(?:\[[xX✓✔]\]\W*)?(?:\([A-Za-z0-9]{1,4}\)\s*|[a-z]{1,2}\.\s+)?["“'‘]([^"”'’\n]{1,60})["”'’](?:\s*(?:or|and|,)\s*(?:the\s+)?["“'‘]([^"”'’\n]{1,60})["”'’])?\s*(?:\([^)]{0,60}\)\s*)?(?:,\s*)?(?:(?:shall\s+|will\s+)?(?:means?|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|refers?\s+to|is\s+defined\s+as|includes?|stands\s+for)\b|:\s|[–—-]\s)`)
	// "… (the “Term”)", "(each a “Term”)", "(together, the “Term”)"
	reParenDef = lazyre.New(`\((?:(?:the|each|individually|collectively|together|hereinafter|referred\s+to\s+as|a|an|and|such|,)\s*)*["“]([^"”\n]{1,60})["”](?:\s+(?:or|and)\s+(?:the\s+)?["“]([^"”\n]{1,60})["”])?\s*\)`)
	// "Input and Output are collectively "Content"": the term after its body
	reCalled = lazyre.New(`^(.{3,200}?)\s+(?:are|is|shall be)\s+(?:collectively|together|jointly|hereinafter|each)?,?\s*(?:referred to as|called|known as|defined as)?\s*(?:the\s+)?["“]([^"”\n]{1,40}?)[.,]?["”]`)
	// a narrowing sentence outside a definition: "Customer Content does not include Prompts"
	// the term as the complement of a negated copula: "Output is not
	// Customer Content", "Outputs do not form part of Customer Data"
	reNotTerm = lazyre.New(`(?i)\b(?:(?:is|are)\s+not|(?:shall|will)\s+not\s+be|(?:does|do|shall|will)\s+not\s+(?:form|constitute)(?:\s+part\s+of)?)\s+(?:(?:part\s+of|treated\s+as|deemed(?:\s+to\s+be)?|considered(?:\s+to\s+be)?)\s+)?(?:the\s+|any\s+)?$`)
	reNarrow  = lazyre.New(`\b(does not include|do not include|shall not include|will not include|doesn['’]t include|don['’]t include|won['’]t include|excludes|shall exclude|does not cover|do not cover|doesn['’]t cover|don['’]t cover|shall not be deemed to include|is not deemed to include)\b`)
	// reBareDef, reBareGlossDef: an unquoted capitalised term defined
	reBareDef = lazyre.New(`^[\W\d]*(?:(?i:in|for\s+the\s+purposes\s+of)\s+this\s+[\w ]{1,30}?[,:]\s*)?(?:\[[xX✓✔]\]\W*)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+(?:means|shall\s+mean|has\s+the\s+meaning|is\s+defined\s+as)\b`)
	// reFollowingAre: a term defined by the list that follows ("Each of
	// the following is a Cancellation Event:", "The following are Sunset
	// Events:")
	reFollowingAre = lazyre.New(`(?:(?i:each\s+of\s+the\s+following\s+(?:is|shall\s+be|constitutes?))|(?i:the\s+following\s+(?:are|shall\s+be|constitute)))\s+(?:(?i:an?|the)\s+)?["“]?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)["”]?`)
	reBareGlossDef = lazyre.New(`^[\W\d]*((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s*:\s`)
	// a definitions table header
	reDefTable = lazyre.New(`(?i)^(term|defined term|expression|word)\t+(meaning|definition|means)`)
)

var (
	// reLeadTerm: a clause that opens with a quoted term ("“Customer
	// Content” has a narrower meaning …").
	reLeadTerm = lazyre.New(`^[\W\d]*?["“]([^"”\n]{1,60})["”]\s+(?:has|shall\s+have|is|bears)\b`)
	// reItMeans: a sentence that gives the meaning of the term its clause
	// opens with ("In this Addendum it means only:").
	reItMeans = lazyre.New(`(?i)^\W*(?:[^,.;]{0,40},?\s+)?(?:it|that\s+term|the\s+term)\s+(?:shall\s+)?means?\b`)
)

// meaningWithItems is a definition's body with, where it ends in a colon, the
// items under its clause that carry the meaning ("… means only:" over
// "(a) documents …; and (b) Outputs.").
func (rg *Reading) meaningWithItems(c *document.Clause, body string) string {
	if !strings.HasSuffix(strings.TrimSpace(body), ":") {
		return body
	}
	b := []string{body}
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if isAncestor(rg.byID, c.ID, k.ID) {
			b = append(b, strings.TrimSpace(k.Heading+"\n"+k.Text))
		}
	}
	return strings.Join(b, "\n")
}

// reWhenClause: a circumstance after a list (", even when …", ", where
// …", ", whether or not …").
var reWhenClause = lazyre.New(`(?i),\s+(?:even\s+)?(?:when|where|if|whether|although|though|unless)\b`)

// reMissingPart: a missing reference that names a part ("Schedule 4",
// "Annex C", "Table 2").
var reMissingPart = lazyre.New(`(?i)^(?:schedule|annex|annexure|exhibit|appendix|attachment|table)\b`)

// reLetterDef: a definition that opens with a letter item ("f. "Billable
// Input Tokens" means …").
var reLetterDef = lazyre.New(`^[a-z]{1,2}\.\s+["“]`)

// calledDef reads '… (are) referred to as "X"' (reCalled), only in a
// sentence that quotes a term.
// quotedDefs returns the definitions a sentence quotes whole, as term and
// body: 'New definition: "Usage Data means prompts …"'.
func quotedDefs(s string) [][2]string {
	if !strings.Contains(s, "mean") || !strings.ContainsAny(s, "\"“") {
		return nil // (the cheap test first: most sentences quote no definition)
	}
	var out [][2]string
	for _, m := range quotedRe.FindAllStringSubmatch(s, -1) {
		q := m[1]
		if d := reBareDef.FindStringSubmatchIndex(q); d != nil {
			out = append(out, [2]string{q[d[2]:d[3]], q[d[1]:]})
		}
	}
	return out
}

func calledDef(s string) []string {
	if !strings.ContainsAny(s, "\"“") {
		return nil
	}
	return reCalled.FindStringSubmatch(s)
}

// definitionLines splits a clause's text where a line opens with a quoted
// term: a list of definitions each ending in ";" ("\"Completion\" means
// …;\n\"EDP Term\" means …;") is one definition per line, not one
// sentence.
func definitionLines(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n' && i+1 < len(text):
			if rest := text[i+1:]; strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "“") || reLetterDef.MatchString(rest) {
				out = append(out, text[start:i])
				start = i + 1
			}
		case text[i] == ';':
			// (a paragraph of them: "… 1 July 2026; "Prompt" means …")
			if loc := reNextDefinition.FindStringIndex(text[i+1:]); loc != nil && loc[0] == 0 {
				out = append(out, text[start:i+1])
				start = i + 1
			}
		}
	}
	return append(out, text[start:])
}

var reNextDefinition = lazyre.New(`^\s+(?:(?:and\s+)?\([a-z0-9]{1,4}\)\s*)?["“][^"”]{1,60}["”]\s+(?:means|has\s+the\s+meaning|shall\s+mean|includes)\b`)

// aliasable concepts: a defined term takes these from its definition.
var aliasable = map[string]bool{"prompts": true, "completions": true, "content": true, "metrics": true,
	"provisioned": true, "on_demand": true, "deprecate": true, "bedrock": true, "ocu": true, "guardrails": true,
	"custom_model": true, "model": true, "commitment": true, "edp": true, "in_region": true, "availability": true,
	"credit": true, "other_service": true, "other_provider": true, "open_weight": true, "pt_credit": true,
	"token": true, "system_prompt": true, "tool_definition": true, "output_schema": true, "alt_provider": true,
	"prepurchase": true, "import_fee": true,
	// where data may go: "Permitted Processing Locations" means the Home Region
	// and any other Region "in any geography" (or only others in the same one)
	"out_of_region": true, "same_country": true}

// rePlaceTerm: a defined term that names places ("Permitted Processing
// Locations", "Approved Regions", "the Territory").
var rePlaceTerm = lazyre.New(`(?i)\b(?:locations?|regions?|territor(?:y|ies)|geograph(?:y|ies)|areas?|jurisdictions?|countr(?:y|ies)|zones?|sites?)$`)

// eventConcept: the events a term defined by a list of them stands for.
var eventConcept = map[string]bool{"deprecate": true, "material_change": true, "migrate": true}

// dataConcepts expand: content stands for prompts and completions.
func expandData(set map[string]bool) map[string]bool {
	if set["content"] {
		set["prompts"], set["completions"] = true, true
	}
	return set
}

// readDefinitions builds the table of defined terms and what they stand
// for, following chains ("Customer Materials" means Requests and
// Responses; "Requests" means the prompts …).
func (rg *Reading) readDefinitions(eff map[string]*effective) {
	type raw struct {
		terms  []string
		clause string
		body   string
		events bool // a list of events: each item is one of them
		// amends: the definition is the new wording of an amendment
		// ('The definition of "Customer Content" is replaced by:
		// "Customer Content means …"'), which wins over the one it replaces
		amends bool
	}
	var defs []raw
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := eff[c.ID]
		if e == nil || e.deleted || e.instruction {
			continue
		}
		text := e.text
		if len(e.extra) > 0 {
			// words an amendment added to the clause define terms too
			// ("… new § 8.1.4: "… 'Service Data' means Prompts, …"")
			text = strings.Join(append([]string{text}, e.extra...), "\n")
		}
		lines := strings.Split(text, "\n")
		for li, ln := range lines {
			cells := strings.Split(ln, "\t")
			if len(cells) != 2 || reDefTable.MatchString(ln) {
				continue
			}
			// (the meaning wraps onto lines of its own, with no column
			// break, up to the next term: ""Commitment Term"⇥the period
			// … until the expiry or termination⏎of the EDP term, …")
			for k := li + 1; k < len(lines) && glossaryWrap(lines[k]); k++ {
				cells[1] += " " + strings.TrimSpace(lines[k])
			}
			head := strings.Trim(strings.TrimSpace(cells[0]), "*")
			if q := reQuoted.FindAllStringSubmatch(head, -1); len(q) > 0 && (strings.HasPrefix(head, "\"") || strings.HasPrefix(head, "“")) {
				// a row of a parties or glossary table: | "We", "us", "our" | Maple Ridge … |
				var terms []string
				for _, m := range q {
					terms = append(terms, m[1])
				}
				defs = append(defs, raw{terms: terms, clause: c.ID, body: cells[1]})
				continue
			}
			if len(strings.Fields(cells[0])) <= 5 && inDefTable(text) {
				defs = append(defs, raw{terms: []string{strings.Trim(strings.TrimSpace(cells[0]), `"“”*`)}, clause: c.ID, body: cells[1]})
			}
		}
		leadTerm := ""
		if m := reLeadTerm.FindStringSubmatch(text); m != nil {
			leadTerm = m[1]
		}
		for _, seg := range definitionLines(text) {
			for _, sp := range splitSentences(seg) {
				s := seg[sp.start:sp.end]
				if m := reItMeans.FindStringIndex(s); m != nil && leadTerm != "" && !reMeans.MatchString(s) {
					// ""Customer Content" has a narrower meaning in this
					// Addendum than … In this Addendum it means only:" over
					// its items: the term the clause opens with
					defs = append(defs, raw{terms: []string{leadTerm}, clause: c.ID, body: rg.meaningWithItems(c, s[m[1]:])})
					continue
				}
				if m := calledDef(s); m != nil && !reMeans.MatchString(s) {
					defs = append(defs, raw{terms: []string{m[2]}, clause: c.ID, body: m[1]})
					continue
				}
				if m := reMeans.FindStringSubmatchIndex(s); m != nil {
					terms := []string{s[m[2]:m[3]]}
					if m[4] >= 0 {
						terms = append(terms, s[m[4]:m[5]])
					}
					defs = append(defs, raw{terms: terms, clause: c.ID, body: rg.meaningWithItems(c, s[m[1]:])})
					continue
				}
				// a term in bold, its quotes gone: "Our Content means …", and in
				// a definitions list "Sunset Event: AWS deprecating …"
				if m := reFollowingAre.FindStringSubmatchIndex(s); m != nil {
					// "Each of the following is a Cancellation Event, and
					// each is sufficient on its own: (a) …; or (b) …": the
					// term is what the items list
					if i := strings.IndexByte(s[m[1]:], ':'); i >= 0 {
						t := s[m[2]:m[3]]
						terms := []string{t}
						if strings.HasSuffix(t, "s") {
							terms = append(terms, strings.TrimSuffix(t, "s"))
						}
						body := s[m[1]+i+1:]
						if strings.TrimSpace(body) == "" {
							body = rg.childText(c) // the items are clauses of their own
						}
						defs = append(defs, raw{terms: terms, clause: c.ID, body: body, events: true})
						continue
					}
				}
				if m := reBareDef.FindStringSubmatchIndex(s); m != nil {
					defs = append(defs, raw{terms: []string{s[m[2]:m[3]]}, clause: c.ID, body: s[m[1]:]})
					continue
				}
				if m := reBareGlossDef.FindStringSubmatchIndex(s); m != nil && reDefsHeading.MatchString(rg.headings(c)) {
					defs = append(defs, raw{terms: []string{s[m[2]:m[3]]}, clause: c.ID, body: s[m[1]:]})
					continue
				}
				if q := quotedDefs(s); len(q) > 0 {
					// a definition quoted as an amendment's new wording
					p := rg.reader.scan(s)
					amends := instructs(p, "amend_replace") || instructs(p, "amend_insert")
					for _, d := range q {
						defs = append(defs, raw{terms: []string{d[0]}, clause: c.ID, body: d[1], amends: amends})
					}
					continue
				}
				for _, m := range reParenDef.FindAllStringSubmatchIndex(s, -1) {
					terms := []string{s[m[2]:m[3]]}
					if m[4] >= 0 {
						terms = append(terms, s[m[4]:m[5]])
					}
					// the noun phrase before the brackets, back to a boundary
					// ("between Amazon Web Services, Inc. ("AWS") and Lumen Ltd
					// ("Customer")": Customer is Lumen Ltd, nothing before it)
					pre := s[:m[0]]
					if loc := reNPStart.FindAllStringIndex(pre, -1); len(loc) > 0 {
						pre = pre[loc[len(loc)-1][1]:]
					}
					if len(pre) > 200 {
						pre = pre[len(pre)-200:]
					}
					if reBody.MatchString(pre) {
						// "the Tender Response submitted by Amazon Web
						// Services New Zealand Limited ("AWS")": the short
						// name of a company or public body is a party's
						// (readPartyNames); the words before it are no
						// meaning of the term
						continue
					}
					defs = append(defs, raw{terms: terms, clause: c.ID, body: pre})
				}
			}
		}
	}
	// an amendment's definition first: of two definitions of a term, it
	// is the one in force
	slices.SortStableFunc(defs, func(a, b raw) int {
		switch {
		case a.amends && !b.amends:
			return -1
		case b.amends && !a.amends:
			return 1
		}
		return 0
	})
	// resolve: concepts of each body; defined terms in a body bring theirs
	byTerm := map[string]*Definition{}
	var order []string
	for _, d := range defs {
		for _, t := range d.terms {
			t = strings.TrimSpace(t)
			if t == "" || len(strings.Fields(t)) > 6 || byTerm[t] != nil {
				continue
			}
			if np := rg.reader.scan(t); len(np.parties) == 1 && np.parties[0].start == 0 && np.parties[0].end == len(np.toks) {
				// ""You" and "your" mean Fernhill Mutual …, whose accounts
				// are linked to your EDP payer account": a party's name,
				// which the words of its description do not turn into a
				// concept
				continue
			}
			pos, neg := rg.bodyConcepts(d.body)
			if d.events {
				// "(a) the model … is materially deprecated; or (b) Marrick
				// moves the workload to another model": every item is one
				// of the events the term stands for
				for _, c := range rg.conceptsOf(d.body) {
					if eventConcept[c] {
						pos[c] = true
					}
				}
			}
			if !rePlaceTerm.MatchString(t) {
				// where data may go is what a place's name stands for
				// ("Permitted Processing Locations"), never a kind of
				// data's ("UK Data" defined by its transfer abroad)
				delete(pos, "out_of_region")
				delete(pos, "same_country")
			}
			own := rg.nameConcepts(t)
			for _, c := range own {
				if aliasable[c] {
					pos[c] = true
				}
			}
			if otherProduct(t) && !pos["bedrock"] {
				pos["other_service"] = true // "Amazon One Enterprise Service" is another product
			}
			def := &Definition{Term: t, Clause: d.clause, body: d.body}
			def.Concepts, def.Excludes = sortedSet(pos), sortedSet(neg)
			byTerm[t] = def
			order = append(order, t)
			_ = d
		}
	}
	// a definition that points to a part the draft lacks leaves each use
	// of its term pointing there too
	for _, d := range defs {
		c := rg.byID[d.clause]
		if c == nil || !containsFold(d.body, "schedule", "annex", "exhibit", "appendix", "attachment", "table") {
			continue // (the cheap test first: most definitions cite no part)
		}
		all, _ := rg.refsOf(c, d.body, rg.reader.scan(d.body))
		// (only a part the draft lacks: a clause number the body cites is
		// as likely another document's, "section 116 of the Companies Act")
		missing := slices.DeleteFunc(all, func(r string) bool { return !reMissingPart.MatchString(r) })
		if len(missing) == 0 {
			continue
		}
		for _, t := range d.terms {
			if t = strings.TrimSpace(t); byTerm[t] != nil && len(t) > 3 && !slices.ContainsFunc(rg.defGaps, func(g defGap) bool { return g.term == t }) {
				rg.defGaps = append(rg.defGaps, defGap{t, missing})
			}
		}
	}
	slices.SortFunc(rg.defGaps, func(a, b defGap) int { return strings.Compare(a.term, b.term) })
	bodies := map[string]string{}
	for _, d := range defs {
		for _, t := range d.terms {
			if _, ok := bodies[strings.TrimSpace(t)]; !ok {
				bodies[strings.TrimSpace(t)] = d.body
			}
		}
	}
	for round := 0; round < 4; round++ {
		changed := false
		for _, t := range order {
			def := byTerm[t]
			incl, excl := splitExclusion(bodies[t])
			for _, u := range order {
				if u == t {
					continue
				}
				if containsTerm(excl, u) {
					// "… but excludes any Output": what Output stands for is out
					// (not what Output takes from this term itself: "the
					// prompts … Customer submits, but not any Output", where
					// Output is "content generated in response to Inputs",
					// keeps the prompts)
					circular := containsTerm(bodies[u], t)
					for _, c := range byTerm[u].Concepts {
						if !contains(def.Excludes, c) && !(circular && contains(def.Concepts, c)) {
							def.Excludes = append(def.Excludes, c)
							sort.Strings(def.Excludes)
							changed = true
						}
					}
				}
				if !containsTerm(incl, u) {
					continue
				}
				inHead := containsTerm(headOf(incl), u)
				for _, c := range byTerm[u].Concepts {
					data := c == "prompts" || c == "completions" || c == "content" || c == "metrics"
					// ("Infrastructure Charges" means (a) Custom Model Unit
					// charges, … and (c) the Model Onboarding Fee": a fee it
					// lists is a fee it includes)
					if !inHead && !data && c != "import_fee" {
						continue
					}
					if !contains(def.Concepts, c) && !contains(def.Excludes, c) {
						def.Concepts = append(def.Concepts, c)
						sort.Strings(def.Concepts)
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	// narrowing sentences: "Customer Content does not include Prompts"
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		e := eff[c.ID]
		if e == nil || e.deleted {
			continue
		}
		for _, sp := range splitSentences(e.text) {
			s := e.text[sp.start:sp.end]
			var loc []int
			if strings.Contains(s, "clud") || strings.Contains(s, "cover") {
				loc = reNarrow.FindStringIndex(s)
			}
			if loc == nil {
				// "Output is not Customer Content for the purposes of this
				// Supplement": the subject is out of the term
				for _, t := range order {
					i := strings.Index(s, t)
					if i <= 0 {
						continue
					}
					if m := reNotTerm.FindStringIndex(s[:i]); m != nil {
						_, out := rg.bodyConcepts("x excluding " + s[:m[0]])
						def := byTerm[t]
						if slices.ContainsFunc(rg.conceptsOf(t), func(c string) bool { return out[c] }) {
							// "Geological Models are not Foundation Models": a
							// thing of another kind than the term names, not a
							// part taken out of it
							continue
						}
						for c := range out {
							if !contains(def.Excludes, c) {
								def.Excludes = append(def.Excludes, c)
							}
						}
						sort.Strings(def.Excludes)
					}
				}
				continue
			}
			for _, t := range order {
				if i := strings.Index(s[:loc[0]], t); i >= 0 && loc[0]-(i+len(t)) < 40 {
					out := s[loc[1]:]
					if m := reWhenClause.FindStringIndex(out); m != nil {
						// ""Bedrock" does not include Amazon Q Business, even
						// when you use it alongside Bedrock": what is left
						// out ends where the circumstance starts
						out = out[:m[0]]
					}
					_, after := rg.bodyConcepts("x excluding " + out)
					def := byTerm[t]
					for c := range after {
						if !contains(def.Excludes, c) {
							def.Excludes = append(def.Excludes, c)
						}
					}
					sort.Strings(def.Excludes)
				}
			}
		}
	}
	for _, t := range order {
		def := byTerm[t]
		if (len(def.body) <= 400 && reLevelDef.MatchString(def.body) && uptimeLevelIn(def.body) || figureOnly(def.body) ||
			len(def.body) <= 300 && rePeriodTerm.MatchString(def.Term) && reEDPPeriod.MatchString(def.body)) && rg.meansBody(def) {
			// ""PT Availability Commitment" means a Monthly Uptime
			// Percentage of at least 99,9 %": the level the term stands
			// for; ""Cancellation Notice Period" means sixty-one (61)
			// days": the figure; ""Commitment Term" the period … until the
			// expiry or termination of the EDP term": the period, with the
			// EDP's term it runs with
			rg.figureDefs = append(rg.figureDefs, *def)
		}
		ex0 := expandData(setOf(def.Excludes))
		if contains(def.Concepts, "content") && (ex0["prompts"] || ex0["completions"]) {
			// "content" less what is excluded: the part that is left
			var keep []string
			for _, c := range def.Concepts {
				if c != "content" {
					keep = append(keep, c)
				}
			}
			for _, d := range []string{"prompts", "completions"} {
				if !ex0[d] && !contains(keep, d) {
					keep = append(keep, d)
				}
			}
			sort.Strings(keep)
			def.Concepts = keep
		}
		// a term excluding what it would include: exclusion wins
		var keep []string
		ex := expandData(setOf(def.Excludes))
		for _, c := range def.Concepts {
			if !ex[c] {
				keep = append(keep, c)
			}
		}
		def.Concepts = keep
		if len(def.Concepts) > 0 || len(def.Excludes) > 0 {
			rg.Definitions = append(rg.Definitions, *def)
		}
	}
	sort.Slice(rg.Definitions, func(i, j int) bool { return len(rg.Definitions[i].Term) > len(rg.Definitions[j].Term) })
	// the pronouns a draft gives to its parties: Umhlaba Retail Group
	// ("we", "us", "our") and Amazon Web Services ("you", "your") turn the
	// usual reading round
	rg.pronouns = map[string]string{}
	rg.partyNames, rg.sureParty = map[string]string{}, map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if i > 7 && c.Kind != document.KindPreamble {
			continue
		}
		text := c.Heading + "\n" + c.Text
		for _, m := range rePronounDef.FindAllStringSubmatchIndex(text, -1) {
			// the party's description before the brackets: back to the
			// previous party, not to the commas of its address
			who := text[max(0, m[0]-200):m[0]]
			if loc := rePartyStart.FindAllStringIndex(who, -1); len(loc) > 0 {
				who = who[loc[len(loc)-1][1]:]
			}
			role := Customer
			if reAWSName.MatchString(who+" "+text[m[0]:m[1]]) || rg.namesVendor(who+" "+text[m[0]:m[1]]) {
				role = Vendor
			}
			for _, q := range reQuoted.FindAllStringSubmatch(text[m[0]:m[1]], -1) {
				if w := strings.ToLower(q[1]); pronounWords[w] {
					rg.pronouns[w] = role
				}
			}
		}
		// "between Kraniq GmbH (Berlin) — "we", "us", "our"": pronouns
		// after a dash name the party before it on the line
		for _, ln := range strings.Split(text, "\n") {
			m := reDashPronouns.FindStringSubmatchIndex(ln)
			if m == nil {
				continue
			}
			who := ln[:m[0]]
			role := Customer
			if reAWSName.MatchString(who) || rg.namesVendor(who) {
				role = Vendor
			}
			for _, q := range reQuoted.FindAllStringSubmatch(ln[m[0]:], -1) {
				if w := strings.ToLower(q[1]); pronounWords[w] {
					if _, ok := rg.pronouns[w]; !ok {
						rg.pronouns[w] = role
					}
				}
			}
		}
		rg.readPartyNames(c.Heading)
		rg.readPartyNames(c.Text)
	}
	// 'In this letter "we", "us" and "our" mean Quokka Robotics Pty Ltd,
	// and "you" and "your" mean Amazon Web Services Australia Pty Ltd.'
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if i > 8 || len(c.Text) > 2000 {
			continue
		}
		for _, m := range rePronounMean.FindAllStringSubmatch(c.Text, -1) {
			role := Customer
			// (the party's name, not its description: ""you" mean Fernhill
			// Mutual … and its affiliates whose AWS accounts are linked")
			name := partyName(m[2])
			if reAWSName.MatchString(name) || rg.namesVendor(name) {
				role = Vendor
			}
			for _, q := range reQuoted.FindAllStringSubmatch(m[1], -1) {
				if w := strings.ToLower(q[1]); pronounWords[w] {
					if _, ok := rg.pronouns[w]; !ok {
						rg.pronouns[w] = role
					}
				}
			}
		}
	}
	rg.settlePartyNames()
	for t, body := range bodies {
		w := strings.ToLower(strings.TrimSpace(t))
		switch w {
		case "we", "us", "our", "you", "your":
		default:
			continue
		}
		// ('"we", "us" and "our" mean Quokka Robotics Pty Ltd, and "you"
		// and "your" mean Amazon Web Services …': the body ends where the
		// next pronoun's definition starts)
		for _, q := range reQuoted.FindAllStringSubmatchIndex(body, -1) {
			if pronounWords[strings.ToLower(body[q[2]:q[3]])] {
				body = body[:q[0]]
				break
			}
		}
		body = partyName(body)
		role := Customer
		if reAWSName.MatchString(body) {
			role = Vendor
		}
		rg.pronouns[w] = role
	}
	rg.pronounsGiven = len(rg.pronouns) > 0
	// one side's pronouns given, the other side's follow: where "you"
	// is AWS, "we" is the customer, however the vocabulary reads it
	other := map[string]string{Vendor: Customer, Customer: Vendor}
	for _, pair := range [][2][]string{{{"you", "your"}, {"we", "us", "our"}}, {{"we", "us", "our"}, {"you", "your"}}} {
		given, rest := pair[0], pair[1]
		role := ""
		for _, w := range given {
			if r, ok := rg.pronouns[w]; ok {
				role = r
			}
		}
		if role == "" {
			continue
		}
		for _, w := range rest {
			if _, ok := rg.pronouns[w]; !ok {
				rg.pronouns[w] = other[role]
			}
		}
	}
}

// senderPronouns reads the sender of a message from its header line
// ("From: Dana Whitfield <dana@castellanretail.com>"): in the message, "we"
// is the sender's side and "you" the other. A draft that says who its
// pronouns are keeps them.
func (rg *Reading) senderPronouns(line string) {
	if rg.pronounsGiven || !strings.Contains(line, "@") {
		return
	}
	role := Customer
	if reVendorMail.MatchString(line) || rg.namesVendor(line) {
		role = Vendor
	}
	other := map[string]string{Vendor: Customer, Customer: Vendor}[role]
	for _, w := range []string{"we", "us", "our"} {
		rg.pronouns[w] = role
	}
	for _, w := range []string{"you", "your"} {
		rg.pronouns[w] = other
	}
}

// reVendorMail: a sender at AWS ("@amazon.com", "@aws.example").
var reVendorMail = lazyre.New(`(?i)@(?:[\w-]+\.)*(?:amazon|aws)\.`)

// namesVendor: the text names a provider by a name, not a pronoun
// ("Microsoft Ireland Operations Limited", "Google Cloud").
func (rg *Reading) namesVendor(text string) bool {
	p := rg.reader.scan(text)
	for _, m := range p.parties {
		if m.name == Vendor && !pronounWords[p.word(m.start)] && !p.modifier(m) {
			return true
		}
	}
	for _, c := range p.concepts {
		if c.name == "other_provider" || c.name == "alt_provider" {
			return true
		}
	}
	return false
}

// readPartyNames reads the short names a draft gives its parties:
// "Coralbay Health Pty Ltd … ("Coralbay")" makes "Coralbay will not use
// …" the customer's own promise, and "Amazon Web Services Australia Pty
// Ltd ("AWS Australia")" the provider's. A name is a party's only when the
// words before it describe a company or other body.
func (rg *Reading) readPartyNames(text string) {
	prev := 0
	for _, m := range reNameDef.FindAllStringSubmatchIndex(text, -1) {
		name := strings.Trim(text[m[2]:m[3]], "*_ ")
		// the party's description: back to the previous name given, and
		// to where a party is introduced, keeping its own address and
		// registration number in brackets
		who := text[max(prev, m[0]-300):m[0]]
		prev = m[1]
		if loc := reNameStart.FindAllStringIndex(who, -1); len(loc) > 0 {
			who = who[loc[len(loc)-1][1]:]
		}
		if loc := reParaEnd.FindAllStringIndex(who, -1); len(loc) > 0 {
			// a paragraph ended before the name's ("… zu Amazon Bedrock
			// 締結する。" over "Minato Seiki K.K. ("Party A") and …"): its
			// words describe no party of this one
			who = who[loc[len(loc)-1][1]:]
		}
		if name == "" || pronounWords[strings.ToLower(name)] || len(name) > 40 {
			continue
		}
		if !reBody.MatchString(who) {
			continue
		}
		// a name the vocabulary already reads as something else ("EDP",
		// "Bedrock") is no party; one it reads as a party ("Customer")
		// says which party the other names are
		np := rg.reader.scan(name)
		if len(np.parties) == 1 && np.parties[0].start == 0 && np.parties[0].end == len(np.toks) {
			rg.sureParty[np.parties[0].name] = true
			continue
		}
		if len(np.concepts) > 0 && len(np.parties) == 0 {
			continue
		}
		// a company's name made of a provider's ("Amazon Internet Services
		// Private Limited") is the provider
		role := ""
		if reAmazon.MatchString(who+" "+name) || rg.namesVendor(who+" "+name) || rg.vendorWord(who+" "+name) {
			role = Vendor
			rg.sureParty[Vendor] = true
		}
		if _, ok := rg.partyNames[name]; !ok {
			rg.partyNames[name] = role
		}
	}
	// "Party A: Amazon Web Services, Inc., Taiwan Branch", "Party B:
	// Formosa Precision Optics Co., Ltd.": a parties block that labels
	// each party, the label its name in the text
	labels := reLabelParty.FindAllStringSubmatchIndex(text, -1)
	for i, m := range labels {
		// the party's description runs to the end of its line or to the
		// next label (a PDF's text runs the block into one line)
		end := len(text)
		if i+1 < len(labels) {
			end = labels[i+1][0]
		}
		if nl := strings.IndexByte(text[m[1]:end], '\n'); nl >= 0 {
			end = m[1] + nl
		}
		name, who := strings.TrimSpace(text[m[2]:m[3]]), text[m[1]:min(end, m[1]+200)]
		if !reBody.MatchString(who) {
			continue
		}
		role := ""
		if reAmazon.MatchString(who) || rg.namesVendor(who) || rg.vendorWord(who) {
			role = Vendor
			rg.sureParty[Vendor] = true
		}
		if _, ok := rg.partyNames[name]; !ok {
			rg.partyNames[name] = role
		}
	}
	// "Kestrel Mining Services Pty Ltd and Amazon Web Services Australia
	// Pty Ltd" with no short name given: the draft calls a company by the
	// first word of its name ("Kestrel will not use Outputs …")
	for _, m := range reCompany.FindAllStringSubmatch(text, -1) {
		first := m[1]
		if len(first) < 4 || reAmazon.MatchString(m[0]) || rg.namesVendor(m[0]) || rg.vendorWord(m[0]) {
			continue
		}
		np := rg.reader.scan(first)
		if len(np.concepts) > 0 || len(np.parties) > 0 || pronounWords[strings.ToLower(first)] {
			continue
		}
		if _, ok := rg.partyNames[first]; !ok {
			rg.partyNames[first] = ""
		}
	}
}

// reCompany: a company's full name ("Kestrel Mining Services Pty Ltd"),
// its first word captured.
var reCompany = lazyre.New(`\b([A-Z][a-z]{2,})(?:\s+[A-Z][\w&'’-]*){0,4}\s+(?:Pty\s+Ltd|Ltd|Limited|Inc|LLC|GmbH|AG|S\.?A\.?S?|B\.?V\.?|plc|PLC|Corp(?:oration)?|K\.K\.|Pte\.?\s+Ltd|Oy|AB)\b`)

// settlePartyNames gives the names of no evident party the role left:
// beside a party called "Customer", "Quillfeather Labs, Inc." is the
// provider; beside AWS, "Coralbay Health Pty Ltd" is the customer.
func (rg *Reading) settlePartyNames() {
	for n, role := range rg.partyNames {
		if role != "" {
			continue
		}
		if rg.sureParty[Customer] && !rg.sureParty[Vendor] {
			rg.partyNames[n] = Vendor
		} else {
			rg.partyNames[n] = Customer
		}
	}
}

// vendorWord: a provider's name among the words, as a modifier or not.
func (rg *Reading) vendorWord(text string) bool {
	p := rg.reader.scan(text)
	for _, m := range p.parties {
		if m.name == Vendor && !pronounWords[p.word(m.start)] {
			return true
		}
	}
	return false
}

var reAmazon = lazyre.New(`\b(?:Amazon|AWS)\b`)

// reNameDef: a parenthesis giving a quoted short name ("Coralbay", the
// "Customer"); reBody: words that describe a company or other body.
// reParaEnd: a line that ends a sentence, and so a paragraph.
var reParaEnd = lazyre.New(`[.。!?]["”)）]?[ \t]*\n`)

var (
	// reNameStart: where a party's description starts ("between", "and",
	// a field's colon, a blank line, or the first cell of a table row:
	// "Customer | Laurentian Shield Minerals Corp. … ("LSM")" is described
	// by its own row, not by the rows above it that name AWS)
	reNameStart = lazyre.New(`(?i)\bbetween\s|\band\s|\n\s*\n|\n[^\n\t]{0,40}\t|:`)
	// reLabelParty: the label of a party in a parties block ("Party A:
	// Amazon Web Services, Inc.", "Party B (Customer): …").
	reLabelParty = lazyre.New(`(?:^|[\s*_>])(Party\s+[A-Z]|Kō|Otsu|Gap|Eul)\b[*_]*(?:\s*\([^()\n]{1,30}\))?\s*[:：]`)
	reNameDef    = lazyre.New(`\((?:[^()"“]{0,30})["“]\**([A-Z][^"”()]{0,40}?)\**["”][^()]{0,250}\)`)
	reBody       = lazyre.New(`\b(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|LP|GmbH|AG|SE|SA|S\.A|SAS|S\.p\.A|SpA|Pty|plc|PLC|Corp|Corporation|Company|B\.V|BV|N\.V|NV|z o\.o|K\.K|KK|Pte|Bhd|Oy|AB|ApS|A/S|S\.L|S\.r\.l|Srl|SARL|Co|Group|Holdings|Trust|University|Council|Authority|Board|Bank|Society|Foundation|Partners|Agency|Ministry|Department|Hospital|Cooperative|Association|LIMITED|LTD|INC|INCORPORATED|CORPORATION|COMPANY|GROUP|HOLDINGS|BANK|TRUST|UNIVERSITY|COUNCIL|AUTHORITY|BOARD|AGENCY|HOSPITALS?)\b`)
)

// rePartyStart: where a party's description begins.
var rePartyStart = lazyre.New(`(?i)\)|\bbetween\s|\band\s|\bto\s|\bwith\s|\n\s*\n|:`)

// reDashPronouns: quoted pronouns after a dash ("— "we", "us", "our"").
var reDashPronouns = lazyre.New(`[—–-]\s*["“](?:we|you|We|You)["”](?:\s*,?\s*(?:and\s+)?["“](?:us|our|your|you|we)["”])*\s*$`)

// reNameEnds: where a party's name gives way to its description.
var reNameEnds = lazyre.New(`(?i)\s+(?:and\s+(?:any|all|each|its|their)|whose|which|that|who|including|together\s+with)\b`)

// partyName is the name at the start of a party's description ("Fernhill
// Mutual Assurance Company and any of its affiliates whose AWS accounts are
// linked …"): what names the party, not what it is said to hold.
func partyName(desc string) string {
	if i := reNameEnds.FindStringIndex(desc); i != nil && i[0] > 0 {
		return desc[:i[0]]
	}
	return desc
}

// rePronounMean: quoted pronouns said to mean a party ('"we", "us" and
// "our" mean Quokka Robotics Pty Ltd'), the party's description running to
// the next quoted pronoun or the end of the sentence.
var rePronounMean = lazyre.New(`(?i)((?:["“](?:we|us|our|you|your)["”][\s,]*(?:and\s+|or\s+)?)+)(?:means?|refers?\s+to|is|are)\s+([^"“.;]{2,200}?)(?:,?\s+and\s+["“]|[.;]|$)`)

// rePronounDef: a parenthesis naming a party by pronouns ("we", "us",
// "our"); reQuoted: a quoted word.
var (
	rePronounDef = lazyre.New(`\((?:[^()]{0,40})["“](?:we|you|We|You)["”][^()]{0,60}\)`)
	reQuoted     = lazyre.New(`["“]([^"”]{1,30})["”]`)
	pronounWords = map[string]bool{"we": true, "us": true, "our": true, "you": true, "your": true}
)

// reAWSName: the name of an AWS entity in a party's description.
var reAWSName = lazyre.New(`\b(Amazon Web Services|AWS|Amazon\.com)\b`)

// glossaryWrap: a line that goes on with the meaning above it: no
// column break, and a lower-case word opening it (a new term opens with
// its quote mark, a new paragraph with a capital or a number).
func glossaryWrap(ln string) bool {
	t := strings.TrimSpace(ln)
	if t == "" || strings.Contains(ln, "\t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func inDefTable(text string) bool {
	for _, ln := range strings.Split(text, "\n") {
		if reDefTable.MatchString(strings.TrimSpace(ln)) {
			return true
		}
	}
	return false
}

// bodyConcepts reads a definition body: the concepts it includes, and
// those after an exclusion ("excluding", "but does not include", "other
// than").
// reItemizedMeaning: a meaning given as a list of items, after an optional
// qualifier ("(a) …", ", for each Custom Model imported: (a) …", ", for an
// imported model, (a) …").
var reItemizedMeaning = lazyre.New(`^\W*(?:[^:;()]{0,80}[:,]\s*)?\(\s*(?:a|i|1)\s*\)`)

func (rg *Reading) bodyConcepts(body string) (pos, neg map[string]bool) {
	pos, neg = map[string]bool{}, map[string]bool{}
	p := rg.reader.scan(body)
	cut := len(p.toks)
	for _, l := range []string{"exception", "out_of_scope"} {
		for _, m := range p.cues[l] {
			if m.start < cut {
				cut = m.start
			}
		}
	}
	for i, t := range p.toks {
		if strings.HasPrefix(t.Lower, "exclud") || negatedInclude(p.toks, i) {
			if i < cut {
				cut = i
			}
		}
	}
	// the head of the definition: what the term is, before what it
	// includes ("the Amazon Bedrock service, including Provisioned
	// Throughput, …" is Bedrock, not Provisioned Throughput). Only the kinds
	// of data a term covers are read from its whole body ("… including
	// prompts and completions"). A meaning given as a list of items ("means,
	// for each model imported: (a) the compute charges …; (b) …; and (c) a
	// Model Onboarding Fee …") is what its items are, every one of them.
	head := cut
	for i, t := range p.toks {
		if i >= cut || reItemizedMeaning.MatchString(body) {
			break
		}
		if t.Kind == rules.Punct && (t.Lower == "," || t.Lower == ";" || t.Lower == "(") ||
			t.Lower == "including" || t.Lower == "includes" || t.Lower == "which" || t.Lower == "that" || t.Lower == "whether" || t.Lower == "such" {
			head = i
			break
		}
	}
	// "the completions a model generates in response to a request": what
	// the output answers is not part of it
	rel := cut
	for i := 0; i+2 < len(p.toks) && i < cut; i++ {
		w := p.toks[i].Lower + " " + p.toks[i+1].Lower + " " + p.toks[i+2].Lower
		switch {
		case strings.HasPrefix(w, "in response to"), strings.HasPrefix(w, "in reply to"), strings.HasPrefix(w, "derived from"),
			strings.HasPrefix(w, "based on"), strings.HasPrefix(w, "generated from"), strings.HasPrefix(w, "on the basis"):
			if i < rel {
				rel = i
			}
		}
	}
	for _, c := range p.concepts {
		if !aliasable[c.name] {
			continue
		}
		data := c.name == "prompts" || c.name == "completions" || c.name == "content" || c.name == "metrics"
		switch {
		case c.start >= cut:
			neg[c.name] = true
		case data && c.start >= rel:
		case c.start < head || data:
			pos[c.name] = true
		}
	}
	expandData(neg)
	if pos["content"] && (neg["prompts"] || neg["completions"]) {
		delete(pos, "content")
		if !neg["prompts"] {
			pos["prompts"] = true
		}
		if !neg["completions"] {
			pos["completions"] = true
		}
	}
	return pos, neg
}

func setOf(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func containsTerm(text, term string) bool {
	i := strings.Index(text, term)
	for i >= 0 {
		end := i + len(term)
		okL := i == 0 || !isWordByte(text[i-1])
		okR := end >= len(text) || !isWordByte(text[end]) || text[end] == 's'
		if okL && okR {
			return true
		}
		j := strings.Index(text[i+1:], term)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// aliases adds to a parsed sentence the concepts of the defined terms it
// uses: the definition decides what the term stands for, so the
// vocabulary's own reading of those words is replaced.
func (rg *Reading) aliases(p *parsed) {
	for i, m := range p.parties {
		if role, ok := rg.pronouns[p.word(m.start)]; ok && m.end == m.start+1 {
			p.parties[i].name = role
		}
	}
	rg.namedParties(p)
	if len(rg.Definitions) == 0 {
		return
	}
	taken := make([]bool, len(p.toks))
	for _, d := range rg.Definitions {
		dt := rules.Tokenize(d.Term)
		if len(dt) == 0 {
			continue
		}
		for i := 0; i+len(dt) <= len(p.toks); i++ {
			ok := true
			for k := range dt {
				a, b := p.toks[i+k], dt[k]
				// the last word in either number ("Responses" defined,
				// "any Response" used)
				if a.Lower != b.Lower && !(k == len(dt)-1 && (a.Lower == b.Lower+"s" || a.Lower+"s" == b.Lower)) {
					ok = false
					break
				}
				// defined terms are written with their capitals
				if b.Kind == rules.Word && p.text[a.Start] != d.Term[b.Start] {
					ok = false
					break
				}
			}
			if !ok || taken[i] {
				continue
			}
			// "Service" inside "Amazon One Enterprise Service" is part of a
			// name, not the defined term
			if i > 0 && p.toks[i-1].Kind == rules.Word && !p.toks[i-1].Joined {
				prev := p.text[p.toks[i-1].Start:p.toks[i-1].End]
				if prev[0] >= 'A' && prev[0] <= 'Z' && !determiner[strings.ToLower(prev)] && len(dt) == 1 {
					continue
				}
			}
			s, e := i, i+len(dt)
			for k := s; k < e; k++ {
				taken[k] = true
			}
			// the definition replaces what the words say by themselves,
			// for the families it speaks to
			if len(d.Concepts) > 0 || len(d.Excludes) > 0 {
				var keep []match
				for _, c := range p.concepts {
					if c.start >= s && c.end <= e && aliasable[c.name] {
						continue
					}
					keep = append(keep, c)
				}
				p.concepts = keep
			}
			for _, c := range d.Concepts {
				p.concepts = append(p.concepts, match{c, s, e})
			}
		}
	}
	sort.SliceStable(p.concepts, func(a, b int) bool { return p.concepts[a].start < p.concepts[b].start })
}

// namedParties adds to a parsed sentence the parties it names by the
// short names the draft gave them.
func (rg *Reading) namedParties(p *parsed) {
	if len(rg.partyNames) == 0 {
		return
	}
	names := make([]string, 0, len(rg.partyNames))
	for n := range rg.partyNames {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	added := false
	for _, n := range names {
		nt := rules.Tokenize(n)
		for i := 0; i+len(nt) <= len(p.toks); i++ {
			ok := true
			for k := range nt {
				a := p.toks[i+k]
				if a.Lower != nt[k].Lower || p.text[a.Start] != n[nt[k].Start] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			over := false
			for j, m := range p.parties {
				if m.start < i+len(nt) && i < m.end {
					over = true
					// the draft's name decides: "AWS Australia" is the
					// provider, however its words read
					if m.start >= i && m.end <= i+len(nt) {
						p.parties[j].name = rg.partyNames[n]
					}
				}
			}
			if !over {
				p.parties = append(p.parties, match{rg.partyNames[n], i, i + len(nt)})
				added = true
			}
		}
	}
	if added {
		sort.SliceStable(p.parties, func(a, b int) bool { return p.parties[a].start < p.parties[b].start })
	}
}

// readSubject decides who the provider is and what the document is about,
// from its title, preamble and the parties that act in it.
func (rg *Reading) readSubject() {
	doc := rg.doc
	var head strings.Builder
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if c.Kind == document.KindPreamble || i < 2 {
			// (a heading and a text are read apart: "… the commitments in
			// Part 2 only" at the end of the parties' block is no sentence
			// with the next part's "BACKGROUND (not operative)")
			head.WriteString(c.Heading + "\n\n" + c.Text + "\n\n")
		}
	}
	h := head.String()
	if len(h) > 3000 {
		h = h[:3000]
	}
	p := rg.reader.scan(h)
	aws, other := 0, 0
	for _, c := range p.concepts {
		switch c.name {
		case "bedrock":
			aws += 3
			rg.Subject["bedrock"] = true
		case "aws":
			aws += 2
		case "other_provider":
			other += 3
			rg.ProviderName = p.text[p.toks[c.start].Start:p.toks[c.end-1].End]
		case "provisioned":
			rg.Subject["provisioned"] = true
		}
	}
	for _, m := range p.parties {
		if m.name != Vendor {
			continue
		}
		switch p.word(m.start) {
		case "aws", "amazon":
			aws += 2
		case "google", "microsoft", "anthropic", "openai", "mistral", "xai", "cohere":
			other += 2
			if rg.ProviderName == "" {
				rg.ProviderName = p.text[p.toks[m.start].Start:p.toks[m.end-1].End]
			}
		}
	}
	if aws == 0 && other <= 2 {
		// fall back to the whole text (also where the head names another
		// provider once, by name alone and no offering of its: minutes
		// held "by Microsoft Teams" about an Amazon Bedrock deal)
		for i := range doc.Clauses {
			q := rg.reader.scan(doc.Clauses[i].Text)
			for _, c := range q.concepts {
				switch c.name {
				case "bedrock", "aws":
					aws++
				case "other_provider":
					other++
				}
			}
		}
	}
	switch {
	case other > aws:
		rg.Provider = "other"
	case aws > 0:
		rg.Provider = "aws"
		rg.ProviderName = "" // (another provider named, not the provider)
	default:
		rg.Provider = "unknown"
	}
	// non-binding as a whole ("this term sheet is not binding"), or in
	// part ("Sections 1 to 8 are binding …; Section 9 is not binding")
	// ("Save for paragraphs 14 and 15, which are binding, nothing in this
	// document creates binding obligations": 14 and 15 bind, the rest not)
	rg.bindingBySection = map[string]bool{}
	docNB := false
	eachSectionPart(h, func(part string, nums []string) {
		if len(nums) > 0 && reBindVerb.MatchString(part) && !strings.Contains(strings.ToLower(part), "binding") {
			binding := !subjectNotBound(part)
			for _, n := range nums {
				rg.bindingBySection[n] = binding
			}
			return
		}
		if len(nums) > 0 && !strings.Contains(strings.ToLower(part), "binding") && len(rg.reader.scan(part).cues["nonbinding"]) > 0 {
			// "Part 1 and Part 2 are for information only."
			if legendCueOnly(rg, part) {
				// "AWS DRAFT 4 - SUBJECT TO CONTRACT" over a contents list
				// ("Part 2 - AI Addendum (clauses A1 to A7)"): the legend
				// speaks of the draft, not of the sections listed
				return
			}
			for _, n := range nums {
				rg.bindingBySection[n] = false
			}
			return
		}
		if len(nums) == 0 || !strings.Contains(strings.ToLower(part), "binding") {
			// (not a column's name, in quotes ("the "Comments (non-binding)"
			// column") or in a table's header, nor what a column, row or
			// comment is: the document is more than those)
			bare := reQuotedName.ReplaceAllString(part, "")
			// ("Executive summary (non-binding)": the bracket qualifies the
			// heading before it, not the document)
			bare = reBracketQualifier.ReplaceAllString(bare, "")
			// (the subject is read on the line that says it: "OCU)" over
			// "Note: figures … are not binding" is a wrapped cell of the
			// table above, then the note)
			if loc := reNonBindingDoc.FindStringIndex(bare); loc != nil && !reBindingDoc.MatchString(bare) && !reColumnSubject.MatchString(bare) &&
				!reFiguresSubject.MatchString(bare[strings.LastIndexByte(bare[:loc[0]], '\n')+1:]) && !strings.Contains(part, "\t") {
				docNB = true
			}
			return
		}
		if rePointsToList.MatchString(part) {
			// "The binding terms are those identified in Section 7": the
			// section that names the binding parts, not one of them
			return
		}
		binding := !reNonBindingDoc.MatchString(part)
		for _, n := range nums {
			rg.bindingBySection[n] = binding
		}
	})
	// further in, a clause that says a numbered section does not bind
	// ("1.2 Section 7 (Negotiation Notes) … does not bind either party"),
	// or lists those that do and says the others do not ("Article 2,
	// Article 5 … and this Article 14 are legally binding on the Parties.
	// All other Articles … record the present intentions of the Parties
	// only and are not legally binding")
	var binds []string
	others := false
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if i < 2 || c.Kind == document.KindPreamble || c.Kind == document.KindFootnote || len(c.Text) > 2000 {
			continue
		}
		eachSectionPart(c.Text, func(part string, nums []string) {
			other := containsFold(part, "other", "remaining") && reOtherSections.MatchString(part)
			if len(nums) == 0 && !other {
				return // (the cheap test first: most parts name no section)
			}
			// (or says they are for information only: "Slides 1 to 7 are
			// briefing material. They are for information only and create
			// no obligation")
			notBound := subjectNotBound(part) || strings.Contains(strings.ToLower(part), "binding") && reNonBindingDoc.MatchString(part) ||
				len(nums) > 0 && sectionsSubject(part) && reInformational.MatchString(part)
			if notBound && other {
				others = true
				rg.listedIntent = rg.listedIntent || reIntentions.MatchString(part)
				return
			}
			if len(nums) == 0 || !notBound {
				return
			}
			for _, n := range nums {
				if _, ok := rg.bindingBySection[n]; !ok {
					rg.bindingBySection[n] = false
				}
			}
		})
	}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if !others {
			break // (no "all other Articles … are not binding": no list to read)
		}
		if i < 2 || c.Kind == document.KindPreamble || len(c.Text) > 2000 {
			continue
		}
		for _, sp := range splitSentences(c.Text) {
			s := c.Text[sp.start:sp.end]
			// ("Only slides 5, 7, 9 and 10 … form binding terms": the word
			// "binding" said of the sections the sentence names)
			if !reBindingDoc.MatchString(s) && !reBindVerb.MatchString(s) && !namesBinding(s) ||
				reNonBindingDoc.MatchString(s) || subjectNotBound(s) {
				continue
			}
			// ("Article 2, Article 5 … and this Article 14 are legally
			// binding": a list of sections, each named)
			binds = append(binds, sectionNumbers(s)...)
			for _, m := range reArticleNumber.FindAllStringSubmatch(s, -1) {
				binds = append(binds, m[1])
			}
		}
	}
	if len(binds) > 0 {
		for _, n := range binds {
			if _, ok := rg.bindingBySection[n]; !ok {
				rg.bindingBySection[n] = true
			}
		}
		for i := range rg.doc.Clauses {
			if k := rg.topSection(rg.doc.Clauses[i].ID); k != "" {
				if _, ok := rg.bindingBySection[k]; !ok {
					rg.bindingBySection[k] = false
				}
			}
		}
	}
	// sections whose headings carry the tag ("3. BEDROCK COMMITMENT
	// [BINDING]", "9. PT AVAILABILITY [INDICATIVE ONLY]"): each binds or
	// not as tagged, and the note that explains the tags speaks of the
	// tagged items, not of the document
	tags := map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		m := reBindingTag.FindStringSubmatch(c.Heading)
		if m == nil || c.Number == "" || c.Kind != document.KindClause || rg.byID[c.ParentID] != nil && rg.byID[c.ParentID].Kind != document.KindPart {
			continue
		}
		if k := sectionKey(c); k != "" {
			tags[k] = !reNonBindingTag.MatchString(m[1])
		}
	}
	if len(tags) >= 3 {
		// (a scheme of tags, three sections or more)
		for k, b := range tags {
			if _, ok := rg.bindingBySection[k]; !ok {
				rg.bindingBySection[k] = b
			}
		}
		docNB = false
	}
	allListed := len(rg.bindingBySection) > 0
	for _, b := range rg.bindingBySection {
		allListed = allListed && b
	}
	rg.memo = reMemoDoc.MatchString(h)
	if docNB && (!reBindingDoc.MatchString(h) || allListed) {
		rg.NonBinding = true
	}
	rg.note = rg.noteSections()
}

var (
	// reBindingTag: a tag at the end of a section's heading that says
	// whether it binds ("[BINDING]", "[INDICATIVE ONLY]").
	reBindingTag = lazyre.New(`(?i)\[\s*((?:legally\s+)?binding|non-?\s?binding|not\s+binding|indicative(?:\s+only)?|for\s+information(?:\s+only)?|subject\s+to\s+contract)\s*\]\s*$`)
	// reNonBindingTag: such a tag that says it does not.
	reNonBindingTag = lazyre.New(`(?i)non|not|indicative|information|subject`)
)

// noteSections: the sections of a note that opens the draft and says it is
// no part of the contract ("This note explains … It is not part of the
// contract. The binding terms are in Schedule B-7"): the clause that says
// so and, where that is the preamble, the unnumbered sections after it up
// to the first part or numbered section, where what binds begins.
func (rg *Reading) noteSections() map[string]bool {
	out := map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if i > 2 && c.Kind != document.KindPreamble {
			break
		}
		if !reNoteNotContract.MatchString(c.Heading + " " + c.Text) {
			continue
		}
		out[c.ID] = true
		if containsFold(c.Text, "commentary") {
			// "The commentary on this page is … not part of the contract":
			// the sections headed as commentary, wherever they stand
			for _, k := range rg.doc.Clauses {
				if k.ParentID == "" && k.Number == "" && k.Kind != document.KindPart && reCommentaryHeading.MatchString(k.Heading) {
					out[k.ID] = true
				}
			}
		}
		if c.Kind != document.KindPreamble {
			if c.ParentID == "" && c.Number != "" && rg.memo {
				// a memo's numbered sections ("1. Why you are getting
				// this … It is not part of the contract", "2. My headline
				// points", "3. Next steps"), then the contract under a
				// heading of its own: the memo is the note, to that heading
				var run []string
				for _, k := range rg.doc.Clauses[i+1:] {
					if k.ParentID != "" {
						continue
					}
					if k.Kind == document.KindPart || k.Number == "" {
						for _, id := range run {
							out[id] = true
						}
						break
					}
					run = append(run, k.ID)
				}
			}
			continue
		}
		for _, k := range rg.doc.Clauses[i+1:] {
			if k.ParentID != "" {
				continue
			}
			if k.Kind == document.KindPart || k.Number != "" {
				break
			}
			out[k.ID] = true
		}
	}
	return out
}

// inNote: the clause is in a section noteSections found.
func (rg *Reading) inNote(id string) bool {
	seen := map[string]bool{}
	for c := rg.byID[id]; c != nil && !seen[c.ID]; c = rg.byID[c.ParentID] {
		seen[c.ID] = true
		if rg.note[c.ID] {
			return true
		}
	}
	return false
}

var (
	// reNoteNotContract: the document, or its commentary, says of itself
	// that it is no part of the contract ("This note … is not part of the
	// contract"; "This note explains … It is not part of the contract";
	// "The commentary on this page is internal working knowledge, not part
	// of the contract"), not of something it holds ("The Change Log … It
	// does not form part of this Addendum").
	reNoteNotContract = lazyre.New(`(?i)\b(?:this (?:note|summary|memo(?:randum)?|overview|cover note|cover e-?mail|explainer|briefing)|the commentary (?:on|in) this (?:page|note|document))\b` +
		`(?:(?:[^.]{0,200}\.\s+(?:[^.]{1,200}\.\s+){0,2}it)? (?:is not|does not form|shall not form|forms no)|[^.;]{0,80}?, not) (?:a |any )?part of (?:the|this|our|any) (?:contract|agreement|addendum)`)
)

// reCommentaryHeading: a section headed as commentary ("Commentary on the
// signed text", "Negotiation history (commentary)").
var reCommentaryHeading = lazyre.New(`(?i)^\W*commentary\b|\(commentary\)`)

var (
	// reQuotedName: a name in quotation marks.
	reQuotedName = lazyre.New(`["“][^"”\n]{1,80}["”]`)
	// reColumnSubject: a statement about a column, row or comment of the
	// document, not the document.
	// reFiguresSubject: a sentence about estimates shown, not about the
	// document ("Note: figures assume current volumes and are not
	// binding").
	reFiguresSubject = lazyre.New(`(?i)^\W*(?:note\s*:\s*)?(?:the\s+|these\s+|those\s+|all\s+|such\s+)?(?:[\w-]+\s+){0,3}?(?:figures|estimates|amounts|projections|forecasts|examples|illustrations|calculations)\b`)
	reColumnSubject  = lazyre.New(`(?i)^\W*(?:the|this|that|each|any|a|an)?\s*(?:\w+\s+){0,3}?(?:columns?|rows?|comments?|commentary|notes?|remarks|cells?|fields?)\b`)
	reSectionRange   = lazyre.New(`(?i)\b(sections?|clauses?|paragraphs?|parts?|items?|slides?)\s+(\d{1,3})(?:\s*(?:to|through|-|–)\s*(\d{1,3}))?((?:\s*(?:,|and|,\s*and)\s*\d{1,3}(?:\s*(?:to|through|-|–)\s*\d{1,3})?)*)`)
	// reNumIn: a number of a list that follows the first ("…, 9 to 11")
	reNumIn = lazyre.New(`(\d{1,3})(?:\s*(?:to|through|-|–)\s*(\d{1,3}))?`)
)

// sectionNumbers returns the top-level section numbers a phrase names:
// "Sections 1 to 8" → 1…8, "Section 9" → 9, "clauses 2, 4 and 5". A part
// keeps its word ("Part 4" → "part 4"): a draft that numbers its sections
// through its parts has a Section 4 and a Part 4, and they are not one.
func sectionNumbers(s string) []string {
	var out []string
	for _, m := range reSectionRange.FindAllStringSubmatch(s, -1) {
		prefix := ""
		if strings.HasPrefix(strings.ToLower(m[1]), "part") {
			prefix = "part "
		}
		out = appendRange(out, prefix, m[2], m[3])
		for _, n := range reNumIn.FindAllStringSubmatch(m[4], -1) {
			out = appendRange(out, prefix, n[1], n[2])
		}
	}
	return out
}

// appendRange appends the numbers from a to b (b empty: a alone), each
// with prefix.
func appendRange(out []string, prefix, a, b string) []string {
	from, _ := strconv.Atoi(a)
	to := from
	if b != "" {
		to, _ = strconv.Atoi(b)
	}
	for i := from; i <= to && i-from < 100; i++ {
		out = append(out, prefix+strconv.Itoa(i))
	}
	return out
}

var (
	// "subject to contract" marks any draft under negotiation: a draft is
	// judged as it would bind when signed, so it is no sign of a
	// non-binding document
	reNonBindingDoc = lazyre.New(`(?i)\b(non-binding|not (legally )?binding|for discussion (purposes )?only|indicative (terms|term sheet)|does not create (any )?(legally )?binding|no legally binding|shall not be binding|will not be binding|is not intended to be (legally )?binding|not intended to create)`)
	reBindingDoc    = lazyre.New(`(?i)\b(this (term sheet|document|heads of terms) (is|shall be) (legally )?binding|binding term sheet|are legally binding|is legally binding|shall be legally binding|status:\W*binding|binding\W+execution (version|copy)|binds? the parties|are binding (on|upon) (signature|execution))`)
)

// eachSectionPart calls fn on each clause of each sentence of text with the
// top-level section numbers it names; a part that opens with a pronoun
// ("It is not part of the offer") names the sections of the part before.
// legendCueOnly reports whether every line of part that carries a
// non-binding cue carries it in capitals and names no section: a draft's
// legend or a heading, run together with the lines after it.
func legendCueOnly(rg *Reading, part string) bool {
	if !strings.Contains(part, "\n") {
		return false
	}
	for _, line := range strings.Split(part, "\n") {
		if len(rg.reader.scan(line).cues["nonbinding"]) == 0 {
			continue
		}
		// the cue in the line's run of capitals ("AWS DRAFT 4 - SUBJECT TO
		// CONTRACT Version 4.0 | 6 March 2026")
		caps := line
		if i := strings.IndexFunc(line, unicode.IsLower); i >= 0 {
			caps = line[:max(0, strings.LastIndexByte(line[:i], ' '))]
		}
		if len(rg.reader.scan(caps).cues["nonbinding"]) == 0 || len(sectionNumbers(line)) > 0 {
			return false
		}
	}
	return true
}

func eachSectionPart(text string, fn func(part string, nums []string)) {
	var last []string
	for _, sp := range splitSentences(text) {
		for _, part := range reClauseSplit.Split(text[sp.start:sp.end], -1) {
			nums := sectionNumbers(part)
			if len(nums) == 0 && len(last) > 0 && reSectionPronoun.MatchString(part) {
				nums = last
			}
			if len(nums) > 0 {
				last = nums
			}
			fn(part, nums)
		}
	}
}

// reBracketQualifier: a qualifier in brackets after a heading or a name.
var reBracketQualifier = lazyre.New(`(?i)\((?:[^()\n]{0,30}?[,;–—-]\s*)?(?:non-binding|not binding|for information only|informational|for convenience only)\)`)

// rePointsToList: a sentence that sends the reader to the section that
// lists what binds ("those identified in Section 7").
var rePointsToList = lazyre.New(`(?i)\b(?:identified|listed|set\s+out|specified|defined|described|named)\s+in\s+(?:section|clause|paragraph|part|article)\s+\d`)

// subjectNotBound: the sentence says the section it names first does not
// bind ("Section 7 … does not bind either party", "It is not part of the
// offer"), not that something else is no part of it ("OPEN, not part of
// Part 4").
func subjectNotBound(part string) bool {
	loc := reNotBound.FindStringIndex(part)
	if loc == nil {
		return false
	}
	if ref := reSectionRange.FindStringIndex(part); ref != nil && ref[0] > loc[0] {
		return false
	}
	return true
}

// sectionsSubject: the sections a part names, or a pronoun for those the
// part before named, are what it speaks of ("Slides 1 to 7 are …", "They
// are …"), not something it says of them ("The parties will discuss
// Section 9").
func sectionsSubject(part string) bool {
	if reSectionPronoun.MatchString(part) {
		return true
	}
	loc := reSectionRange.FindStringIndex(part)
	return loc != nil && strings.TrimLeft(part[:loc[0]], " -•*\t\n") == ""
}

// reBindingWord: "binding" said of something.
var reBindingWord = lazyre.New(`(?i)\bbinding\b`)

// namesBinding: the sentence names sections, then calls them binding
// ("Only slides 5, 7, 9 and 10 … form binding terms").
func namesBinding(s string) bool {
	ref := reSectionRange.FindStringIndex(s)
	b := reBindingWord.FindStringIndex(s)
	return ref != nil && b != nil && ref[1] <= b[0]
}

// reInformational: what is said of sections that record information and
// bind nobody.
var reInformational = lazyre.New(`(?i)\bfor\s+(?:information|informational|reference|background)(?:\s+purposes)?\s+only\b|\bfor\s+informational\s+purposes\b|\bcreates?\s+no\s+(?:legal\s+|contractual\s+)?(?:obligations?|rights?)\b|\b(?:are|is)\s+(?:background|briefing)\s+(?:material|information|only)\b`)

var (
	// reSectionPronoun: a sentence about the section the last one named
	reSectionPronoun = lazyre.New(`(?i)^\s*(it|they|these|this section|that section|such section|the same)\b`)
	// reBindVerb, reNotBound: a section said to bind, or not ("does not
	// bind either party", "is not part of the offer")
	reBindVerb = lazyre.New(`(?i)\b(binds?|bound|contractual(?:ly)?)\b|\bnot (form )?part of (the|this) (offer|agreement|contract|proposal|addendum)\b`)
	reNotBound = lazyre.New(`(?i)(?:\b(?:not|never|nor|neither|no)\b|n['’]t\b)[^.;]*\b(binds?|bound|contractual(?:ly)?)\b|\bnot (form )?part of\b|\bnon-contractual\b`)
)

var (
	// reOtherSections: the sections a list of binding ones leaves out ("All
	// other Articles of this Memorandum", "the remaining Sections").
	reOtherSections = lazyre.New(`(?i)\b(?:all|any|the|each\s+of\s+the)\s+other\s+(?:articles|sections|clauses|paragraphs|parts|provisions|slides)\b|\b(?:the\s+)?remaining\s+(?:articles|sections|clauses|paragraphs|parts|provisions|slides)\b`)
	// reArticleNumber: an article named by its number ("Article 14").
	reArticleNumber = lazyre.New(`(?i)\barticles?\s+(\d{1,3})\b`)
	// reIntentions: what sections that do not bind record: the parties'
	// intentions, not a negotiation's history.
	reIntentions = lazyre.New(`(?i)\bintentions?\b|\bintend|\bindicative\b`)
)

var (
	// reMemoDoc: a paper about a deal rather than the deal
	reMemoDoc = lazyre.New(`(?i)\b(board paper|decision paper|committee paper|paper to the (board|committee)|memo(randum)?|briefing note|legal advice|minutes of (?:the|a|an|[\w-]+\s+meeting)\b)\b`)
	// reNarrative: a sentence that reports what happened in the
	// negotiation ("Management did not obtain language on …", "AWS's
	// position was that …"), its verb in the simple past
	reNarrative = lazyre.New(`(?i)^\W*(?:[\p{L}'’]+\s+){0,6}?(did|didn't|was|were|obtained|indicated|sought|asked|proposed|accepted|rejected|declined|refused|negotiated|secured|conceded|offered|pushed back|explained|noted|said|mentioned|observed|remarked|commented)\b`)
)

var reExclusion = lazyre.New(`(?i)\b(exclud\w*|except\w*|other than|but not|(?:not|never|no event|no case)(?:,?\s+\w+){0,3}?,?\s+(?:includ|contain)\w*|contain(?:s|ing)?\s+no|save for|apart from)\b`)

// splitExclusion splits a definition body at its first exclusion: what it
// includes, and what it leaves out.
// negatedInclude: the token starts a denial of inclusion: "not include",
// "does not, for this purpose, include", "shall in no event include",
// "never includes".
func negatedInclude(toks []rules.Token, i int) bool {
	switch toks[i].Lower {
	case "not", "never":
	case "no":
		if i > 0 && strings.HasPrefix(toks[i-1].Lower, "contain") {
			return true // "metrics … that contain no Prompts"
		}
		if i+1 >= len(toks) || toks[i+1].Lower != "event" && toks[i+1].Lower != "case" {
			return false
		}
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if strings.HasPrefix(toks[j].Lower, "includ") || strings.HasPrefix(toks[j].Lower, "contain") {
			return true
		}
		if toks[j].Lower == ";" || toks[j].Lower == "." {
			return false
		}
	}
	return false
}

func splitExclusion(body string) (incl, excl string) {
	if loc := reExclusion.FindStringIndex(body); loc != nil {
		return body[:loc[0]], body[loc[0]:]
	}
	return body, ""
}

// reNPStart: where the noun phrase before a parenthetical definition begins.
var reNPStart = lazyre.New(`(?i)[;:,(]|\b(and|between|by|with|to|for|of the|under)\s`)

var reHeadEnd = lazyre.New(`(?i)[,;(]|\b(including|includes|which|that|whether|such)\b`)

// headOf is the head of a definition body: up to its first comma or
// "including".
func headOf(body string) string {
	if loc := reHeadEnd.FindStringIndex(body); loc != nil {
		return body[:loc[0]]
	}
	return body
}

// determiner words may precede a defined term with a capital ("The Services").
var determiner = map[string]bool{"the": true, "this": true, "these": true, "such": true, "each": true, "any": true,
	"all": true, "our": true, "your": true, "its": true, "their": true, "a": true, "an": true, "no": true, "every": true,
	"aws": true, "customer": true, "customer's": true, "provider": true}

// reLevelDef: a definition that sets a minimum ("at least 99.9 %").
var reLevelDef = lazyre.New(`(?i)\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|minimum)\b`)

// meansBody: the definition's words follow "means" in its clause ("X"
// means sixty-one (61) days), not a term named in passing ("… 22,5 %
// below the published rates (the "Rate Card")").
func (rg *Reading) meansBody(d *Definition) bool {
	c := rg.byID[d.Clause]
	if c == nil {
		return false
	}
	head := strings.TrimSpace(d.body)
	head = head[:min(len(head), 24)]
	if strings.Contains(c.Text, "means "+head) || strings.Contains(c.Text, "mean "+head) {
		return true
	}
	// a glossary's line: the term, then its meaning in the next column
	// (""Commitment Term"      the period from …")
	for _, q := range []string{`"` + d.Term + `"`, "“" + d.Term + "”"} {
		if i := strings.Index(c.Text, q); i >= 0 {
			rest := strings.TrimLeft(c.Text[i+len(q):], " \t:–—-")
			if strings.HasPrefix(strings.Join(strings.Fields(rest), " "), strings.Join(strings.Fields(head), " ")) {
				return true
			}
		}
	}
	return false
}

// figureOnly: a definition that is a figure and a few words
// ("sixty-one (61) days", "twenty-five per cent (25%)", "forty per cent
// (40%) off the standalone PT hourly rate").
func figureOnly(body string) bool {
	n := len(strings.Fields(body))
	if n > 16 {
		return false
	}
	// (a period alone, not one that names a phase of the term: "each
	// period of twelve months starting on …" is no figure to carry)
	return len(percents(body)) > 0 || n <= 5 && len(durations(body)) > 0
}

// uptimeLevelIn: the text states a percentage that can only be a level of
// availability.
func uptimeLevelIn(s string) bool { return slices.ContainsFunc(percents(s), isUptimeLevel) }

// withDefinedFigures reads a sentence that uses a defined term for a
// minimum level with the definition after it ("AWS will meet the PT
// Availability Commitment" with "(PT Availability Commitment: a Monthly
// Uptime Percentage of at least 99,9 % …)"), where the sentence states no
// percentage itself and is not the definition.
func (rg *Reading) withDefinedFigures(s string, c *document.Clause) string {
	if len(rg.figureDefs) == 0 {
		return s
	}
	var add []string
	for _, d := range rg.figureDefs {
		if d.Clause == c.ID || !containsTerm(s, d.Term) || strings.Contains(s, d.body) {
			continue
		}
		if len(percents(d.body)) > 0 && len(percents(s)) > 0 || len(durations(d.body)) > 0 && len(durations(s)) > 0 {
			continue // (a sentence that states its own figure of the kind reads it)
		}
		add = append(add, d.Term+": "+strings.TrimSpace(d.body))
	}
	if len(add) == 0 {
		return s
	}
	return s + " (" + strings.Join(add, "; ") + ")"
}

var (
	// rePeriodTerm: a defined term that names a period ("Commitment
	// Term", "Bedrock Period").
	rePeriodTerm = lazyre.New(`(?i)\b(?:term|period)$`)
	// reEDPPeriod: a period that ends with the EDP's term ("until the
	// expiry or termination of the EDP term", "co-terminous with the
	// EDP", "the EDP Term"); not one that merely starts or is measured
	// from it.
	reEDPPeriod = lazyre.New(`(?i)\b(?:(?:expiry|expiration|termination|end)\s+(?:or\s+(?:expiry|expiration|termination|end)\s+)?of\s+the\s+EDP|co-?terminous\s+with\s+the\s+EDP|same\s+(?:term|dates?)\s+as\s+the\s+EDP|^\W*(?:the\s+)?EDP\s+term\b)\b`)
)

// tokenElements: the parts of a request whose billing C1 asks about.
var tokenElements = map[string]bool{"system_prompt": true, "tool_definition": true, "output_schema": true}

// nameConcepts returns the concepts a defined term's name carries; of the
// parts of a request, the one its longest words name ("Tool Schema" is a
// tool definition, not also an output schema for the word "schema").
func (rg *Reading) nameConcepts(name string) []string {
	p := rg.reader.scan(name)
	set := map[string]bool{}
	for _, m := range p.concepts {
		if tokenElements[m.name] && slices.ContainsFunc(p.concepts, func(y match) bool {
			return y.name != m.name && tokenElements[y.name] && within(m.start, m.end, y.start, y.end)
		}) {
			continue
		}
		set[m.name] = true
	}
	return sortedSet(set)
}

// within: the span [start, end) lies inside the longer span [ys, ye).
func within(start, end, ys, ye int) bool { return ys <= start && end <= ye && ye-ys > end-start }
