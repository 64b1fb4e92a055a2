package interpret

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// reAgreedBlock: a message that presents its terms as the agreed ones.
var reAgreedBlock = lazyre.New(`(?i)\b(final(ly)?[\s-]+agreed|agreed (terms|points|position|list|schedule|wording)|closing list|only (points|terms) agreed|(terms|points) (are|were|have been) agreed|final terms|agreed as (set out|written|follows)|as finally agreed|we have a deal|binding terms|agreed and final)\b`)

// reAsksConfirmation: a message that puts its terms to the other side for
// confirmation ("RECAP FOR CONFIRMATION", "Please confirm by reply", "On
// your written confirmation these terms bind").
var reAsksConfirmation = lazyre.New(`(?i)\b(please confirm|for (your |written )?confirmation|confirm (by|on) (reply|return)|on (your|its|their|written|receipt of) [\w ]{0,30}confirmation|when each has confirmed|subject to (your |written )?confirmation)\b`)

// reConfirmsOther: a message that confirms terms another message set out
// ("Confirmed: your recap correctly records the agreed terms", "we accept
// the counter-recap", "confirmed on behalf of AWS, without amendment").
var reConfirmsOther = lazyre.New(`(?i)\b(confirmed\b|confirms\b|we confirm|i confirm|hereby confirm|correctly records|accepted\b|accept(ed)? (as written|without (amendment|change))|without amendment|we accept\b|accepts? (?:offer|proposal|version|v)\s?\d)`)

// reRecordTitle: a title that says the document records a discussion
// ("MINUTES OF NEGOTIATION CALL", "Call transcript", "Notes of meeting").
var reRecordTitle = lazyre.New(`(?i)\b(minutes|transcripts?|call notes|meeting notes|notes of (the )?(call|meeting|discussion)|record of (the )?(negotiation|discussion|call|meeting))\b`)

// reAgreedHeading: a part headed as the agreed terms ("Schedule 1 —
// Agreed Bedrock Terms").
var reAgreedHeading = lazyre.New(`(?i)\bagreed(?:\s+[\w-]+){0,2}\s+terms\b`)

// applyAgreedPart reads minutes or a transcript with a part that sets out
// the agreed terms ("ANNEX A - AGREED BEDROCK TERMS: The parties confirm
// that the following terms were agreed … Where this Annex and the body of
// these minutes differ, this Annex governs"): the part is the agreement;
// the record around it, who proposed, explained or declined what, binds
// nobody (labelling rule G9).
func (rg *Reading) applyAgreedPart() {
	if len(rg.doc.Clauses) == 0 {
		return
	}
	// (the title, or a line of the opening words under the parties'
	// name: "OSTRANDER FREIGHT … INC." over "MINUTES OF NEGOTIATION CALL")
	if first := &rg.doc.Clauses[0]; !reRecordTitle.MatchString(first.Heading) && !(first.Kind == document.KindPreamble && titleLine(first.Text)) {
		return
	}
	agreed := ""
	var section map[string]bool // the clauses of an agreed numbered section
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind == document.KindPart && (reAgreedBlock.MatchString(c.Heading+" "+headOfText(c.Text, 400)) || reAgreedHeading.MatchString(c.Heading)) {
			agreed = c.ID
			break
		}
		if c.Kind == document.KindClause && c.ParentID == "" && reAgreedHeading.MatchString(c.Heading) && sectionNumber(c.Number) {
			// "3. AGREED TERMS (FINAL)" among the numbered sections of
			// the minutes: the section runs to the next numbered section,
			// items "A1", "A2" … under it included
			agreed, section = c.ID, map[string]bool{c.ID: true}
			for _, d := range rg.doc.Clauses[i+1:] {
				if d.Kind == document.KindPart || d.ParentID == "" && sectionNumber(d.Number) {
					break
				}
				section[d.ID] = true
			}
			break
		}
	}
	if agreed == "" {
		return
	}
	rg.unbindWhere("negotiation", func(st *Statement) bool {
		if section != nil {
			return !section[st.Clause]
		}
		return st.Part != agreed
	})
}

// reOutsideContract: a paper that says it is no part of the contract it
// describes ("This paper is not part of the contract.").
// (or the appended agreement says so of what it is appended to: "any
// board paper …, including any document to which this Term Sheet is
// appended, forms no part of it")
var reOutsideContract = lazyre.New(`(?i)\bthis (?:paper|memo|memorandum|note|briefing|report|deck|presentation|summary|document) (?:is not|does not form|forms no) (?:a )?part of (?:the|any) (?:contract|agreement|addendum|amendment)\b|\bto which this [\w ]{1,40}? is (?:appended|attached|annexed)\b[^.;]{0,40}?\b(?:forms? no part|do(?:es)? not form (?:a )?part|(?:is|are) not (?:a )?part)\b`)

// reOperativeHeading: a part headed as the operative or signed text
// ("Appendix A – Operative clauses of … Addendum No. 1 (as signed …)").
var reOperativeHeading = lazyre.New(`(?i)\b(operative|as signed|as executed|signed (?:text|terms|clauses)|agreed terms|binding terms)\b|\((?:signed|executed)\)`)

// applyOperativePart reads a paper that says it is no part of the
// contract and reproduces the operative clauses in a part of its own: the
// part binds, the paper around it, which summarises or comments, does not
// (labelling rule G4: what describes a term is no term).
func (rg *Reading) applyOperativePart() {
	says := false
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind != document.KindPart && reOutsideContract.MatchString(c.Text[:min(len(c.Text), 2000)]) {
			says = true
			break
		}
	}
	if !says {
		return
	}
	operative := map[string]bool{}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind == document.KindPart && reOperativeHeading.MatchString(c.Heading) {
			operative[c.ID] = true
		}
	}
	if len(operative) == 0 {
		return
	}
	rg.unbindWhere("note", func(st *Statement) bool { return !operative[st.Part] })
}

// titleLine: the opening words start with a title in capitals that names
// a record ("MINUTES OF NEGOTIATION CALL No. 4").
func titleLine(text string) bool {
	text = strings.TrimSpace(text)
	loc := reRecordTitle.FindStringIndex(text[:min(len(text), 200)])
	return loc != nil && loc[0] == 0 && strings.ToUpper(text[loc[0]:loc[1]]) == text[loc[0]:loc[1]]
}

// sectionNumber: a section's number of digits alone ("3", "3.").
func sectionNumber(n string) bool { return isDigits(strings.TrimRight(strings.TrimSpace(n), ".")) }

// applyNegotiationRecord reads a record of a negotiation (an email thread,
// minutes, a list of offers): only the terms recorded as finally agreed
// count (labelling rule G9). Each message is scored by what it states,
// less what it only proposes or refuses, with a large bonus for presenting
// itself as the agreed terms; the best one is the agreement and every
// other message binds nobody.
func (rg *Reading) applyNegotiationRecord() {
	if rg.block < 2 {
		return
	}
	type blk struct {
		score    int
		declares bool
		strong   bool
		n        int
		// asks: the message puts its terms to the other side for
		// confirmation; confirms: it confirms terms set out elsewhere
		asks, confirms bool
		// rejects: some sentence of the message refuses something
		rejects bool
	}
	blocks := map[int]*blk{}
	for _, st := range rg.Statements {
		b := blocks[st.block]
		if b == nil {
			b = &blk{}
			blocks[st.block] = b
		}
		p := rg.reader.scan(st.Text)
		if len(p.concepts) >= 2 {
			b.score += 2
			b.n++
		}
		if len(p.cues["proposal"]) > 0 || len(p.cues["rejected"]) > 0 {
			b.score -= 3
		}
		if len(p.cues["rejected"]) > 0 {
			b.rejects = true
		}
		if len(p.cues["agreed"]) > 0 && len(p.cues["rejected"]) == 0 {
			b.declares = true
		}
		if reAsksConfirmation.MatchString(st.Text) {
			b.asks = true
		}
		if reConfirmsOther.MatchString(st.Text) {
			b.confirms = true
		}
		if reAgreedBlock.MatchString(st.Text) || reAgreedBlock.MatchString(st.Heading) {
			b.strong = true // (or under a heading "ATTACHMENT A - AGREED TERMS")
		}
	}
	agreed, best := -1, -1<<30
	// a message that presents itself as the agreed terms ("AGREED TERMS
	// (for sign-off)", "final agreed position") and states terms is the
	// agreement; of several, the one that states the most (a short "agreed,
	// final" reply confirms the terms above it)
	most := 2
	for i := 0; i <= rg.block; i++ {
		if b := blocks[i]; b != nil && b.strong && b.n >= most {
			agreed, most = i, b.n
		}
	}
	byStrong := agreed >= 0
	for i := 0; i <= rg.block && !byStrong; i++ {
		b := blocks[i]
		if b == nil || b.n < 2 || !b.declares && !b.strong {
			continue
		}
		score := b.score
		if b.strong {
			score += 20
		}
		// (of two messages that score alike, the later: the last in the
		// document, or the first where replies stand over what they quote)
		if score > best || score == best && !rg.newestFirst {
			agreed, best = i, score
		}
	}
	if agreed < 0 {
		for i := 0; i <= rg.block; i++ {
			if b := blocks[i]; b != nil && b.n >= 3 && (agreed < 0 || !rg.newestFirst) {
				agreed = i
			}
		}
	}
	if agreed < 0 {
		return
	}
	bound := map[int]bool{agreed: true}
	if a := blocks[agreed]; a.confirms {
		// a reply that confirms a recap put to it for confirmation: the
		// recap's terms are the agreement, with the reply's own words (a
		// correction) on top of them; of several recaps, the nearest
		confirmed, dist := -1, 1<<30
		for i, b := range blocks {
			d := max(i-agreed, agreed-i)
			if i != agreed && b.asks && b.n >= 3 && b.n >= a.n && d < dist {
				confirmed, dist = i, d
			}
		}
		if confirmed < 0 {
			// a short reply that confirms terms set out in another message
			// not put for confirmation ("All other items in my list of 17
			// April (below) stand unchanged and are final"): the nearest
			// message that states far more terms than the reply
			for i, b := range blocks {
				d := max(i-agreed, agreed-i)
				if i != agreed && b.n >= 3 && b.n >= 2*a.n && d < dist {
					confirmed, dist = i, d
				}
			}
		}
		if confirmed >= 0 {
			bound[confirmed] = true
		}
	}
	// after the agreement, a reply that confirms it with words of its own
	// ("AWS confirms the agreed terms …, with one clarification. Please
	// add: …") binds when a later reply accepts it ("Nadia — accepted.")
	for k := agreed + 1; k <= rg.block; k++ {
		b := blocks[k]
		if b == nil || !b.confirms || b.rejects {
			continue
		}
		for j := k + 1; j <= rg.block; j++ {
			if c := blocks[j]; c != nil && c.confirms && !c.rejects {
				bound[k], bound[j] = true, true
				break
			}
		}
	}
	rg.bindCalledParts(bound)
	for _, st := range rg.Statements {
		if !bound[st.block] && st.Binding {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
}

// bindCalledParts adds to the blocks that bind the blocks of attached
// parts their statements call by label: a recap's "as set out in Annex A,
// Table A-1" brings in the Annex A printed after it as a block of its own.
func (rg *Reading) bindCalledParts(bound map[int]bool) {
	for changed := true; changed; {
		changed = false
		for blk, labels := range rg.blockParts {
			if bound[blk] {
				continue
			}
			for _, st := range rg.Statements {
				if bound[st.block] && callsAny(st.Text, labels) {
					bound[blk], changed = true, true
					break
				}
			}
		}
	}
}

// callsAny reports whether text names one of the part labels ("Annex A",
// "Schedule 1"), as a whole word.
func callsAny(text string, labels []string) bool {
	low := strings.ToLower(text)
	for _, l := range labels {
		l = strings.ToLower(strings.TrimSpace(l))
		if l == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(low[i:], l)
			if j < 0 {
				break
			}
			end := i + j + len(l)
			if (i+j == 0 || !isWordByte(low[i+j-1])) && (end == len(low) || !isWordByte(low[end])) {
				return true
			}
			i = end
		}
	}
	return false
}
