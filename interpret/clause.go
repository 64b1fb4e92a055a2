package interpret

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/extract"
	"github.com/clausecheck/clausecheck/internal/lazyre"
	"github.com/clausecheck/clausecheck/rules"
)

// Cell is one cell of a table row, read with its column header.
type Cell struct {
	Header   string
	Text     string
	Concepts []string // concepts of the header
	Facts    []Fact   // facts of the cell
}

var (
	reBackground = lazyre.New(`(?i)^(background|recitals?|whereas|preliminary statements?|introduction|premises|preamble|präambel|préambule|preámbulo|vorbemerkung(?:en)?|considérants|considerando)\b`)
	// a part that only records proposals: a negotiation log
	reRecordPart = lazyre.New(`(?i)\b(negotiation (log|record|history)|record of (proposals|negotiations?|offers)|proposals? log|issues? log|review comments?|comments? (?:log|thread)|discussion thread|cover(?:ing)? memo(?:randum)?|not part of this (agreement|addendum|contract)|(call|meeting) transcript|transcript of (the )?(call|meeting)|transcript|wortprotokoll|verbatim record)\b`)
	reRecitalNo  = lazyre.New(`^\([A-Z]\)$`)
	// the head of a message in a thread: "From: … To: …", "-----Original
	// Message-----", "On 3 May, Dana wrote:" (lines may have been joined)
	// reMsgSeparator: the line that opens a message of a thread;
	// reMsgField: a header line of an e-mail
	reMsgSeparator = lazyre.New(`(?i)^(?:[=\-_*#]{3,}\s*)?(?:message\s+\d+(?:\s+of\s+\d+)?|-*\s*original message|forwarded message|begin forwarded message)\b.*$`)
	// reMsgHeading: a heading that is a message's date and its sender
	reMsgHeading = lazyre.New(`(?i)(?:^|\W)from\s*:\s*\S|\bto\s*:.*\b\d{4}\b|\b\d{4}\b.*(?:→|->|\bwrote\b)|(?:→|->).*\b\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b.*\bto\b`)
	reMsgSubject = lazyre.New(`(?i)^(?:\[\d{1,3}\]\s*|\d{1,3}[.)]\s+)?(?:subject|re)\s*:\s*`)
	reMsgFrom    = lazyre.New(`(?i)^(?:\[\d{1,3}\]\s*|\d{1,3}[.)]\s+)?from\s*:`)
	// reMsgSender: a printed e-mail's sender line ("Thiago Moreira
	// <tmoreira@example.com>   Tue, 7 Apr 2026")
	reMsgSender = lazyre.New(`^\p{Lu}[\p{L} .,'’-]{1,60}\s<[^<>@\s]+@[^<>\s]+>`)
	reMsgField  = lazyre.New(`(?i)^(?:\[\d{1,3}\]\s*|\d{1,3}[.)]\s+)?(?:from|to|cc|bcc|date|sent|subject)\s*:\s*\S`)
	// (also a chat header that a PDF's text ran into the line before: "…
	// easy, some isn't. [09:11] Tom Ellery Ack.")
	reMsgHeader = lazyre.New(`(?i)(?:^|\s)(?:from\s*:\s+[^\n]{1,200}?\b(?:to|sent|date)\s*:|-{3,}\s*original message\s*-{3,}|on [^\n]{4,80}? wrote:)|\s\[\d{1,2}:\d{2}(?::\d{2})?\]\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b`)
	// reChatHeader: a chat message's sender and time ("Emily Chen · 10:03",
	// "[10:03] Emily Chen:", "[2026-03-06 09:20] Priya Nair:", "[2026-03-02
	// 10:04] Marcus Lindqvist (AWS, Account Manager):", "Emily Chen 10:03
	// AM")
	// (a sender by name, or by a user handle: "[08 Apr 2026 15:22] priya.nair";
	// a sender with a role in brackets, the message run on after it:
	// "[2026-06-03 09:31] Marek Kowalski (AWS Account Executive) Thanks …")
	reChatHeader  = lazyre.New(`^(?:` + chatStamp + `\s+(?:\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+){0,3}(?:\s*\([^()\n]{1,60}\))?\s*(?::|$)|\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+){0,3}\s*\([^()\n]{1,60}\)|\p{Ll}[\p{Ll}\d]*[._][\p{Ll}\d._]*[\p{Ll}\d]:?)|\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*[–—-]\s*\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*:|\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*[·•|]\s*\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)(?:\s|$)`)
	reExternalDoc = lazyre.New(`\b(Agreement|Terms|SLA|Service Level Agreement|Policy|Policies|Documentation|documentation|website|web site|DPA|Order Form|Service Terms|Customer Agreement|Enterprise Agreement|Program Terms|Guide|FAQ|pricing page|(?:Original|Existing|Prior|Previous|Earlier|Initial|Underlying)\s+(?:Addendum|Amendment|Schedule|Supplement)|https?://)`)
)

// chatStamp: a chat message's time in brackets, perhaps after its date
// ("[10:03]", "[2026-03-06 09:20]", "[08 Apr 2026 15:22]").
const chatStamp = `\[(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]`

// readClause reads a clause in force into statements.
func (rg *Reading) readClause(c *document.Clause, e *effective, heading string) {
	firstSt := len(rg.Statements)
	nonbinding := ""
	switch c.Kind {
	case document.KindRecital:
		nonbinding = "recital"
	case document.KindPreamble:
		nonbinding = "preamble" // see classify: only the title and the parties
	}
	if nonbinding == "" && rg.isBackground(c) {
		nonbinding = "recital"
	}
	first := strings.TrimSpace(strings.SplitN(c.Text, "\n", 2)[0])
	if reMsgHeading.MatchString(c.Heading) || strings.EqualFold(c.Heading, "from") ||
		len(first) < 140 && strings.ContainsAny(first, "—→") && reMsgHeading.MatchString(first) {
		rg.block++ // "Tue 17 Mar 2026 · Aaron Kaur → Geneviève Roy": a message
		rg.partBlock = false
	}
	if c.Kind == document.KindPart && c.ParentID == "" && (rg.thread || rg.block > 0) {
		switch {
		case rg.thread && !rg.attached && reAttachment.MatchString(c.ID+" "+c.Heading):
			// "ATTACHMENT A - AGREED TERMS" after a thread: the attached
			// document is a block of its own (all of it), not the last
			// message's words
			rg.block++
			rg.attached, rg.partBlock = true, true
			rg.msgHeader = false
		case !rg.attached && !reAttachment.MatchString(c.ID+" "+c.Heading) && reRecordKind.MatchString(c.Heading):
			// "PART D - SUMMARY OF AGREED TERMS" after the messages: a
			// record of its own, not the last message's words (a part
			// whose heading names no record, "Article 1 Definitions", is
			// as likely the body of the message before it)
			rg.block++
			rg.partBlock = true
			rg.msgHeader = false
		}
		if reAttachment.MatchString(c.ID) {
			// (an annex or schedule a message can call by its label; a
			// "Part C" is as likely a part of a schedule)
			if rg.blockParts == nil {
				rg.blockParts = map[int][]string{}
			}
			rg.blockParts[rg.block] = append(rg.blockParts[rg.block], c.ID)
		}
	}
	if nonbinding == "" && rg.choiceRecords[c.ID] {
		// "4.1 Model lifecycle | AWS | Customer's migration credit
		// withdrawn.": which side's wording was accepted, read into the
		// clauses it names; the record itself states no term
		nonbinding = "note"
	}
	if nonbinding == "" && reRecordPart.MatchString(rg.headings(c)) {
		nonbinding = "negotiation"
	}
	if nonbinding == "" && rg.answeredQuestion(c) {
		// "Q2 Section 6.2 lets Customer cancel … on ninety (90) days'
		// notice, but only if … Can Customer also cancel …?" over "A2
		// Yes. Section 6.2 is deleted and replaced with: …": the question,
		// however it describes the text, asks; its answer states the term
		nonbinding = "note"
	}
	if nonbinding == "" && reAdviceHeading.MatchString(rg.headings(c)) && rg.isReport() {
		// "4. Recommendations for the 2026 EDP renewal" in counsel's
		// memo: what the client should seek, no term of the deal
		nonbinding = "note"
	}
	if nonbinding == "" && c.Kind != document.KindPreamble && len(c.Text) < 2000 && rg.statusRefuses(c.Text) {
		// a variation, a change or an item whose own status field refuses
		// it or leaves it open: what it proposes binds nobody
		nonbinding = "negotiation"
	}
	copyInForce := rg.amendedCopy(c)
	if nonbinding == "" && !copyInForce && (rg.informational(e.text) || rg.namedInformational(c)) {
		// "The change record below is for information only." over the
		// table it introduces: the whole block binds nobody
		nonbinding = "note"
	}
	if nonbinding == "" && reContentsHeading.MatchString(strings.TrimSpace(c.Heading)) {
		// "LIST OF ANNEXURES | F | Service Credit Schedule — Provisioned
		// Throughput": a list of the parts names them, it states no term
		nonbinding = "note"
	}
	if nonbinding == "" && reLapsedHeading.MatchString(heading) {
		nonbinding = "note"
	}
	if nonbinding == "" && !copyInForce && reNotAgreedHeading.MatchString(heading) {
		// "4. OPTIONS DISCUSSED (NOT AGREED UNLESS REPEATED IN PART 5)",
		// "6. OPEN ITEMS AND ACTIONS (NOT AGREED)": a record of what was
		// put forward, which counts for nothing
		nonbinding = "negotiation"
	}
	if nonbinding == "" && !copyInForce && reInfoHeading.MatchString(heading) {
		// a section its heading says binds nobody, as one the draft
		// declares non-binding ("Section 9 is not binding")
		nonbinding = "nonbinding_document"
		if reNotContractual.MatchString(heading) {
			// "Open issues (internal — not contractual)", "Annex —
			// Compliance Checklist (non-contractual)": a party's own
			// working paper, no text of the deal at all
			nonbinding = "note"
		}
	}
	lead := rg.leadIn(c)
	if h := strings.TrimSpace(c.Heading); h != "" && runIn(c) {
		// "(a) Anthropic Claude models: USD 2,000,000": an item's run-in
		// heading is the start of its sentence
		lead = strings.TrimSpace(lead + " " + h + ":")
	}
	leadUnit := c.ParentID
	texts := append([]string{e.text}, e.extra...)
	sentence := 0
	for ti, text := range texts {
		if ti > 0 {
			// an item inserted by an amendment ('a new item (b) is
			// inserted after item (a): "(b) …"') is read with the
			// clause's own lead-in, as its other items are
			lead = ""
			if reItemStart.MatchString(text) {
				lead, leadUnit = rg.leadOf(c), c.ID
			}
		}
		itemFirst := true
		boxNB := "-"        // while an unticked checklist item is read: the status to restore after it
		noteRunsOn := false // the line before was a rated note's, cut mid-sentence
		lastQ := ""         // the question the sentence read last asked
		text = splitInlineFields(text)
		lines := strings.Split(text, "\n")
		var prose []string
		var table [][]string
		var caption string
		field := "" // the kind of the labelled field the prose is in
		// in an issues list: the field is the item's agreed wording, and
		// the item's status says it is open or refused
		agreedField, itemOpen := false, false
		fields, askFirst := fieldLayout(text)
		issues := rg.issuesList()
		if issues {
			lines = rg.splitIssueFields(lines)
		}
		// clause variants of a contract-management export ("Variant P
		// (Preferred)", "[F]") of which one is marked selected or adopted:
		// the others bind nobody
		variantsChosen, variantMarks := chosenVariants(lines)
		baseNB := nonbinding
		if v := rg.variantAt[c.ID]; v != "" && rg.variantOut[v] && nonbinding == "" {
			// the clause is the text of a variant not chosen
			nonbinding = "negotiation"
		}
		flushProse := func() {
			if len(prose) == 0 {
				return
			}
			t := strings.Join(prose, "\n")
			prose = nil
			nonbinding := nonbinding
			switch field {
			case "skip":
				return
			case "ask":
				// (a party's position asks even where the draft's body is
				// read as its preamble, a record with no numbered clause)
				if nonbinding == "" || nonbinding == "preamble" {
					nonbinding = "negotiation"
				}
			case "":
				switch {
				case agreedField && itemOpen:
					nonbinding = "negotiation"
				case agreedField && nonbinding == "preamble":
					// (the agreed wording of a record with no numbered
					// clause is its term, each sentence of it)
					nonbinding = ""
				}
			}
			if pt := strings.TrimSpace(t); nonbinding == "" && reNoteLead.MatchString(pt) && !strings.HasPrefix(strings.TrimLeft(pt, "*_> "), "[") {
				// "Negotiator notes: AWS offered 12% … A Claude quote was
				// obtained but not tabled.": a note, every sentence of it
				// (a bracketed tag, "[Note: agreed.] Output schemas are …",
				// is read by tagStatus)
				nonbinding = "note"
			}
			// "**Background.** PCE wishes to increase its PT pre-purchase
			// …": a line so labelled says why the parties agree, not what
			var background [][2]int
			if nonbinding == "" {
				for at := 0; at < len(t); {
					end := strings.IndexByte(t[at:], '\n')
					if end < 0 {
						end = len(t)
					} else {
						end += at
					}
					if reBackgroundLead.MatchString(strings.TrimSpace(t[at:end])) {
						background = append(background, [2]int{at, end})
					}
					at = end + 1
				}
			}
			refused := rg.refusedItems(t)
			notes := rg.noteBlocks(t)
			spans := splitSentences(t)
			sents := make([]string, len(spans))
			for k, sp := range spans {
				sents[k] = t[sp.start:sp.end]
			}
			lineHeading, lineEnd := "", -1 // a run-in heading and the end of its line
			bulletLead := ""               // the lead-in of the bulleted list being read
			for si, sp := range spans {
				s := t[sp.start:sp.end]
				if sp.start >= lineEnd {
					lineHeading = ""
				}
				if len(spans) == 1 && ti == 0 && lead == "" && strings.TrimSpace(e.text) == strings.TrimSpace(s) && bareTitle(s) && rg.childText(c) == "" {
					// "4.3 Pre-purchase credits." and nothing else (its
					// words struck out in the redline): a heading over no
					// term
					continue
				}
				if si+1 < len(spans) && lineRunIn(t, sp, spans[si+1]) {
					// "- **[B] Refunds.** Prepaid … are refunded": the words
					// before the first full stop of a line name what the
					// line is about; they state nothing
					lineHeading = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".:"))
					lineEnd = len(t)
					if nl := strings.IndexByte(t[sp.end:], '\n'); nl >= 0 {
						lineEnd = sp.end + nl
					}
					continue
				}
				heading := heading
				if lineHeading != "" {
					heading = lineHeading + " / " + heading
				}
				read := s
				itemLead := ""
				if itemFirst && lead != "" {
					read = lead + " " + s
					itemLead = lead
				}
				if lastQ != "" {
					// "Q22. Can Norrland cancel a PT Commitment?" "Yes, on
					// eight weeks' notice …": the answer is read with the
					// question it answers
					if r, ok := rg.answerRead(lastQ, s); ok {
						read = r
					}
				}
				lastQ = ""
				if q := strings.TrimRight(strings.TrimSpace(s), "*_)\"”’ "); strings.HasSuffix(q, "?") {
					lastQ = q
				}
				if lineStart := sp.start == 0 || t[sp.start-1] == '\n'; lineStart && !reBulletRun.MatchString(s) {
					bulletLead = "" // the list is over
				}
				if itemLead == "" && si > 0 && reBulletRun.MatchString(s) {
					// "… we are not able to agree the following, and they do
					// not form part of the renewal:" over a paragraph of
					// bullets, or over bullets a line each: the list is read
					// with its lead-in, every item of it
					if prev := strings.TrimSpace(sents[si-1]); strings.HasSuffix(prev, ":") && len(strings.Fields(prev)) >= 4 && !strings.Contains(prev, "_") {
						bulletLead = prev
					}
					if bulletLead != "" {
						read, itemLead = bulletLead+" "+s, bulletLead
					}
				}
				itemFirst = false
				before := len(rg.Statements)
				nb := nonbinding
				if inRanges(sp.start, background) {
					nb = "recital"
				}
				if nb == "" && inRanges(sp.start, notes) {
					nb = "note" // a marked note that says it is no part of the agreement
				}
				if nb == "" && inRanges(sp.start, refused) {
					// one of several variations, each with its status,
					// whose own status refuses it or leaves it open
					nb = "negotiation"
				}
				if withValues, hollow := rg.withItems(read, c); hollow && nb == "" {
					nb = "placeholder" // "The Migration Credit in Item 12 applies." where Item 12 is "Not applicable"
				} else {
					read = withValues
				}
				rg.addSentence(c, e, heading, nb, read, s, sentence, itemLead, leadUnit)
				if lineHeading != "" {
					// the line a run-in heading opens is a unit of its own:
					// "- [B] Refunds. …" beside "- [B] PT availability. …"
					// in one bulleted clause are two terms, not one
					for _, st := range rg.Statements[before:] {
						st.Unit = c.ID + "¶" + strconv.Itoa(lineEnd)
					}
				}
				if rg.prevailing != "" {
					rg.usePrevailing(c, rg.Statements[before:], sents, si)
				}
				caption = s
				sentence++
			}
		}
		flushTable := func() {
			if len(table) == 0 {
				return
			}
			header := table[0]
			rows := table[1:]
			carried := false
			if !isHeaderRow(header) && !figuresHeader(header, rows) {
				// a table of terms ("Cancellation | Customer may cancel …")
				// has no header row: each row stands for itself
				header, rows = nil, table
				if rg.carried != nil && len(rg.carried) == len(table[0]) && isAncestor(rg.byID, rg.carriedFrom, c.ID) {
					// "1. TOKEN COUNTING" over a row of the table whose
					// header ("Customer position | AWS position | Agreed")
					// stands alone above the first topic: the row is read
					// under that header
					header, carried = rg.carried, true
				}
			} else if len(table) == 1 && len(header) >= 2 {
				rg.carried, rg.carriedFrom = header, c.ID
			}
			tableNB := nonbinding
			if tableNB == "" && ratedColumn(rows) {
				// "No. | Ref. | Issue | Rating | Position" with RED, AMBER,
				// GREEN down a column: a reviewer's list of issues, each row
				// an assessment of the text, no term of it
				tableNB = "note"
			}
			for _, row := range rows {
				nb := tableNB
				if field == "ask" && nb == "" {
					nb = "negotiation"
				}
				if nb == "" && header == nil && len(row) == 2 {
					// a summary's rows, "Our position | US$8.0M …" beside
					// "Outcome | Cl. 3.1: …": a party's position is the
					// negotiation, a reviewer's risk or comment a note
					switch l := strings.TrimSpace(row[0]); {
					case rePositionRowLabel.MatchString(l):
						nb = "negotiation"
					case reCommentRowLabel.MatchString(l):
						nb = "note"
					}
				}
				if nb == "negotiation" && len(row) > 1 && reAgreedRowLabel.MatchString(strings.TrimSpace(row[0])) {
					// "Final (Round 4) | No Bedrock-specific commitment …"
					// in a record of rounds: the row the record says was
					// agreed binds
					nb = ""
				}
				rg.addRow(c, e, heading, nb, caption, header, row, sentence)
				sentence++
			}
			if len(table) == 1 && header != nil && !carried {
				// a lone row: read as text
				rg.addSentence(c, e, heading, nonbinding, strings.Join(table[0], "; "), strings.Join(table[0], " | "), sentence, "", "")
				sentence++
			}
			table = nil
		}
		for li, ln := range lines {
			if id, ok := rg.variantLine[variantPos{c.ID, li}]; ok && ti == 0 {
				flushProse()
				flushTable()
				nonbinding = baseNB
				if rg.variantOut[id] && baseNB == "" {
					nonbinding = "negotiation"
				}
			} else if m := reVariantLabel.FindStringSubmatch(ln); m != nil && (variantMarks || len(variantsChosen) > 0) {
				letter := m[1] + m[2]
				flushProse()
				flushTable()
				nonbinding = baseNB
				if !reVariantMark.MatchString(ln) && !variantsChosen[letter] && baseNB == "" {
					nonbinding = "negotiation"
				}
			}
			// a message of a thread: a separator ("===== Message 2 of 5
			// =====") or a "From:" header line starts a new block; the
			// header lines themselves state no term
			flat := strings.TrimSpace(strings.ReplaceAll(ln, "\t", " "))
			if reMsgSeparator.MatchString(flat) {
				flushProse()
				flushTable()
				if containsFold(flat, "original message") {
					rg.newestFirst = true
				}
				rg.block++
				rg.partBlock = false
				rg.msgHeader, rg.thread = true, true
				continue
			}
			if m := reChatHeader.FindStringIndex(flat); m != nil {
				// a chat message opens here: a block of its own
				flushProse()
				flushTable()
				rg.block++
				rg.partBlock = false
				rg.thread = true
				ln = strings.TrimSpace(flat[m[1]:])
				if ln == "" {
					continue
				}
			}
			if reMsgSender.MatchString(flat) && !rg.msgHeader {
				flushProse()
				flushTable()
				rg.block++
				rg.partBlock = false
				rg.msgHeader, rg.thread = true, true
				rg.senderPronouns(flat)
				continue
			}
			if reMsgField.MatchString(flat) {
				if reMsgFrom.MatchString(flat) && !rg.msgHeader {
					flushProse()
					flushTable()
					rg.block++
					rg.partBlock = false
				}
				if reMsgFrom.MatchString(flat) {
					rg.senderPronouns(flat)
				}
				rg.msgHeader = true
				rg.thread = rg.thread || strings.Contains(flat, "@") // an e-mail header, not a form's "From:" field
				if !reMsgSubject.MatchString(flat) {
					continue
				}
				// the subject line is read: "Subject: AGREED TERMS" says
				// which message holds the agreement
				ln = reMsgSubject.ReplaceAllString(flat, "")
			}
			if flat != "" && !reMsgField.MatchString(flat) {
				rg.msgHeader = false
			}
			for !strings.Contains(ln, "\t") && mayHoldMsgHeader(ln) {
				loc := reMsgHeader.FindStringIndex(ln)
				if loc == nil {
					break
				}
				if before := strings.TrimSpace(ln[:loc[0]]); before != "" {
					prose = append(prose, before)
				}
				flushProse()
				flushTable()
				if m := strings.ToLower(ln[loc[0]:loc[1]]); strings.Contains(m, "original message") || strings.HasSuffix(m, "wrote:") {
					rg.newestFirst = true
				}
				rg.block++
				rg.partBlock = false
				ln = ln[loc[1]:]
			}
			if field == "skip" {
				field = "" // a status or a reference takes its line only
			}
			if askFirst && strings.Contains(ln, "\t") && reItemRef.MatchString(strings.TrimSpace(strings.SplitN(ln, "\t", 2)[0])) {
				// "4.3 <tab> Cancellation of reserved capacity. <tab> NC":
				// under a "Requirement / response" header an item opens
				// with the requirement, until its "Response:"
				flushProse()
				flushTable()
				field = "ask"
			}
			if m := reIssueField.FindStringSubmatch(flat); issues && m != nil {
				// an issues list's fields: "Meridian: 12 months' notice",
				// "AWS position: 9 months", "Status: AGREED", "Agreed
				// wording: …". A party's position asks; only the agreed
				// wording binds
				if kind, ok := rg.issueFieldKind(m[1]); ok {
					flushProse()
					flushTable()
					field = kind
					ln = m[2]
					agreedField = kind == "" && reAgreedLabel.MatchString(m[1])
					if label := strings.ToLower(m[1]); label == "status" || label == "resolution" {
						// "Status: IN REVIEW | Resolution: Unresolved",
						// "Status: CLOSED | Resolution: WITHDRAWN": the
						// item is not agreed, whatever its agreed-wording
						// field holds; a new status is a new item's
						words := strings.Fields(m[2])
						p := rg.reader.scan(strings.Join(words[:min(len(words), 4)], " "))
						open := p.cues["open"]
						refused := refusalIn(p) || len(open) > 0 && open[0].start == 0
						itemOpen = refused || label == "resolution" && itemOpen
					}
				}
			} else if issues && (field != "" || agreedField) && (reIssueHead.MatchString(flat) || reTicketKey.MatchString(flat)) {
				// "Issue 10.  PT cancellation", "AWSNEG-111  Direct
				// alternative quote": the next issue's title
				flushProse()
				field, agreedField = "skip", false
			}
			if m := fieldLine(flat, fields); m != nil {
				// "Requirement : …", "Status : Compliant", "Response : …":
				// a compliance statement's fields. The buyer's requirement
				// asks, the response answers, a status or reference states
				// nothing
				flushProse()
				flushTable()
				if m[1] != "" {
					field = "skip" // the item's title before its first field
					prose = append(prose, m[1])
					flushProse()
				}
				field = fieldKind(m[2])
				ln = m[3]
			}
			if strings.Contains(ln, "\t") {
				flushProse()
				table = append(table, strings.Split(ln, "\t"))
				continue
			}
			flushTable()
			if nonbinding == "" && isCapsLine(flat) && reInfoHeading.MatchString(flat) {
				// "ANNEX (FOR INFORMATION ONLY - NOT A CONTRACT DOCUMENT)"
				// as a line of its own, its heading style lost: what
				// follows it in the clause binds nobody
				flushProse()
				nonbinding = "nonbinding_document"
			}
			if nonbinding == "" && (reBalloon.MatchString(flat) || reRatedNote.MatchString(flat) || noteRunsOn && flat != "") {
				// a balloon of a compare export, its lines joined into one
				// ("## Gelöscht: (1) AWS will notify … (2) For each forced
				// migration AWS will ## grant …"), a reviewer's rated note
				// ("[[ R-3 | RED ]] Our turn-1 Section 3.02 said …", "> **HM-11
				// — Amber.** … Recommend we ask for …"): a note, every sentence.
				// A rated note's line that stops mid-sentence (">>> NOTE 5
				// [GREEN]. Sixty days is exactly what" over "we asked for,
				// …") runs on into the next
				noteRunsOn = !reBalloon.MatchString(flat) && !endsSentenceMark(flat)
				flushProse()
				nonbinding = "note"
				prose = append(prose, ln)
				flushProse()
				nonbinding = ""
				continue
			}
			noteRunsOn = false
			if m := reCheckbox.FindStringSubmatch(flat); m != nil || flat == "" && boxNB != "-" {
				// a checklist's item: "[ ]" (or "☐") is an item not yet
				// ticked, open or not chosen, all of its lines; "[x]" a
				// ticked one. Each item is a paragraph of its own
				flushProse()
				if boxNB != "-" {
					nonbinding, boxNB = boxNB, "-"
				}
				if m != nil && (m[1] == " " || m[2] == "☐") && !rg.emptyBoxAgreed {
					boxNB = nonbinding
					if nonbinding == "" {
						nonbinding = "negotiation"
					}
				}
			}
			if len(prose) > 0 && (extract.QuoteDepth(prose[len(prose)-1]) != extract.QuoteDepth(ln) || extract.WholeBracket(prose[len(prose)-1]) || reNoteLead.MatchString(strings.TrimSpace(ln))) {
				// a reply's quoted lines ("> Coorong 29/5: WE PROPOSED: …")
				// under the clause, the clause's own "[Intentionally
				// Omitted]" line, a note's first line ("OGC file note (8
				// May): …") under a signature: a paragraph of their own,
				// never one sentence with the text before them
				flushProse()
			}
			prose = append(prose, ln)
		}
		flushProse()
		flushTable()
		if boxNB != "-" {
			nonbinding = boxNB
		}
		rg.refusedBrackets(c, lines, firstSt)
		rg.refusedRecords(c, lines, firstSt)
		rg.refusedInline(c, lines, firstSt)
		rg.closingRefusal(c, firstSt)
		rg.placeholderClause(c, firstSt)
	}
}

// reBracketHead: a heading in brackets that opens a clause's text.
var reBracketHead = lazyre.New(`^\([^()]{1,60}\)\s*`)

// placeholderClause: a clause whose text opens with a placeholder that is
// a sentence of its own ("Article 6 (Token Counting) To be agreed. The
// method of counting …, including …, shall be separately agreed"): what
// follows says what is left open, every sentence of it commits nothing.
func (rg *Reading) placeholderClause(c *document.Clause, first int) {
	// (a placeholder sentence is short: the opening of the text will do,
	// not a second pass over all of it)
	sp := splitSentences(c.Text[:min(len(c.Text), 200)])
	if len(sp) < 2 {
		return
	}
	// (a heading in brackets may open the text: "(Token Counting) To be
	// agreed.")
	lead := reBracketHead.ReplaceAllString(strings.TrimSpace(c.Text[sp[0].start:sp[0].end]), "")
	if len(sp) >= 3 && c.Heading == "" && shortTitle(strings.TrimSpace(lead), 4) {
		// "Token counting. Parked. AWS will come back with wording on
		// …": the item's run-in title, then its status
		lead = strings.TrimSpace(c.Text[sp[1].start:sp[1].end])
	}
	lead = strings.Trim(lead, "*_[]().: ")
	p := rg.reader.scan(lead)
	wholeCue := func(m match) bool { return m.start == 0 && m.end == len(p.toks) }
	whole := slices.ContainsFunc(p.cues["placeholder"], wholeCue) || slices.ContainsFunc(p.cues["open"], wholeCue)
	if !whole {
		return
	}
	for _, st := range rg.Statements[first:] {
		if st.Clause == c.ID && st.Binding {
			st.Binding, st.Nonbinding, st.Placeholder = false, "placeholder", true
		}
	}
}

// refusedRecords: a record on one line whose closing field, a party's
// response or a status, is a refusal ("Exception 3 Provision: … Exception: Add new
// Item 5.3: "…" Wattle Bay: Rejected. Withdrawn by you …"): what the
// record asks before that field is a proposal refused, no term.
func (rg *Reading) refusedRecords(c *document.Clause, lines []string, first int) {
	for _, st := range rg.Statements[first:] {
		// "Customer's request for a migration credit: not agreed.": the
		// field names what was asked, its value refuses it
		if st.Clause != c.ID || !strings.Contains(st.Quote, ":") {
			continue // (the cheap tests first: most sentences are no field)
		}
		if m := reRefusedField.FindStringSubmatch(strings.TrimSpace(st.Quote)); m != nil && rg.refusal(m[1]) {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
	for _, ln := range lines {
		if !strings.Contains(ln, ":") {
			continue // (no field, no verdict)
		}
		from := 0 // where the record the next verdict closes begins
		for _, x := range reVerdictField.FindAllStringSubmatchIndex(ln, -1) {
			rest := strings.Fields(ln[x[1]:])
			p := rg.reader.scan(strings.Join(rest[:min(len(rest), 4)], " "))
			refused := refusalIn(p)
			accepted := !refused && len(p.cues["agreed"]) > 0 && p.cues["agreed"][0].start == 0
			if !refused && !accepted {
				continue
			}
			if refused {
				rg.refuseWithin(c, ln[from:x[2]], first)
			}
			from = x[1] // (a line may hold several records, each closed by its verdict)
		}
	}
}

// refusedInline: in a message thread, a point quoted from the other side
// and answered under it by a line that opens with a refusal or leaves it
// open ("Not agreed. We need a second trigger …", "Open - AWS to revert")
// is a proposal refused, and the answer an ask: neither binds. A point
// answered "Agreed" keeps its words.
func (rg *Reading) refusedInline(c *document.Clause, lines []string, first int) {
	if !rg.thread || c.Number == "" || len(lines) < 2 || len(lines) > 4 {
		return // (a numbered point and its answer, not a whole message)
	}
	for _, ln := range lines[1:] {
		words := strings.Fields(ln)
		p := rg.reader.scan(strings.Join(words[:min(len(words), 4)], " "))
		if agreed := p.cues["agreed"]; len(agreed) > 0 && agreed[0].start == 0 {
			return // "Agreed as annotated. …": the point stands
		}
		open := p.cues["open"]
		if !refusalIn(p) && (len(open) == 0 || open[0].start != 0 || len(p.cues["agreed"]) > 0) {
			continue
		}
		for _, st := range rg.Statements[first:] {
			if st.Clause == c.ID && st.Binding {
				st.Binding, st.Nonbinding = false, "negotiation"
			}
		}
		return
	}
}

// closingRefusal: a short item whose last sentence is a bare refusal
// ("Migration Credit of USD 250,000 on model end of life (see 4.3).
// Refused.") records an ask refused: none of it binds.
func (rg *Reading) closingRefusal(c *document.Clause, first int) {
	e := rg.eff[c.ID]
	if e == nil || len(rg.Statements) == first || len(e.text) > 600 {
		return
	}
	t := strings.TrimSpace(e.text)
	m := reClosingStatus.FindStringSubmatch(t[max(0, len(t)-40):])
	if m == nil || !rg.refusal(m[1]) {
		return
	}
	if len(splitSentences(e.text)) > 3 {
		return // (a clause of several sentences: its last word is no status of all of it)
	}
	for _, st := range rg.Statements[first:] {
		if st.Clause == c.ID && st.Binding {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
}

// reClosingStatus: the last words of a text, after its last sentence, a
// bare status ("… (see 4.3). Refused.").
var reClosingStatus = lazyre.New(`[.)]\s+(\p{L}+(?:\s+\p{L}+){0,2})[.!]?$`)

// refusal: the words open with a refusal ("Rejected.", "Not agreed",
// "Not accepted": the acceptance there is the refusal's word).
func (rg *Reading) refusal(words string) bool { return refusalIn(rg.reader.scan(words)) }

// refusalIn is refusal of words already scanned.
func refusalIn(p *parsed) bool {
	rej := p.cues["rejected"]
	return len(rej) > 0 && rej[0].start == 0 &&
		!slices.ContainsFunc(p.cues["agreed"], func(m match) bool { return m.start < rej[0].start || m.end > rej[0].end })
}

// refuseWithin makes the clause's statements read from record, a refused
// record's text, bind nobody.
func (rg *Reading) refuseWithin(c *document.Clause, record string, first int) {
	head := strings.TrimSpace(record)
	for _, st := range rg.Statements[first:] {
		// (a quote may begin before the record, where the field above ran
		// on without a full stop: its part in the record is what counts)
		q := strings.TrimSpace(st.Quote)
		if len(head) >= 12 {
			if i := strings.Index(q, head[:12]); i > 0 {
				q = q[i:]
			}
		}
		if st.Clause == c.ID && q != "" && strings.Contains(record, q) {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
}

var (
	// reRefusedField: a labelled field whose short value is the verdict
	// ("Customer's request for a migration credit: not agreed.")
	reRefusedField = lazyre.New(`^[^:]{3,160}:\s*([\p{L}' ]{2,30}?)[.!]?$`)
	// reVerdictField: a labelled field after a sentence's end, the
	// record's response ("… Import." Wattle Bay: Rejected.")
	reVerdictField = lazyre.New(`[.!?"”]\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s*:\s`)
)

// refusedBrackets: a passage wholly in square brackets ("[4.3 Where a
// Foundation Model … reaches end-of-life, AWS will credit …]") answered on
// the next line by a party's bracketed reply that refuses it ("[AWS: not
// agreed. …]") is a proposal refused, no term. first is the index of the
// clause's first statement.
func (rg *Reading) refusedBrackets(c *document.Clause, lines []string, first int) {
	for i := 1; i < len(lines); i++ {
		m := reCommentLabel.FindStringSubmatch(strings.TrimLeft(strings.TrimSpace(lines[i]), "> "))
		if m == nil {
			continue
		}
		rest := strings.Fields(strings.TrimLeft(strings.TrimSpace(lines[i]), "> ")[len(m[0]):])
		p := rg.reader.scan(strings.Join(rest[:min(len(rest), 4)], " "))
		if len(p.cues["rejected"]) == 0 || p.cues["rejected"][0].start != 0 {
			continue
		}
		prev := strings.TrimLeft(strings.TrimSpace(lines[i-1]), "> ")
		end := strings.IndexByte(prev, ']')
		if !strings.HasPrefix(prev, "[") || end < 0 || reCommentLabel.MatchString(prev) {
			continue
		}
		bracket := prev[:end+1]
		for _, st := range rg.Statements[first:] {
			if st.Clause == c.ID && st.Quote != "" && strings.Contains(bracket, strings.Trim(strings.TrimSpace(st.Quote), "[]")) {
				st.Binding, st.Nonbinding = false, "negotiation"
			}
		}
	}
}

// reBoxLegend: a line of a checklist's legend that says what an
// unticked box means ("[ ] ✗ = mandate not achieved (fallback accepted)",
// "☐ - not selected").
var reBoxLegend = lazyre.New(`^\W*(?:\[\s\]|☐)[^=:\p{L}\d]{0,6}[=:–—-]\s*(.{3,120})$`)

// reAgreedAnyway: a legend's meaning that is an agreement all the same.
var reAgreedAnyway = lazyre.New(`(?i)\b(?:accepted|agreed|adopted|signed|executed)\b`)

// reNotAgreedMeaning: one that is no agreement.
var reNotAgreedMeaning = lazyre.New(`(?i)\b(?:not|never|un)[\s-]*(?:accepted|agreed|adopted|signed|executed)\b|\b(?:rejected|refused|declined|open|pending|withdrawn)\b`)

// emphasisMarks: Markdown's bold and italic marks ("**[ ] ✗** = …").
var emphasisMarks = strings.NewReplacer("*", "", "_", "")

// emptyBoxAgreed reports whether the draft's legend says an unticked box
// marks a term agreed all the same: a close-out memo's "[ ] ✗ = mandate
// not achieved (fallback accepted)" over the agreed wording of each item.
// Without such a legend an unticked box is an item open or not chosen.
func emptyBoxAgreed(doc *document.Document) bool {
	for i := range doc.Clauses {
		t := doc.Clauses[i].Text
		if !strings.Contains(t, "[ ]") && !strings.Contains(t, "☐") {
			continue
		}
		for _, ln := range strings.Split(t, "\n") {
			flat := strings.TrimSpace(emphasisMarks.Replace(ln))
			if m := reBoxLegend.FindStringSubmatch(flat); m != nil {
				return reAgreedAnyway.MatchString(m[1]) && !reNotAgreedMeaning.MatchString(m[1])
			}
		}
	}
	return false
}

// reCheckbox: a checklist item's box at the start of a line, ticked or not
// ("- [x] …", "[ ] …", "☐ …", "☑ …").
var reCheckbox = lazyre.New(`^(?:[-*•+]\s+)?(?:\[([ xX✓✔])\]|([☐☑☒✅]))\s`)

// reRatedNote: a paragraph opened by a reviewer's label, a reference and a
// traffic-light rating ("[[ R-3 | RED ]]", "**HM-11 — Amber.**", "NOTE 4
// [AMBER].", "*Anm. 10 — ROT.*").
var reRatedNote = lazyre.New(`^[>\s*_]*(?:\[\[?\s*)?(?:\p{L}{1,6}\.?\s*-?\s*)?\d{1,3}[a-z]?\s*(?:[|—–:-]\s*|\[\s*)(?i:red|amber|green|rot|gelb|grün|orange|rouge|vert|rojo|ámbar|verde|amarillo)(?:\s+(?:on|for|re)\s[^\]\n]{1,60})?\s*\]{0,2}[.:]?[*_]{0,2}(?:\s|$)`)

// endsSentenceMark: the line ends as a sentence does.
func endsSentenceMark(s string) bool {
	t := strings.TrimRight(s, " *_)\"”’]")
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;")
}

// reRating: a traffic-light rating, all a cell says.
var reRating = lazyre.New(`(?i)^\W*(?:red|amber|green|rot|gelb|grün|orange|rouge|vert|rojo|ámbar|verde|amarillo)\W*$`)

// ratedColumn: a column of the rows holds nothing but traffic-light
// ratings, in two rows or more.
func ratedColumn(rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	// (the rows of the most common width: a wrapped cell's line, read as
	// a row of its own, has lost a cell)
	widths := map[int]int{}
	width := 0
	for _, r := range rows {
		widths[len(r)]++
		if widths[len(r)] > widths[width] || widths[len(r)] == widths[width] && len(r) > width {
			width = len(r)
		}
	}
	for col := 0; col < width; col++ {
		rated, other := 0, 0
		for _, r := range rows {
			if len(r) != width || strings.Trim(strings.TrimSpace(r[col]), "-—–") == "" {
				continue
			}
			if reRating.MatchString(r[col]) {
				rated++
			} else {
				other++
			}
		}
		if rated >= 2 && other == 0 {
			return true
		}
	}
	return false
}

// rePleaseAsk: a comment that asks ("please confirm", "can you").
var rePleaseAsk = lazyre.New(`(?i)\b(please|pls|kindly|can you|could you)\b|\?\s*$`)

// reSpeakerDate: a comment's label naming who wrote it and when
// ("ONDŘEJ (12 May):", "> Kari Lunde (3/6):").
var reSpeakerDate = lazyre.New(`^[>\s]*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?\s*\(\s*(?:\d{1,2}\s*(?:[/.-]\s*\d{1,2}(?:[/.-]\d{2,4})?|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)(?:,?\s+\d{1,2}:\d{2})?\s*\)\s*:\s`)

// mayHoldMsgHeader: ln has what each kind of header reMsgHeader finds
// needs ("From: … To:", "On … wrote:", "--- Original Message ---",
// "[10:03] Emily Chen"), so that the pattern is not run over the many
// lines that say "from" and nothing more.
func mayHoldMsgHeader(ln string) bool {
	colon := strings.Contains(ln, ":")
	return colon && (strings.Contains(ln, "[") || containsFold(ln, "from", "wrote")) ||
		strings.Contains(ln, "---") && containsFold(ln, "original message")
}

// reNumTitle: a section number followed by a title word ("14 Cancellation").
var reNumTitle = lazyre.New(`(?:^|\s)(\d{1,3})\s+\p{Lu}\p{Ll}`)

// numberedTitles: the text runs through four or more section titles in
// order ("9 Notice of deprecation 10 Migration credit 11 Custom models 12
// Purchase of …"): a list of contents.
func numberedTitles(s string) bool {
	return fourNumbered(s) && numberedRun(s)
}

// fourNumbered: s has four digits each followed by a blank, which a run
// of four numbered titles needs; most sentences have fewer, and the
// pattern is not run on them.
func fourNumbered(s string) bool {
	n := 0
	for i := 0; i+1 < len(s) && n < 4; i++ {
		if s[i] >= '0' && s[i] <= '9' && (s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n' || s[i+1] == '\r' || s[i+1] == '\f') {
			n++
		}
	}
	return n == 4
}

// numberedRun: four numbered titles in a row ("1 Scope 2 Term 3 Fees 4
// Credits").
func numberedRun(s string) bool {
	run, prev := 0, -1
	for _, m := range reNumTitle.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[1])
		if n == prev+1 {
			run++
		} else {
			run = 1
		}
		prev = n
		if run >= 4 {
			return true
		}
	}
	return false
}

// reExceptRef: the words that make a reference an exception to the term
// ("except as otherwise provided in", "save as set out in").
var reExceptRef = lazyre.New(`(?i)\b(?:except|save)\s+(?:as\s+)?(?:otherwise\s+)?(?:provided|set\s+out|stated|specified)\s+(?:in|under|by)\s+(?:clause|section|paragraph|article)?\s*$`)

// oldWording: the sentence opens by quoting the wording an amendment
// replaces (reOldWording), tested only where it has the words the pattern
// needs.
func oldWording(s string) bool {
	s = headOfText(s, 200)
	return containsFold(s, "previously", "formerly", "originally", "used to", "currently", "text", "wording", "draft", "version", "initially", "first", "as signed", "as executed", "as concluded") &&
		(reOldWording.MatchString(s) || reAsOriginally.MatchString(s) || reVersionPast.MatchString(s))
}

// reVersionPast: what an earlier version said, told in the past with the
// version as subject ("Draft 3 §7 had two sentences: …", "The previous
// draft provided that …").
var reVersionPast = lazyre.New(`(?i)^\W*(?:the\s+)?(?:draft\s+\d{1,2}|v\d{1,2}|version\s+\d{1,2}|rev\.?\s*\d{1,2}|(?:earlier|previous|prior|original|old|first)\s+(?:draft|version|text|wording))\b[^.;:"“]{0,40}?\b(?:had|contained|provided|stated|said|included|read|gave|allowed|required|offered|proposed|set\s+out|set\s+forth|described|specified|listed)\b`)

// reAsOriginally: what a clause did before it was amended, told in the
// past ("As originally executed, clause 7.2 allowed Wattle Ridge to cancel
// … on 90 days' notice", "As signed in June, section 6.3 let us cancel").
var reAsOriginally = lazyre.New(`(?i)^\W*(?:\([a-z0-9]{1,3}\)\s*)?as\s+(?:(?:originally|first|initially)\s+(?:executed|signed|drafted|agreed|concluded|entered\s+into|issued)|(?:executed|signed|concluded)\s+(?:in|on)\s+[^,.;]{1,30},)(?:[^.;]|\.\d){0,120}?\b(?:allowed|permitted|provided|required|gave|let|entitled|obliged|set)\b`)

// headOfText is s cut to at most n bytes, at a rune boundary: what an
// anchored pattern that looks only at a sentence's opening needs (the
// regexp package clears state in proportion to the whole input).
func headOfText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// containsFold: s holds one of the words, in any case (a cheap test
// before a costly pattern that needs one of them).
func containsFold(s string, words ...string) bool {
	low := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reRemainsAfter: a clause of another document named as staying as it is
// (" of the Prior Addendum (token counting) remains unchanged").
var reRemainsAfter = lazyre.New(`(?i)^\s+of\s+the\s+(?:[\w-]+\s+){0,4}?[\w-]+\s*(?:\([^()]{1,60}\)\s*)?(?:remains?|continues?|shall\s+remain|shall\s+continue|will\s+remain|will\s+continue)\s+(?:unchanged|unamended|in\s+(?:full\s+)?(?:force|effect)|to\s+apply)\b`)

// reTOCEntry: an entry of a list of contents ("Division 2.5—Model
// lifecycle", "Part 3 – Data", "Schedule 1—Dictionary").
var reTOCEntry = lazyre.New(`\b(?:Part|Division|Subdivision|Schedule|Chapter|Article|Annex|Appendix)\s+[\dA-Z]{1,3}(?:\.\d{1,3})?[A-Z]?\s*[—–]\s*\p{Lu}`)

// reLeadLabels: the labels that open a line of comment, after any quoting
// ("> Coorong 29/5: WE PROPOSED: ").
var reLeadLabels = lazyre.New(`^[>\s]*(?:[^:\n"“”;]{1,40}:[*_]{0,2}\s+){1,2}`)

var (
	// reVariantLabel: a line that opens a clause variant ("Variant P
	// (Preferred) …", "[F] Fallback", "[A] >> ADOPTED").
	reVariantLabel = lazyre.New(`^\W{0,4}(?:(?i:variant)\s+([A-Z])\b|\[([A-Z])\](?:\s|$))`)
	// reVariantMark: a variant's label marked chosen ("[P] >> ADOPTED",
	// "Variant F (selected)"), not "not selected".
	reVariantMark = lazyre.New(`(?i)(?:>>\s*|\(|—\s*|-\s*)(?:selected|adopted|executed|chosen)\b`)
	// reVariantChosen: a selection record's line naming the variant chosen
	// ("Variant P — SELECTED").
	reVariantChosen = lazyre.New(`(?i)\bvariant\s+([A-Z])\b\W{0,6}(?:selected|adopted|executed|chosen)\b`)
)

// chosenVariants returns the variants a clause's selection record names and
// whether any variant label carries its own mark.
func chosenVariants(lines []string) (map[string]bool, bool) {
	chosen := map[string]bool{}
	marks := false
	for _, ln := range lines {
		if reVariantLabel.MatchString(ln) && reVariantMark.MatchString(ln) {
			marks = true
		}
		if !containsFold(ln, "variant") {
			continue
		}
		for _, m := range reVariantChosen.FindAllStringSubmatch(ln, -1) {
			chosen[m[1]] = true // ("Variant P — not selected" does not match)
		}
	}
	return chosen, marks
}

// captionedHere reports whether sentence s opens by naming a table by its
// number ("Table 1 is a record only") that a caption line of text heads
// ("Table 1 – Treatment of earlier changes"): the table is this clause's.
func captionedHere(s, text string) bool {
	m := reNumberedTable.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if len(ln) > len(m[1]) && strings.EqualFold(ln[:len(m[1])], m[1]) && !strings.Contains(ln, "\t") {
			r, _ := utf8.DecodeRuneInString(ln[len(m[1]):])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.HasSuffix(ln, ".") && len(strings.Fields(ln)) <= 12 {
				return true
			}
		}
	}
	return false
}

// reNumberedTable: a sentence opening with a table's name and number.
var reNumberedTable = lazyre.New(`^\W*(Table\s+[A-Z]?\d+(?:\.\d+)?)\b`)

// isCapsLine: a line in capitals, as a heading is set ("ANNEX (FOR
// INFORMATION ONLY) TENDER CLARIFICATIONS LOG").
func isCapsLine(s string) bool {
	letters, upper := letterCase(s)
	return letters >= 8 && len(s) < 200 && upper*10 >= letters*9
}

// informational: the clause's prose, before any table, says that the
// block it introduces is for information only ("The change record below
// is for information only.", "This table is indicative only.").
func (rg *Reading) informational(text string) bool {
	var prose []string
	for _, ln := range strings.Split(text, "\n") {
		if strings.Contains(ln, "\t") {
			break
		}
		prose = append(prose, ln)
	}
	// (line by line first: a heading a rendering ran into the text,
	// "Changes at a glance" over "This table is a non-binding summary …",
	// is no start of the sentence below it)
	table := len(prose) < strings.Count(text, "\n")+1
	for _, t := range append(prose, strings.Join(prose, "\n")) {
		deictic := false // the sentence before names the block
		for _, sp := range splitSentences(t) {
			s := t[sp.start:sp.end]
			if !table && reTitledBlock.MatchString(s) {
				// "The Key Terms table at the head of this Addendum is a
				// summary for convenience only", with no table here: the
				// block it names by its title is elsewhere
				// (namedInformational), this clause is a term
				deictic = false
				continue
			}
			if reInColumn.MatchString(s) {
				// "The notes in the right-hand column ("Margin") are for
				// information only": a column of the table, not the table
				// (namedInfoColumn)
				deictic = false
				continue
			}
			named := reDeicticBlock.MatchString(s) || deictic && rePronounStart.MatchString(s) || captionedHere(s, text)
			if (named || reInfoFragment.MatchString(s)) && (len(rg.reader.scan(s).cues["nonbinding"]) > 0 || named && reNotFormPart.MatchString(s)) {
				// ("The change record below is for information only.", and
				// a fragment over the table: "For reference only; not
				// binding."; "These notes were prepared by … They are
				// included for convenience only")
				return true
			}
			deictic = reDeicticBlock.MatchString(s)
		}
	}
	return false
}

// reInColumn: a sentence about what stands in a column of a table ("the
// notes in the right-hand column", "the text in column C").
var reInColumn = lazyre.New(`(?i)^\W*(?:the|these|any)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|under)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?columns?\b`)

// reNotFormPart: a sentence that puts what it names outside the contract
// ("They … do not form part of this Amendment").
var reNotFormPart = lazyre.New(`(?i)\b(?:do(?:es)?|shall|will)\s+not\s+form\s+(?:a\s+|any\s+)?part\s+of\b|\b(?:is|are)\s+not\s+(?:a\s+)?part\s+of\s+th(?:e|is)\b`)

// namedInformational: the draft says elsewhere that this block, by its
// name, is for information only ("Table 1 is for information only; if
// Table 1 and Section II differ, Section II governs"). Only the block's
// own text: what the extractor hangs under it may be the binding text.
func (rg *Reading) namedInformational(c *document.Clause) bool {
	if rg.infoBlocks == nil {
		rg.infoBlocks = map[string]bool{}
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			if len(k.Text) > 4000 {
				continue
			}
			if i+1 < len(rg.doc.Clauses) && rg.aboutBlockBelow(k.Text) {
				// "> **About this abstract.** The key-terms summary below
				// was generated automatically … it is not part of the
				// agreement": the block right after binds nobody
				rg.infoBlocks["#"+rg.doc.Clauses[i+1].ID] = true
			}
			if !containsFold(k.Text, "table", "schedule", "annex", "appendix", "exhibit", "attachment", "part") {
				continue // (no block named: no sentence to read)
			}
			prev := "" // the block the sentence before named
			for _, sp := range splitSentences(k.Text) {
				sent := k.Text[sp.start:sp.end]
				last := ""
				if prev != "" && reSectionPronoun.MatchString(sent) {
					// "The Annex is a procurement checklist … . It is not
					// part of this Addendum": the pronoun names it again
					last = prev
				}
				prev = ""
				if last == "" && !containsFold(sent, "table", "schedule", "annex", "appendix", "exhibit", "attachment", "part") {
					continue
				}
				for _, part := range reClauseSplit.Split(sent, -1) {
					name := ""
					if m := reNamedBlock.FindStringSubmatch(part); m != nil {
						name = strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
						last, prev = name, name
					} else if m := reTitledBlock.FindStringSubmatch(part); m != nil {
						// "The Key Terms table at the head of this
						// Addendum is a summary for convenience only": the
						// block headed "Key Terms"
						name = strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
						last, prev = name, name
					} else if last != "" && reSectionPronoun.MatchString(part) {
						name = last // "Part A is a reading aid; it has no contractual effect"
					}
					if name == "" {
						continue
					}
					if p := rg.reader.scan(part); len(p.cues["nonbinding"]) > 0 {
						rg.infoBlocks[name] = true
					}
				}
			}
		}
	}
	if len(rg.infoBlocks) == 0 {
		return false
	}
	if rg.infoBlocks["#"+c.ID] {
		return true
	}
	name := strings.ToLower(c.ID + " " + c.Number + " " + c.Heading)
	for b := range rg.infoBlocks {
		if i := strings.Index(name, b); i >= 0 {
			if j := i + len(b); j == len(name) || !unicode.IsLetter(rune(name[j])) && !unicode.IsDigit(rune(name[j])) {
				return true
			}
		}
	}
	return false
}

// aboutBlockBelow: the text's last paragraph is a short note about the
// block that follows it ("The key-terms summary below was generated …
// The abstract is a repository aid only: it is not part of the
// agreement."): it opens by pointing below, and says the block binds
// nobody.
func (rg *Reading) aboutBlockBelow(text string) bool {
	paras := strings.Split(strings.TrimSpace(text), "\n")
	t := paras[len(paras)-1]
	sents := splitSentences(t)
	if len(sents) == 0 || len(sents) > 5 || strings.Contains(t, "\t") {
		return false
	}
	opened, columns := false, false
	for i, sp := range sents {
		s := t[sp.start:sp.end]
		if i < 2 && reBlockBelow.MatchString(s) {
			opened = true
		}
		// (not what some of its columns are: "The "Tessaro position" and
		// "AWS position" columns are recorded for reference only. They
		// … have no contractual effect.")
		if !opened {
			continue
		}
		columns = reColumnSubject.MatchString(reQuotedName.ReplaceAllString(s, "")) || columns && rePronounStart.MatchString(s)
		if !columns && (len(rg.reader.scan(s).cues["nonbinding"]) > 0 || reNoContractEffect.MatchString(s)) {
			return true
		}
	}
	return false
}

// reBlockBelow: a sentence about the block below it ("The key-terms
// summary below …", "The following abstract …").
var reBlockBelow = lazyre.New(`(?i)^\W*(?:[\w ]{1,30}[.:]\W*)?(?:the|this)\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+\s+below|following\s+(?:[\w-]+\s+){0,2}?[\w-]+)\b`)

// namedInfoColumn reports whether the draft says that a table column so
// headed binds nobody ("The "AWS standard terms" and "Notes" columns are
// included for information and do not form part of the agreement").
func (rg *Reading) namedInfoColumn(header string) bool {
	if rg.infoColumns == nil {
		rg.infoColumns = map[string]bool{}
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			text := k.Text
			if len(text) > 4000 {
				// (a long clause is read from its start: a note on columns
				// comes before the table it is about)
				if j := strings.LastIndexByte(text[:4000], '\n'); j > 0 {
					text = text[:j]
				} else {
					continue
				}
			}
			if !strings.Contains(strings.ToLower(text), "column") {
				continue
			}
			for _, sp := range splitSentences(text) {
				sent := text[sp.start:sp.end]
				if m := reColumnLetters.FindStringSubmatch(sent); m != nil {
					// "Column E does not form part of AWS's binding offer":
					// the column whose header the letter labels ("E –
					// Commentary")
					if p := rg.reader.scan(sent); (len(p.cues["nonbinding"]) > 0 || reNoContractEffect.MatchString(sent)) && !reOnlyBinding.MatchString(sent) {
						for _, l := range reColumnLetter.FindAllString(m[0][len("column"):], -1) {
							rg.infoColumns["column "+strings.ToLower(l)] = true
						}
					}
				}
				if !reColumnsNamed.MatchString(sent) {
					continue
				}
				if p := rg.reader.scan(sent); len(p.cues["nonbinding"]) == 0 && !reNoContractEffect.MatchString(sent) {
					continue
				}
				if reOnlyBinding.MatchString(sent) {
					continue // "Only the column headed "X" has contractual effect"
				}
				for _, m := range reQuotedName.FindAllString(sent, -1) {
					rg.infoColumns[normHeader(m)] = true
				}
				// (names in emphasis lose their marks: "The *Cobalt Ridge
				// ask* and *AWS response* columns are kept for information
				// only" is read with the headers it names, below)
				// (only the columns the sentence is about, before its verb:
				// not "… may not be used to interpret the Agreed column")
				note := " " + plainWords(strings.ToLower(sent)) + " "
				if i := strings.Index(note, " columns "); i >= 0 {
					note = note[:i+len(" columns ")]
				} else if i := strings.Index(note, " column "); i >= 0 {
					note = note[:i+len(" column ")]
				}
				rg.infoColumnNotes = append(rg.infoColumnNotes, note)
			}
		}
	}
	h := normHeader(header)
	if rg.infoColumns[h] {
		return true
	}
	if m := reHeaderLetter.FindStringSubmatch(header); m != nil && rg.infoColumns["column "+strings.ToLower(m[1])] {
		return true
	}
	if len(h) < 4 {
		return false
	}
	name := " " + plainWords(h)
	for _, n := range rg.infoColumnNotes {
		// ("the Cobalt Ridge ask column", "the Cobalt Ridge ask and AWS
		// response columns")
		if strings.Contains(n, name+" column") || strings.Contains(n, name+" and ") && strings.Contains(n, " columns ") {
			return true
		}
	}
	return false
}

// plainWords is s's words, one space between them, without punctuation.
func plainWords(s string) string {
	return strings.Join(strings.Fields(reNonWord.ReplaceAllString(s, " ")), " ")
}

// reNonWord: what is neither a letter nor a digit.
var reNonWord = lazyre.New(`[^\p{L}\p{N}]+`)

func normHeader(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, `"“”'‘’ *`)), " "))
}

var (
	// reColumnLetters: a sentence that opens on columns named by their
	// letters ("Column E does not …", "Columns B and E are …");
	// reColumnLetter, one such letter; reHeaderLetter: the letter that
	// labels a column's header ("E – Commentary", "(B) Requirement").
	reColumnLetters = lazyre.New(`^\W*(?:[Tt]he\s+)?[Cc]olumns?\s+[A-H]\b(?:\s*(?:,|and|&)\s*[A-H]\b)*`)
	reColumnLetter  = lazyre.New(`\b[A-H]\b`)
	reHeaderLetter  = lazyre.New(`^\s*\(?([A-H])\)?\s*(?:[–—:.-]\s*|\s+)\S`)
	// reColumnsNamed: a sentence about columns it names in quotes.
	reColumnsNamed = lazyre.New(`(?i)["“][^"”]{1,60}["”][^.]{0,80}\bcolumns?\b|\bcolumns?\s+(?:(?:headed|titled|labelled|labeled|marked)\s+|\(\s*)?["“]|^\W*(?:the\s+)?[\p{L}][^.]{0,80}\bcolumns\s+(?:are|is)\b`)
	// reNoContractEffect: what a sentence says of a part that binds nobody.
	reNoContractEffect = lazyre.New(`(?i)\b(do(?:es)? not form part of|no contractual (?:effect|force)|not part of the (?:agreement|contract|addendum)|for information(?: only)?|for reference(?: only)?|(?:kept\s+|included\s+)?for the record(?: only)?|informative(?: only)?|for comparison(?: only| purposes(?: only)?)?|explanatory(?: only)?|illustrative(?: only)?)\b`)
	// reOnlyBinding: "Only the column headed … has contractual effect".
	reOnlyBinding = lazyre.New(`(?i)^\W*only\b`)
)

// reNotContractual: a heading's aside that puts its block outside the
// contract.
var reNotContractual = lazyre.New(`(?i)\b(?:non-contractual|not\s+contractual)\b`)

// reNamedBlock: a sentence whose subject is a block of the draft by its
// name ("Table 1 is …", "The Change Log in Annex C is …").
// (or the one block of its kind, unlabelled: "The Annex is a procurement
// checklist …")
var reNamedBlock = lazyre.New(`(?i)^\W*(?:the\s+)?((?:table|schedule|annex|appendix|exhibit|attachment|part)(?:\s+[A-Z0-9][\w.-]*)?)\s+(?:is|are|shall|will|has|have|does|do)\b`)

// reTitledBlock: a block named by its title in capitals and what it is
// ("The Key Terms table at the head of this Addendum is …", "The
// Commercial Summary box does …").
var reTitledBlock = lazyre.New(`^\W*(?:[Tt]he\s+)?((?:\p{Lu}[\w-]*\s+){1,4})(?i:table|summary|box|panel|grid|matrix)\b[^.;:]{0,60}?\s(?i:is|are|shall|will|has|have|does|do)\b`)

// amendedCopy: c is in a part that the draft's own text amends ("Clause 8
// is deleted and the following is substituted …" where clause 8 is in
// "Annexure 1 — conformed copy of the First Addendum (for reference
// only)"): the part reproduces a document in force, as amended, and its
// terms are that document's, whatever its heading says of the copy.
func (rg *Reading) amendedCopy(c *document.Clause) bool {
	if rg.amendedParts == nil {
		rg.amendedParts = map[string]bool{}
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			e := rg.eff[k.ID]
			if e == nil || e.amended == "" || rg.parts[k.ID].key == "" {
				continue
			}
			if by := rg.byID[e.amended]; by != nil && rg.parts[by.ID].key != rg.parts[k.ID].key {
				rg.amendedParts[rg.parts[k.ID].key] = true
			}
		}
	}
	return rg.amendedParts[rg.parts[c.ID].key]
}

// reInfoHeading: a heading that qualifies its block as binding nobody
// ("SUMMARY OF KEY TERMS (FOR CONVENIENCE ONLY)", "Negotiation notes (not
// binding)", "Worked example – for illustration only").
// A bracketed qualifier may stand anywhere and run on ("ANNEX (FOR
// INFORMATION ONLY - NOT A CONTRACT DOCUMENT: SEE Z1.2) TENDER
// CLARIFICATIONS LOG").
var reInfoHeading = lazyre.New(`(?i)(?:\(\s*|[–—-]\s*|\([^()]{0,60}?[;,]\s*|\([^()]{0,60}?\s)(?:for\s+(?:convenience|information|reference|illustration|discussion|comparison)(?:\s+purposes)?(?:\s+only)?|(?:reference|information|comparison|illustration|history|background)\s+only|not\s+(?:legally\s+)?binding|not\s+operative|non-operative|non-binding|non-contractual|not\s+contractual|not\s+a\s+contract(?:ual)?\s+document|informational|illustrative(?:\s+only)?)\s*(?:\)?\s*(?:/|$)|[^()]{0,60}\))`)

// reNotAgreedHeading: a heading that says its block was not agreed
// ("6. OPEN ITEMS AND ACTIONS (NOT AGREED)", "6. Asks not achieved (for
// the record)", "Rejected proposals").
var reNotAgreedHeading = lazyre.New(`(?i)\(\s*(?:not\s+agreed|not\s+accepted|rejected|withdrawn|open|unresolved|proposals?\s+only)\b[^()]{0,60}\)|\b(?:asks?|requests?|proposals?|points?|issues?)\s+(?:that\s+were\s+|which\s+were\s+)?(?:not\s+(?:achieved|agreed|accepted|obtained|won|secured)|refused|rejected|declined|withdrawn|dropped)\b|\b(?:rejected|refused|declined|unsuccessful|withdrawn|dropped)\s+(?:asks?|requests?|proposals?)\b`)

// reLapsedHeading: a heading that says its block has lapsed or records
// only what was ("PILOT PHASE TERMS (HISTORICAL - NO EFFECT AFTER 28
// FEBRUARY 2026)", its bracket perhaps cut off where a PDF wrapped it): a
// record, no text on its topics in force.
var reLapsedHeading = lazyre.New(`(?i)(?:\(\s*|[–—-]\s*)(?:historical|no\s+(?:longer\s+)?(?:in\s+)?(?:force|effect)|expired|lapsed|superseded)\b[^()]{0,60}(?:\)|$)`)

// reInfoFragment: a fragment that only qualifies what follows ("For
// reference only; not binding.").
var reInfoFragment = lazyre.New(`(?i)^\W*(?:for\s+(?:reference|information|convenience|illustration)(?:\s+purposes)?\s+only|not\s+(?:legally\s+)?binding|non-binding|informational)(?:\s*[;,]\s*(?:not\s+(?:legally\s+)?binding|non-binding))?\s*\.?\s*$`)

// reDeicticBlock: a sentence about the block it stands in or introduces.
var reDeicticBlock = lazyre.New(`(?i)^\W*(?:the|this|these)\s+(?:[\p{L}-]+\s+){0,2}?(?:below|above|following|table|record|log|summary|section|schedule|annex|list|history|notes?|commentary|overview)\b`)

// reQuotedNumber: a clause number opening a quotation ("… "10.1 AWS shall
// …"": the text quotes clause 10.1, and so has clause 10 here).
var reQuotedNumber = lazyre.New(`["“]\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s`)

// reNotAttached: a part that says it is not there.
var reNotAttached = lazyre.New(`(?i)\b(not attached|to follow|to be (?:provided|attached|supplied|circulated)|not (?:yet )?(?:available|provided|included))\b`)

// reSilence: a sentence about what a text does not say.
var reSilence = lazyre.New(`(?i)\b(?:does|do|did)\s+not\s+(?:say|mention|specify|address)\b|\bis\s+silent\s+(?:on|about|as\s+to)\b|\bsays?\s+nothing\s+(?:about|on)\b`)

// reNoProvision: "There is no token-counting provision", "contains no
// credit clause".
var reNoProvision = lazyre.New(`(?i)\b(?:there\s+is|contains?|has)\s+no\s+[\w-]+(?:\s+[\w-]+)?\s+(?:provision|clause|language|wording)\b`)

// reNoTopicOf: what "there is no … clause" names, when it is no topic
// ("no exception to this clause", "no other clause").
var reNoTopicOf = lazyre.New(`(?i)\bno\s+(?:\S+\s+)?(?:exception|other|further|such|to|this|that|of|than)\b`)

// silence: the sentence remarks on what a text lacks ("Section 4 does not
// say …", "There is no token-counting provision in the signed Addendum").
func silence(s string) bool {
	lower := strings.ToLower(s) // (once: the tests below are many)
	if (strings.Contains(lower, "not") || strings.Contains(lower, "silent") || strings.Contains(lower, "nothing")) && reSilence.MatchString(s) {
		return true
	}
	if !strings.Contains(lower, "no ") || !(strings.Contains(lower, "provision") || strings.Contains(lower, "clause") || strings.Contains(lower, "language") || strings.Contains(lower, "wording")) {
		return false
	}
	for _, m := range reNoProvision.FindAllString(s, -1) {
		if !reNoTopicOf.MatchString(m) {
			return true
		}
	}
	return false
}

// reDraftSubject: a sentence whose subject is a draft or a proposal ("Our
// draft Section 4 …", "AWS's first mark-up …", "Draft 3 §4.2 gave …").
var reDraftSubject = lazyre.New(`(?i)^\W*(?:(?:our|their|its|the|an?|aws['’]s?|customer['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:draft|proposal|counter-?proposal|mark-?up|redline|ask)s?\b|(?:the\s+)?(?:draft|version|revision)\s+\d{1,2}[a-z]?\b)`)

// reAskImperative: a questionnaire's item that tells the responder what
// to answer ("Q2.2 | Describe how billable tokens are counted …, stating
// whether system prompts … are billable"): a question, whose response is
// the term.
var reAskImperative = lazyre.New(`^\W*(?:(?:Q|Question\s*)\d{1,3}(?:\.\d{1,3})*[a-z]?\s*[|:.)–—]?\s*)?(?i:describe|explain|state|indicate|specify|outline|detail|list)\s+(?:how|whether|what|which|why|when|where|if|any|all)\b`)

// reQuestionLead: a sentence that opens as the question of a question and
// answer ("Q: …", "CR-04 Q: …", "Question 7: …").
var reQuestionLead = lazyre.New(`^\W*(?:[A-Z]{1,4}-?\d{1,3}\s+)?(?:Q\d{0,3}|(?i:question)(?:\s+\d{1,3})?)\s*[:.)–—]\s`)

// reNoteLead: a sentence that opens as a note ("KF NOTE:", "Drafting
// note:", "Note to draft:", "AWS comment:", "Negotiator notes:", "Commentary.", a margin comment exported
// with its tag: "Comment [AB1]:", a dated one: "[AISPL drafting note, 19
// August 2026: …").
var reNoteLead = lazyre.New(`^\W*(?:[A-Z][A-Za-z&'’]{0,13}\s+)?(?i:(?:drafting|internal|negotiation|editor'?s|legal|file)\s+)?(?:(?i:notes?(?:\s+to\s+(?:draft|drafter|file))?|comments?)(?:\s*\[[A-Za-z]{1,6}\s?\d{0,3}\])?(?:\s*\([^()\n]{1,120}\))?(?:,\s*[^:\n]{1,40})?\s*[:–—]|(?i:commentary)\s*[.:–—])(?:\s|$)`)

// reAdviceHeading: a section of a report that advises its reader
// ("Recommendations for the 2026 EDP renewal", "Next steps").
var reAdviceHeading = lazyre.New(`(?i)\b(?:recommendations?|next\s+steps|action\s+items)\b`)

// reBackgroundLead: a paragraph labelled as the background of what
// follows ("**Background.** …", "Recitals: …").
var reBackgroundLead = lazyre.New(`^[*_]{0,2}(?i:background|recitals?|preamble|purpose\s+and\s+background)[*_]{0,2}\s*[.:–—][*_]{0,2}\s`)

// reAttachment: the label of a document attached to a message.
// reRefusedRequest: a sentence whose subject is a party's request or
// proposal and whose verb refuses it ("Quillon's request for a migration
// credit was declined.").
var reRefusedRequest = lazyre.New(`(?i)^\W*(?:(?:the\s+)?[\p{L}&.’' -]{1,60}?(?:'s|’s|\s+of\s+the\s+\w+)\s+|the\s+)?(?:request|proposal|ask|demand|counter-?proposal)s?\s+(?:for|that|to)\b[^.;]{1,300}?\b(?:was|were|is|are|has been|have been)\s+(?:not\s+(?:agreed|accepted)|declined|refused|rejected|withdrawn|dropped)\b`)

// reRecordKind: a part heading that names a record of the negotiation of
// its own (a transcript, a recap, the confirmations).
var reRecordKind = lazyre.New(`(?i)\b(transcripts?|calls?|meetings?|minutes|recaps?|summary|e-?mails?|messages?|correspondence|confirmations?|record)\b`)

var reAttachment = lazyre.New(`(?i)^(attachment|enclosure|annex|appendix|schedule)\b`)

// reFieldLine: a line of a compliance statement laid out as labelled
// fields ("Requirement : Explain how …", "Response: AWS will …"), perhaps
// after the item's title ("Token counting methodology Requirement : …").
// fieldLine reads a labelled field line (reFieldLine) where the layout
// has them and the line has the colon the pattern needs.
func fieldLine(line string, fields bool) []string {
	if !fields || !strings.Contains(line, ":") {
		return nil
	}
	return reFieldLine.FindStringSubmatch(line)
}

var reFieldLine = lazyre.New(`^((?:\S+\s+){0,7}?)((?i:(?:customer |rfp |rft |tender |buyer |client )?(?:requirements?|requests?|asks?|questions?)|(?:aws |vendor |supplier |tenderer |provider |our )?(?:responses?|answers?|replies|reply|clarifications?)|(?:compliance )?status|compliance|references?|ref|code))\s*:\s*(.*)$`)

// reInlineField: a field label inside a line that opened with one
// ("… are counted. Compliance: C Tenderer's clarification: See Annex T"):
// a capitalised word, perhaps a party's ("Tenderer's"), then the label.
var reInlineField = lazyre.New(`\s((?:\p{Lu}[\w'’]*\s+)?(?i:requirements?|compliance|status|responses?|answers?|replies|clarifications?|references?)\s*:\s)`)

// changeLog: the row is a change log's ("Change | Disposition | Note"
// over "C-4 | Accepted | Schema sentence removed."): the change column
// holds the number of a change marked in the text, another column the
// decision on it.
func changeLog(header, row []string) bool {
	id, decision := false, false
	for i, h := range header {
		h = strings.TrimSpace(h)
		if reChangeCol.MatchString(h) && i < len(row) && reChangeID.MatchString(strings.TrimSpace(row[i])) {
			id = true
		}
		decision = decision || reDispositionCol.MatchString(h)
	}
	return id && decision
}

// reBraceComment: a margin comment written in braces ("{Comment AWS-2:
// …}", "{Note: …}").
var reBraceComment = lazyre.New(`\{\s*(?i:comments?|notes?|remarks?)\b[^{}]{0,600}\}`)

// reChangeID: a marked change's number ("C-4", "#12", "7").
var reChangeID = lazyre.New(`^(?:[A-Z]{1,3}-?|#)?\d{1,4}$`)

// splitInlineFields puts each labelled field of a compliance item on a
// line of its own where a layout has joined them into one ("[4.01]
// Requirement: State how tokens are counted. Compliance: C Tenderer's
// clarification: See Annex T."): the requirement asks, the answer
// answers, each read as its field.
func splitInlineFields(text string) string {
	if !strings.Contains(text, ":") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, ln := range lines {
		if strings.Contains(ln, "\t") || fieldLine(strings.TrimSpace(ln), true) == nil {
			continue
		}
		var b strings.Builder
		last := 0
		for _, x := range reInlineField.FindAllStringSubmatchIndex(ln, -1) {
			label := ln[x[2]:x[3]]
			if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) || x[0] <= strings.Index(ln, ":") {
				continue // (in a sentence, "its status: …"; or the line's own label)
			}
			b.WriteString(ln[last:x[0]])
			b.WriteString("\n")
			last = x[2]
		}
		if last > 0 {
			b.WriteString(ln[last:])
			lines[i] = b.String()
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// Issues lists: each issue has the parties' positions, a status and the
// agreed wording, as labelled fields ("Meridian: …", "AWS position: …",
// "Status: AGREED", "Agreed wording: …").
var (
	// (a label may say more in brackets: "Comments (oldest first): …")
	reIssueField   = lazyre.New(`^((?:[\p{L}&'’.-]+\s+){0,2}?[\p{L}&'’.-]+)(?:\s*\([^()]{1,30}\))?\s*:\s*(.*)$`)
	reAgreedLabel  = lazyre.New(`(?i)^(?:(?:agreed|final|settled)\s+(?:wording|text|language|terms?|clauses?|provisions?|position|outcome)|(?:agreed\s+|final\s+)?(?:outcome|resolution))$`)
	rePositionWord = lazyre.New(`(?i)(?:^|\s)(?:positions?|proposals?|proposed\s+(?:wording|text)|asks?|offers?|counter-?proposals?|notes?|comments?|rationale|description)$`)
	reStatusLabel  = lazyre.New(`(?i)^(?:status|owner|round|version|date|ref(?:erence)?)$`)
	// (a label's word has no full stop at its end: in "… not offered with
	// an SLA. Outcome: …" the label is "Outcome", not "SLA. Outcome")
	reInlineIssueField = lazyre.New(`\s(\p{Lu}[\p{L}&'’-]*(?:\.\p{L}[\p{L}&'’-]*)*(?:\s+\p{L}+)?)(?:\s*\([^()]{1,30}\))?\s*:\s`)
	// reTicketKey: a tracker's ticket key opening its title line
	// ("LGL-412  Token counting methodology")
	reTicketKey = lazyre.New(`^[A-Z][A-Z0-9]{1,11}-\d{1,6}\s+\p{Lu}`)
	reIssueHead = lazyre.New(`^(?i:issue|item|row|point)\s+\d{1,3}[a-z]?\b`)
)

// issuesList: the draft is laid out as an issues list (see issueLayout),
// whose fields its clauses may split between them; read once.
func (rg *Reading) issuesList() bool {
	if rg.issues == 0 {
		rg.issues = 1
		var lines []string
		for i := range rg.doc.Clauses {
			if e := rg.eff[rg.doc.Clauses[i].ID]; e != nil && !e.deleted {
				lines = append(lines, strings.Split(e.text, "\n")...)
			}
		}
		if rg.issueLayout(lines) {
			rg.issues = 2
		}
	}
	return rg.issues == 2
}

// splitIssueFields puts each field of an issues list on a line of its
// own where the layout joined them ("Issue 9. Model deprecation Meridian:
// 12 months' notice", "… final AWS wording accepted. Agreed wording:
// 3-4.1 Notwithstanding …").
func (rg *Reading) splitIssueFields(lines []string) []string {
	var out []string
	for _, ln := range lines {
		last := 0
		for _, x := range reInlineIssueField.FindAllStringSubmatchIndex(ln, -1) {
			if _, ok := rg.issueFieldKind(ln[x[2]:x[3]]); ok && x[0] > last {
				out = append(out, ln[last:x[0]])
				last = x[2]
			}
		}
		out = append(out, ln[last:])
	}
	return out
}

// issueLayout: the lines hold an issues list, an agreed wording beside a
// party's position.
func (rg *Reading) issueLayout(lines []string) bool {
	agreed, position := false, false
	for _, ln := range lines {
		if !strings.Contains(ln, ":") {
			continue // (a field is a label and a colon; most lines have none)
		}
		ln = strings.TrimSpace(ln)
		if !position || !agreed {
			// (fields the layout ran into one line: "Customer position: …
			// AWS position: … Outcome: …")
			for _, x := range reInlineIssueField.FindAllStringSubmatchIndex(ln, -1) {
				label := ln[x[2]:x[3]]
				if kind, ok := rg.issueFieldKind(label); ok && kind == "ask" {
					position = true
				}
				agreed = agreed || reAgreedLabel.MatchString(label)
			}
		}
		m := reIssueField.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		if reAgreedLabel.MatchString(m[1]) {
			agreed = true
		} else if kind, ok := rg.issueFieldKind(m[1]); ok && kind == "ask" {
			position = true
		}
	}
	return agreed && position
}

// issueFieldKind: what a field of an issues list holds, and whether the
// label is one: a party's position asks, the agreed wording binds, a
// status says nothing.
func (rg *Reading) issueFieldKind(label string) (string, bool) {
	switch {
	case reAgreedLabel.MatchString(label):
		return "", true
	case reStatusLabel.MatchString(label):
		return "skip", true
	case rePositionWord.MatchString(label):
		return "ask", true
	}
	if _, ok := rg.partyWord(label); ok {
		return "ask", true
	}
	return "", false
}

// fieldLayout: the text is laid out as labelled fields, a requirement
// with its response ("Requirement : …" then "Response : …").
//
// askFirst: the requirement has no label of its own, but the header
// names it ("Ref | Requirement / Google response | Code"): an item's text
// before its "Response:" is the requirement.
func fieldLayout(text string) (fields, askFirst bool) {
	kinds := map[string]bool{}
	for _, ln := range strings.Split(text, "\n") {
		if m := fieldLine(strings.TrimSpace(strings.ReplaceAll(ln, "\t", " ")), true); m != nil {
			kinds[fieldKind(m[2])] = true
		}
	}
	if !kinds[""] {
		return false, false
	}
	if kinds["ask"] {
		return true, false
	}
	head := strings.ToLower(strings.SplitN(text, "\n", 2)[0])
	if strings.Contains(head, "\t") && strings.Contains(head, "requirement") {
		return true, true
	}
	return false, false
}

// fieldKind: what a labelled field holds.
func fieldKind(label string) string {
	l := strings.ToLower(label)
	switch {
	case reAskField.MatchString(l):
		return "ask"
	case strings.Contains(l, "respon") || strings.Contains(l, "answer") || strings.Contains(l, "repl") || strings.Contains(l, "clarif"):
		return ""
	}
	return "skip"
}

// reItemRef: the reference of an item of a compliance table ("4.3",
// "R-2.1", "REQ-04").
var reItemRef = lazyre.New(`^(?:[A-Z]{1,4}[-\s]?)?\d{1,3}(?:\.\d{1,3}){0,3}\.?$`)

var reAskField = lazyre.New(`\b(requirements?|requests?|asks?|questions?)$`)

// isBackground reports whether a clause is part of the recitals: under a
// "Background", "Recitals" or "Preamble" heading, or a lettered paragraph ("(A)")
// before the first numbered clause.
func (rg *Reading) isBackground(c *document.Clause) bool {
	seen := map[string]bool{}
	for a := c; a != nil && !seen[a.ID]; a = rg.byID[a.ParentID] {
		seen[a.ID] = true
		if reBackground.MatchString(strings.TrimSpace(a.Heading)) {
			return true
		}
		if a.Heading != "" && a.Number != "" {
			// "1 DEFINITIONS" nested under a "PREAMBLE" heading by the
			// layout: a section of its own, which no recital is
			return false
		}
		if a.ParentID == "" {
			break
		}
	}
	if c.ParentID == "" && reRecitalNo.MatchString(c.Number) {
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			if k.ID == c.ID {
				return true
			}
			if k.Kind == document.KindClause && k.ParentID == "" && k.Number != "" && k.Number[0] >= '0' && k.Number[0] <= '9' {
				return false
			}
		}
	}
	return false
}

// leadIn returns the lead-in a list item is read with: the last sentence
// of its parent when that ends with a colon or a dash ("AWS shall not:"),
// itself read with its own parent's lead-in.
func (rg *Reading) leadIn(c *document.Clause) string {
	p := rg.byID[c.ParentID]
	if p == nil || p.ID == c.ID {
		return ""
	}
	return rg.leadOf(p)
}

// reLabelUnit: a percentage unit a column header or a row's label gives
// its numbers ("(basis points …)", "(bps)", "(%)", "in per cent").
var reLabelUnit = lazyre.New(`(?i)(?:\(\s*|\bin\s+)(basis\s+points?|bps|%|per\s?cent|percent)\b`)

// reHeaderCurrency finds a currency named in a column header ("Annual
// commitment (USD)", "Amount in EUR"); reBareAmount is a number alone.
var (
	// reHeaderPer: the unit a column header prices ("USD/1M", "USD per
	// 1M tokens", "EUR per hour")
	reHeaderPer      = lazyre.New(`(?i)(?:/|\bper\s+)\s*((?:1\s*)?(?:[MK]\b|million|thousand|hour|hr\b|month|OCU|model\s+unit|unit|token)[\w ]{0,20})`)
	reHeaderCurrency = lazyre.New(`(?i)\b(USD|EUR|GBP|CAD|AUD|CHF|JPY|SGD|NZD|SEK|NOK|DKK|INR)\b`)
	reBareAmount     = lazyre.New(`^\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?$`)
)

// reOpenLead: a text that stops on a word that needs its items to go on
// ("… on 40 business days' notice where", "AWS shall not", "in each of
// the following events").
var reOpenLead = lazyre.New(`(?i)\b(where|if|when|whenever|unless|provided that|that|to|and|or|following|of|in|on|by|for|either|both)$`)

// reItemStart: a text that opens with an item label ("(b) ", "b) ", "ii. ").
var reItemStart = lazyre.New(`^\s*(?:\([a-z0-9]{1,4}\)|[a-z0-9]{1,4}\))\s`)

// capitalHeading: a short capitalised text with no verb, a section's
// heading left in its text ("Bedrock commitment" under "§ 2"), which goes
// on in its sub-clauses, not in the lead-in above it.
func capitalHeading(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && isHeadingText(t)
}

// endsOnWord: the text stops on a letter or a digit, with no mark that
// ends a sentence or an item.
func endsOnWord(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// leadOf returns the lead-in clause p gives its items, "" when its text
// does not end with a colon or a dash.
func (rg *Reading) leadOf(p *document.Clause) string {
	t := strings.TrimSpace(p.Text)
	if e := rg.eff[p.ID]; e != nil {
		t = strings.TrimSpace(e.text) // the lead-in as amended
	}
	// (a sentence left open by a comma, "… by giving eight weeks' notice
	// in text form," over "a) if …", is a lead-in too)
	// (an item of a lead-in that stops on a word, no sentence ended, goes
	// on in its own items: "…, provided that one of the following events
	// has occurred:" / "5.2.2.1 the Foundation Model to which the PT
	// Commitment relates" / "(a) has been deprecated; or")
	if !(strings.HasSuffix(t, ":") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, ",") || reOpenLead.MatchString(t) ||
		endsOnWord(t) && !capitalHeading(t) && rg.leadIn(p) != "") {
		return ""
	}
	// the last sentence of the parent's prose
	prose := t
	if i := strings.LastIndex(prose, "\n\n"); i >= 0 {
		prose = prose[i+2:]
	}
	sents := splitSentences(prose)
	if len(sents) == 0 {
		return ""
	}
	last := prose[sents[len(sents)-1].start:sents[len(sents)-1].end]
	if len(sents) > 1 {
		// ("Q22. Can Norrland cancel a PT Commitment? Yes, on eight
		// weeks' notice, if either:": the answer's lead is read with the
		// question)
		prev := strings.TrimRight(strings.TrimSpace(prose[sents[len(sents)-2].start:sents[len(sents)-2].end]), "*_)\"”’ ")
		if strings.HasSuffix(prev, "?") {
			if r, ok := rg.answerRead(prev, last); ok {
				last = r
			}
		}
	}
	if up := rg.leadIn(p); up != "" && len(sents) == 1 {
		last = up + " " + last
	}
	return last
}

// reDefinitionItems: items of a definition cited by their letters
// ("items (a) and (b) of that definition", "item (c) of the definition").
var reDefinitionItems = lazyre.New(`(?i)\bitems?\s+((?:\([a-z]\)(?:\s*(?:,|and|or)\s*)?)+)\s*of\s+(?:that|the|this)\s+definition\b`)

// expandDefinitionItems spells out the items of a definition that a
// sentence cites by letter, from the defined term the sentence names:
// "Instruction Overhead is metered: items (a) and (b) of that definition
// are billed", where Instruction Overhead means "(a) system prompts …; (b)
// tool and function definitions …; and (c) …", reads (a) and (b) by their
// words.
func (rg *Reading) expandDefinitionItems(read, clause string) string {
	m := reDefinitionItems.FindStringSubmatchIndex(read)
	if m == nil {
		return read
	}
	before := read[:m[0]]
	if i := strings.Index(clause, read[m[0]:m[1]]); i > 0 {
		// ("Instruction Overhead is metered: items (a) and (b) of that
		// definition …": the term may stand before the sentence read)
		before = clause[:i]
	}
	var def *Definition
	for i := range rg.Definitions {
		if d := &rg.Definitions[i]; d.body != "" && strings.Contains(before, d.Term) {
			def = d
			break
		}
	}
	if def == nil {
		return read
	}
	var words []string
	for _, l := range reItemLetter.FindAllStringSubmatch(read[m[2]:m[3]], -1) {
		if w := definitionItem(def.body, l[1]); w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return read
	}
	return read[:m[0]] + strings.Join(words, " and ") + read[m[1]:]
}

var reItemLetter = lazyre.New(`\(([a-z])\)`)

// definitionItem is the text of item (x) of a definition's inline list.
func definitionItem(body, x string) string {
	i := strings.Index(body, "("+x+")")
	if i < 0 {
		return ""
	}
	rest := body[i+len(x)+2:]
	if j := reNextInlineItem.FindStringIndex(rest); j != nil {
		rest = rest[:j[0]]
	}
	return strings.Trim(strings.TrimSpace(rest), ";,. ")
}

var reNextInlineItem = lazyre.New(`;|\s\([a-z]\)\s`)

func (rg *Reading) newStatement(c *document.Clause, e *effective, heading, nonbinding, read, quote string, sentence int) (*parsed, []*Statement) {
	if strings.Contains(quote, " | ") {
		// a table's entry is qualified by the notes its markers call (a
		// sentence's note is a sentence of its own, read where it stands)
		read = rg.withFootnotes(read)
	}
	if strings.Contains(read, "{") {
		// "… counted as input tokens. {Comment AWS-2: Cannot commit;
		// schema handling differs …}": a margin comment beside the
		// text, no words of it
		if t := strings.TrimSpace(reBraceComment.ReplaceAllString(read, " ")); t != "" {
			read = t
		} else {
			nonbinding = "note" // (the sentence is the comment)
		}
	}
	if strings.Contains(read, "definition") {
		read = rg.expandDefinitionItems(read, c.Heading+"\n"+c.Text)
	}
	read = rg.withDefinedFigures(read, c)
	p := rg.reader.parse(read, rg.aliases)
	facts := readFacts(read, p.toks)
	missing, missingAt, deferred := rg.refsAt(c, read, p)
	if rg.once("carried over", read, func(t string) bool {
		return containsFold(t, "unchanged", "to apply", "no change", "in force", "in effect") && reCarryOver.MatchString(t)
	}) {
		// "Section 3 (Token Counting) continues to apply unchanged",
		// "4. Token counting (unchanged)": the terms are those of the text
		// carried over, which this sentence does not state
		deferred = true
	}
	for _, g := range rg.defGaps {
		// "Customer will receive Service Credits", where "Service Credit"
		// is calculated under a Schedule 4 the draft does not hold
		if containsTerm(read, g.term) && !rg.definesHere(c, g.term) {
			for _, r := range g.refs {
				if !slices.Contains(missing, r) {
					missing, missingAt = append(missing, r), append(missingAt, -1)
				}
			}
		}
	}
	var out []*Statement
	q := quoteOf(quote) // (once a sentence, whatever its propositions)
	items := inlineItems(read)
	for _, pr := range p.props {
		missing := missing
		if len(items) > 0 && pr.end > 0 && pr.end <= len(p.toks) {
			// (the item the proposition ends in: the first item's may
			// hold the lead-in)
			missing = itemRefs(missing, missingAt, items, p.toks[pr.end-1].Start)
		}
		st := &Statement{
			Clause: c.ID, Page: c.Page, Part: rg.parts[c.ID].key, Heading: heading,
			Text: read, Quote: q, Unit: c.ID, Sentence: sentence,
			Actor: pr.actor, Modality: pr.modality, Negated: pr.negated, Passive: pr.passive,
			Restrictive: pr.restrictive, Proviso: pr.proviso, Subs: pr.subs, Occs: pr.occs, Facts: facts,
			Binding: true, MissingRefs: missing, Deferred: deferred, Amended: e.amended,
			propStart: pr.start, propEnd: pr.end,
			toks: p.toks, block: rg.block, otherTower: rg.otherTower(c),
			notwithstandingCue: len(p.cues["notwithstanding"]) > 0,
		}
		if e.amended != "" {
			st.Quote = quoteOf("(as amended by " + e.amended + ") " + quote)
		}
		nb := nonbinding
		if pr.refused && nb == "" {
			nb = "negotiation"
		}
		rg.classify(st, p, nb)
		out = append(out, st)
	}
	return p, out
}

// noteBlocks returns the spans of t that are notes set off by a quoting
// mark at the start of each line (">> NOTE N7 (not part of the
// agreement): Silent on fees. The public >> pricing page shows no import
// fee today …") whose label, before the first colon, says the note is no
// part of the agreement or binds nobody: every sentence of the block is
// the note's, however its lines run on.
func (rg *Reading) noteBlocks(t string) [][2]int {
	if !strings.Contains(t, ">") && !containsFold(t, "note", "comment", "remark", "annotation") {
		return nil
	}
	var out [][2]int
	start, label := -1, ""
	flush := func(end int) {
		if start >= 0 && label != "" {
			// ("not part of" is an exclusion in a term; in a note's label
			// it is the note's own standing)
			if cs := rg.reader.scan(label).cues; len(cs["nonbinding"]) > 0 || len(cs["out_of_scope"]) > 0 {
				out = append(out, [2]int{start, end})
			}
		}
		start, label = -1, ""
	}
	for at := 0; at <= len(t); {
		end := strings.IndexByte(t[at:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += at
		}
		ln := strings.TrimLeft(t[at:end], " \t")
		switch {
		case strings.HasPrefix(ln, ">"):
			if start < 0 {
				start = at
				body := strings.TrimLeft(ln, "> \t")
				if i := strings.IndexByte(body, ':'); i > 0 && i <= 80 {
					label = body[:i]
				}
			}
		default:
			flush(at)
			// (a rendering that drops the marks, as Markdown does its
			// quotes: a line whose label names a note, on its own)
			if i := strings.IndexByte(ln, ':'); i > 0 && i <= 80 && reNoteLabel.MatchString(ln[:i]) {
				start, label = at, ln[:i]
				flush(end)
			}
		}
		at = end + 1
	}
	flush(len(t))
	return out
}

// reNoteLabel: a label that names a note on the text ("NOTE N7 (not part
// of the agreement)", "Counsel's comment").
var reNoteLabel = lazyre.New(`(?i)^\W*(?:[\w'’]+\s+){0,2}(?:note|comment|remark|annotation)s?\b`)

// A sentence that lists its terms as items run into it ("For this
// purpose: (a) system prompts are counted …; (b) tool definitions …; (d)
// cached tokens are billed less the discount in clause 2.3") is read as
// one proposition per item, and a reference in one item is that item's:
// the discount of a clause not in the draft leaves the counting of system
// prompts as stated. A reference before the first item, or a list that
// says its terms hold "in each case" as a later text says, counts for
// every item.

// reInlineItem: an item's mark run into a sentence, after its lead-in or
// the item before ("…: (a) ", "; (b) ", "; and (c) ").
var reInlineItem = lazyre.New(`[:;]\s*(?:and\s+|or\s+)?\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s`)

// reEachItem: words that make what follows the list hold for each item.
var reEachItem = lazyre.New(`(?i)\b(?:in\s+each\s+case|each\s+of\s+the\s+foregoing|all\s+of\s+the\s+foregoing)\b`)

// inlineItems returns where each item run into s begins (its mark), when
// s lists two or more; nil otherwise, or when every item is subject to
// what the sentence says after the list.
func inlineItems(s string) []int {
	if !strings.Contains(s, "(") || !strings.ContainsAny(s, ":;") {
		return nil
	}
	ms := reInlineItem.FindAllStringIndex(s, -1)
	if len(ms) < 2 || reEachItem.MatchString(s) {
		return nil
	}
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = m[0]
	}
	return out
}

// itemRefs keeps of a sentence's missing references (at: where each is;
// -1 not known) those that bear on the item that holds offset from: the
// item's own, and those before the first item or not placed.
func itemRefs(missing []string, at []int, items []int, from int) []string {
	item := func(o int) int {
		k := -1
		for i, s := range items {
			if o >= s {
				k = i
			}
		}
		return k
	}
	own := item(from)
	if own < 0 {
		return missing
	}
	var out []string
	for i, m := range missing {
		o := -1 // (not placed: every item's)
		if i < len(at) {
			o = at[i]
		}
		if k := item(o); o < 0 || k < 0 || k == own {
			out = append(out, m)
		}
	}
	return out
}

func (rg *Reading) addSentence(c *document.Clause, e *effective, heading, nonbinding, read, quote string, sentence int, lead, leadUnit string) {
	p, sts := rg.newStatement(c, e, heading, nonbinding, read, quote, sentence)
	for _, sw := range rg.prevailed[strings.TrimSpace(lead)] {
		sw.apply(sts) // a lead-in whose figures the other version states otherwise
	}
	if lead != "" && p != nil {
		// an item under "The following are out of scope:" is excluded
		lp := rg.reader.scan(lead)
		for _, st := range sts {
			st.lead, st.leadToks, st.leadUnit = lead, len(lp.toks), leadUnit
			if len(lp.cues["out_of_scope"]) > 0 {
				st.OutOfScope = true
			}
			if len(lp.cues["rejected"]) > 0 && !agreedOutside(lp) && st.Binding {
				// "we are not able to agree the following:" over its list:
				// what it lists was asked for and refused, no term
				st.Binding, st.Nonbinding = false, "negotiation"
			}
		}
	} else if i := strings.Index(read, ":"); i > 0 && i < len(read)-1 && (reListAfter.MatchString(read[i+1:]) || strings.Count(read[i+1:], ";") >= 2 ||
		len(strings.Fields(read[:i])) <= 8 && reCommaList.MatchString(read[i+1:])) {
		// "PARKED (not part of this deal): - output schemas; - Guardrails
		// pricing", "Not included in this deal: PT pre-purchase credits;
		// migration credits; token metering definitions": the list in the
		// same sentence as its lead-in
		if lp := rg.reader.scan(read[:i]); len(lp.cues["out_of_scope"]) > 0 {
			for _, st := range sts {
				st.OutOfScope = true
			}
		}
	}
	rg.Statements = append(rg.Statements, sts...)
}

// agreedOutside: an "agreed" cue stands outside every refusal ("not
// agreed" holds one).
func agreedOutside(p *parsed) bool {
	return slices.ContainsFunc(p.cues["agreed"], func(a match) bool {
		return !slices.ContainsFunc(p.cues["rejected"], func(r match) bool { return a.start >= r.start && a.end <= r.end })
	})
}

// reBulletRun: a paragraph that opens with a bullet ("- tiered …; - a
// credit …").
var reBulletRun = lazyre.New(`^\s*[-•*–]\s+\S`)

// reCommaList: a list of a few short names in one sentence ("custom model
// import, Provisioned Throughput pre-purchase and Guardrails pricing.").
var reCommaList = lazyre.New(`^\s*[^,.;:]{1,80}(?:,\s*[^,.;:]{1,80})+,?\s+(?:and|or)\s+[^,.;:]{1,80}\.?\s*$`)

// reListAfter: a list follows the colon ("- a; - b", "(a) …; (b) …").
var reListAfter = lazyre.New(`^\s*(?:[-•*–]\s|\([a-z0-9]{1,3}\)\s)`)

// addRow reads a table row with its header: "Header: cell; Header: cell".
// A row of a table of terms ("Availability | 99.9% … If it is missed, AWS
// credits 10% …") is read sentence by sentence, each with the row's label.
func (rg *Reading) addRow(c *document.Clause, e *effective, heading, nonbinding, caption string, header, row []string, sentence int) {
	before := len(rg.Statements)
	if nonbinding == "" && changeLog(header, row) {
		// "Change | Disposition | Note": a row decides a marked change
		// of the text, which is read with it applied; its note is no term
		nonbinding = "note"
	}
	if nonbinding == "" && rg.footnotes != nil && rg.noteWithdraws(strings.Join(row, " | ")) {
		nonbinding = "withdrawn" // (a note under the table takes the row back)
	}
	if m := reItemCell.FindStringSubmatch(strings.TrimSpace(row[0])); m != nil && rg.itemsUsed[c.ID][m[1]] && nonbinding == "" {
		// an Item of the cover sheet that a clause applies: its value is
		// read there, with the clause's terms, not as a term of its own
		nonbinding = "definition"
	}
	if header == nil && len(row) == 2 {
		label := strings.TrimSuffix(strings.TrimSpace(row[0]), ":")
		body := strings.TrimSpace(row[1])
		for _, sp := range splitSentences(body) {
			s := body[sp.start:sp.end]
			read := s
			if label != "" {
				read = label + ": " + s
			}
			if cp := strings.TrimSpace(caption); strings.HasSuffix(cp, ":") {
				// "Credits if missed: below 99.95% … 10%": the caption
				// the rows complete
				read = cp + " " + read
			}
			rg.addSentence(c, e, heading, nonbinding, read, label+" | "+s, sentence, "", "")
			for _, st := range rg.Statements[before:] {
				st.Row = true
			}
		}
		return
	}
	// an issues list ("Customer position | AWS position | Status |
	// Outcome (agreed wording)"): the parties' positions are what they
	// asked for; the outcome is the term
	skip := proposalColumns(header)
	if skip != nil {
		// (what the row carries over unchanged: an earlier version's
		// cell where the agreed one is blank, the existing term where the
		// new one says "No change.")
		carried := map[int]bool{}
		maps.Copy(carried, carriedVersions(header, row))
		maps.Copy(carried, carriedCurrent(header, row))
		if len(carried) > 0 {
			skip = maps.Clone(skip)
			for i := range carried {
				delete(skip, i)
			}
		}
	}
	for i, h := range header {
		if rg.namedInfoColumn(h) || i > 0 && reCommentColumn.MatchString(strings.TrimSpace(h)) {
			// (or a reviewer's column: "DD comment", "Remarks")
			// "The "AWS standard terms" and "Notes" columns are included
			// for information and do not form part of the agreement"
			if skip == nil {
				skip = map[int]bool{}
			}
			skip[i] = true
		}
	}
	d := designated(header, row)
	if d != "" {
		// a compliance matrix whose response holds only a designation
		// ("C", "PC", "Does not comply"), with the vendor's comment
		// beside it: the comment is the response; a requirement complied
		// with binds as written, as the comment supplements it; one not
		// complied with binds nobody
		skip = maps.Clone(skip)
		if skip == nil {
			skip = map[int]bool{}
		}
		for i, h := range header {
			switch {
			case reDesignationNote.MatchString(h) || d == "comply" && reAskCol.MatchString(h):
				delete(skip, i)
			case reResponseCol.MatchString(h) && i < len(row) && reDesignation.MatchString(strings.TrimSpace(row[i])):
				skip[i] = true // (the designation, read: "Response: C" names no model response)
			}
		}
		if d == "no" && nonbinding == "" {
			nonbinding = "negotiation"
		}
	}
	if n := acceptedSentences(header, row); n > 0 {
		// "Accepted in part — first sentence only" in the disposition: the
		// response binds in its first sentence(s), the rest of it is gone
		row = slices.Clone(row)
		for i, h := range header {
			if i < len(row) && (reResponseCol.MatchString(h) || reOutcomeCol.MatchString(h)) && !reStatusCol.MatchString(h) {
				if sp := splitSentences(row[i]); len(sp) > n {
					row[i] = row[i][:sp[n-1].end]
				}
			}
		}
	}
	if nonbinding == "" && rg.rowOpen(header, row) {
		// "C-07a | Vector storage - growth cap | … | OPEN": a row whose
		// status says it is not agreed is no term
		nonbinding = "negotiation"
	}
	var b strings.Builder
	var cells []Cell
	askCell := ""
	for i, cell := range row {
		if skip[i] {
			continue
		}
		h := ""
		if i < len(header) {
			h = strings.TrimSpace(header[i])
		} else if header == nil && i > 0 {
			h = strings.TrimSpace(row[0]) // the row's own label
		}
		cell = strings.TrimSpace(cell)
		if strings.HasSuffix(cell, "?") && i < len(row)-1 {
			// "Clarification: Will OCU charges be capped …?" beside the
			// response: the question asks, the response states the term
			// (read with the question where it only says yes or no)
			askCell = cell
			continue
		}
		if reNumberCol.MatchString(h) && reShortID.MatchString(cell) {
			// "No. | Question | Answer": the column holds the row's
			// number ("No.: 16" is no "no")
			h = "Number"
		}
		if m := reHeaderCurrency.FindStringSubmatch(h); m != nil && reBareAmount.MatchString(cell) {
			// "Annual commitment (USD) | 1,500,000": the column's currency
			// makes the number an amount; "Input (USD/1M) | 2,445" a price
			// per unit
			cell = strings.ToUpper(m[1]) + " " + cell
			if u := reHeaderPer.FindStringSubmatch(h); u != nil {
				cell += " per " + strings.TrimSpace(u[1])
			}
		} else if i > 0 && reBareAmount.MatchString(cell) {
			// "Discount (basis points off published rates) | 1,800",
			// "Discount (%) | 18": the unit the column or the row's label
			// names makes the number a percentage
			if u := reLabelUnit.FindStringSubmatch(h + " " + strings.TrimSpace(row[0])); u != nil {
				if strings.EqualFold(u[1], "%") || strings.HasPrefix(strings.ToLower(u[1]), "per") {
					cell += "%"
				} else {
					cell += " basis points"
				}
			}
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		if h != "" && !reAfterCol.MatchString(h) {
			// (not the new text's column, "AFTER: Customer may cancel …":
			// its name would read as a condition of the text)
			b.WriteString(h + ": ")
		}
		b.WriteString(cell)
		ct := rules.Tokenize(cell)
		cells = append(cells, Cell{Header: h, Text: cell, Concepts: rg.conceptsOf(h), Facts: readFacts(cell, ct)})
	}
	read := b.String()
	rowText := read
	if cp := strings.TrimSpace(caption); strings.HasSuffix(cp, ":") {
		// "The Bedrock Commitment is allocated as follows:" introduces
		// the rows it completes
		read = strings.TrimSuffix(cp, ":") + ": " + read
	}
	if header != nil && (len(cells) >= 2 || len(cells) == 1 && (reYesNo.MatchString(cells[0].Text) || strings.Contains(cells[0].Text, "?") || comparisonColumns(header) != nil)) {
		// a term of several sentences in the last cell ("AWS will make
		// each deployment available 99.9% … If it falls short, credits as
		// set out in Exhibit D"): each sentence is read with the row's
		// other cells, so that one sentence's reference does not hold
		// back the others; so is a section's new text in a comparison
		// table, a clause of its own (the only cell read, where the table
		// is "Clause | Before | After"); a vendor's comment beside its
		// compliance designation; and an answer of several sentences ("Yes.
		// Maplecrest may import … A one-time fee of CAD 6,000 applies …")
		lastCell := cells[len(cells)-1].Text
		if sp := splitSentences(lastCell); len(sp) > 1 && (comparisonColumns(header) != nil || d != "" || rg.refersAway(c, read) || definesIn(lastCell, sp) || reYesNo.MatchString(lastCell) || strings.Contains(strings.TrimSpace(lastCell[:sp[len(sp)-1].start]), "?")) {
			prefix := strings.TrimSuffix(read, lastCell)
			var sts []*Statement
			for xi, x := range sp {
				s := lastCell[x.start:x.end]
				if xi == 0 && askCell != "" {
					if r, ok := rg.answerRead(askCell, s); ok {
						s = r
					}
				}
				if xi > 0 {
					// ("Q: Will the Supplier accept a price-match? A: No.")
					if q := strings.TrimSpace(lastCell[sp[xi-1].start:sp[xi-1].end]); strings.HasSuffix(q, "?") {
						if r, ok := rg.answerRead(q, s); ok {
							s = r
						}
					}
				}
				_, part := rg.newStatement(c, e, heading, nonbinding, prefix+s, strings.Join(row[:len(row)-1], " | ")+" | "+lastCell[x.start:x.end], sentence)
				sts = append(sts, part...)
			}
			rg.markRow(sts, header, cells, rowText)
			return
		}
	}
	if askCell != "" && len(cells) > 0 {
		last := cells[len(cells)-1].Text
		if r, ok := rg.answerRead(askCell, last); ok {
			read = strings.TrimSuffix(read, last) + r
		}
	}
	_, sts := rg.newStatement(c, e, heading, nonbinding, read, strings.Join(row, " | "), sentence)
	rg.markRow(sts, header, cells, rowText)
	if rg.outcomeOutOfScope(header, row) {
		// "Custom model import | … | Final - agreed: Not included in this
		// addendum": the row's subject is left out of the deal
		for _, st := range sts {
			st.OutOfScope = true
		}
	}
}

// outcomeOutOfScope: the row's outcome cell opens by leaving its subject
// out ("Not included in this addendum", "Out of scope").
func (rg *Reading) outcomeOutOfScope(header, row []string) bool {
	for i, h := range header {
		if i >= len(row) || !reOutcomeCol.MatchString(h) {
			continue
		}
		p := rg.reader.scan(strings.TrimSpace(row[i]))
		if oos := p.cues["out_of_scope"]; len(oos) > 0 && oos[0].start <= 1 {
			return true
		}
	}
	return false
}

// statusLead: the text opens with a status that says it is not agreed,
// set off by a dash or a colon ("STILL OPEN (not agreed) - …", "Not
// agreed: …", "PENDING – …").
func (rg *Reading) statusLead(q string) bool {
	m := reStatusLead.FindStringSubmatch(q)
	return m != nil && rg.opensWithStatus(m[1])
}

// clauseStatusOpen: the clause is a point of a negotiation whose status
// says it is not agreed: its heading is that status alone ("OPEN", "NOT
// ACCEPTED"), or its text opens with it as a sentence of its own ("OPEN.
// Your proposed tiers …").
func (rg *Reading) clauseStatusOpen(id string) bool {
	c := rg.byID[id]
	if c == nil {
		return false
	}
	return cached(&rg.statusOpen, id, func(string) bool {
		if h := strings.TrimSpace(c.Heading); h != "" && len(strings.Fields(h)) <= 3 && rg.opensWithStatus(h) {
			return true
		}
		first := headOfText(strings.TrimSpace(c.Text), 40)
		if i := strings.IndexAny(first, ".:"); i > 0 && len(strings.Fields(first[:i])) <= 3 && isCapsWords(first[:i]) {
			return rg.opensWithStatus(first[:i])
		}
		return false
	})
}

// opensWithStatus: the words open with a status that leaves a point not
// agreed ("OPEN", "NOT ACCEPTED", "REJECTED").
func (rg *Reading) opensWithStatus(s string) bool {
	p := rg.reader.scan(s)
	for _, l := range []string{"open", "rejected"} {
		if len(p.cues[l]) > 0 && p.cues[l][0].start <= 1 {
			return true
		}
	}
	return false
}

// isCapsWords: every letter of s is a capital ("NOT ACCEPTED").
func isCapsWords(s string) bool {
	letters, upper := letterCase(s)
	return letters >= 2 && upper == letters
}

// reStatusLead: a few words set off by a dash or a colon at the start.
var reStatusLead = lazyre.New(`^\W{0,3}((?:\S+\s+){0,2}\S+(?:\s*\([^)]{1,30}\))?)\s*(?:[-–—:])\s`)

// rowOpen reports whether a row's status cell ("Status: OPEN", "Not
// agreed", "Withdrawn") says the row is not agreed.
// acceptedSentences: the number of sentences of the response a row's
// status accepts where it accepts only the first of them ("Accepted in
// part — first sentence only": 1); 0 where it says nothing of the kind.
func acceptedSentences(header, row []string) int {
	for i, h := range header {
		if i >= len(row) || !reStatusCol.MatchString(h) && !reDispositionCol.MatchString(h) {
			continue
		}
		if m := reFirstSentencesOnly.FindStringSubmatch(row[i]); m != nil {
			switch strings.ToLower(m[1] + m[2]) {
			case "first", "1st":
				return 1
			case "first two":
				return 2
			case "first three":
				return 3
			}
		}
	}
	return 0
}

var (
	// reFirstSentencesOnly: a status that accepts the response's first
	// sentences only
	reFirstSentencesOnly = lazyre.New(`(?i)\baccepted\b[^.;|]{0,30}?\b(first|1st|first two|first three)\s+sentences?\s+only\b|\bonly\s+the\s+(first|first two|first three)\s+sentences?\b`)
	// reDispositionCol: a column holding the buyer's decision on a response
	reDispositionCol = lazyre.New(`(?i)\b(disposition|decision|acceptance|accepted\?)`)
)

func (rg *Reading) rowOpen(header, row []string) bool {
	for i, h := range header {
		if i < len(row) && (reAgreedCol.MatchString(h) || reSelectedCol.MatchString(h)) && reNoCell.MatchString(row[i]) {
			// "Agreed? | No — AWS proposal, withdrawn 9 June 2026"
			return true
		}
		if i < len(row) && reOutcomeCol.MatchString(h) && reNothingAgreed.MatchString(row[i]) {
			// "Agreed position | No term agreed on this topic.": the row
			// records that nothing was agreed
			return true
		}
		if i >= len(row) || !reStatusCol.MatchString(h) {
			continue
		}
		p := rg.reader.scan(strings.TrimSpace(row[i]))
		for _, l := range []string{"open", "rejected", "placeholder", "proposal"} {
			if len(p.cues[l]) > 0 {
				return true
			}
		}
	}
	return false
}

// reNumberCol, reShortID: a column of row numbers ("No.", "#", "Ref")
// and a cell that is one.
var (
	reNumberCol = lazyre.New(`(?i)^(no\.?|nr\.?|#|num(ber)?)$`)
	reShortID   = lazyre.New(`^[\w.\-/]{1,8}$`)
)

// reAgreedCol, reNoCell: a yes/no column that says whether the row was
// agreed ("Agreed?", "Accepted"), and a cell of it that says no.
var (
	reAgreedCol = lazyre.New(`(?i)^\W*(?:agreed|accepted|approved)\s*(?:\(y(?:es)?\s*/\s*n(?:o)?\))?\s*\??\W*$`)
	reNoCell    = lazyre.New(`(?i)^\W*(?:no|n|not\s+agreed|not\s+accepted)\b`)
)

// reSelectedCol: a yes/no column that says whether an option offered was
// taken up ("Included? (Y/N)", "Selected", "Taken up?", "Included in this
// Order?"); not what a row's item is included in ("Included in input
// tokens?" states a term).
var reSelectedCol = lazyre.New(`(?i)^\W*(?:included|selected|elected|chosen|taken\s+up|opted\s+in)(?:\s+in\s+(?:this|the)\s+(?:order(?:\s+form)?|deal|contract|agreement|addendum|quote|offer))?\s*\??\s*(?:\(\s*y(?:es)?\s*/\s*n(?:o)?\s*\))?\W*$`)

// reNothingAgreed: a cell that says nothing was agreed ("No term agreed
// on this topic.", "Nothing agreed", "None agreed").
var reNothingAgreed = lazyre.New(`(?i)^\W*(?:no\s+(?:term|terms|position|agreement|wording|provision)|nothing|none)\s+(?:was\s+|has\s+been\s+)?(?:agreed|reached)\b`)

var reStatusCol = lazyre.New(`(?i)^\W*(status|state|stand)\b`)

// proposalColumns marks the columns of a table that record what a party
// proposed, where another column records the outcome.
func proposalColumns(header []string) map[int]bool {
	if skip := comparisonColumns(header); skip != nil {
		return skip
	}
	outcome, response, asks := false, false, false
	skip := map[int]bool{}
	for i, h := range header {
		if reNonbindingCol.MatchString(h) {
			// "Comments (non-binding)" beside "Operative text
			// (binding)": a column its header says binds nobody
			skip[i] = true
			continue
		}
		switch {
		case reOutcomeCol.MatchString(h):
			outcome = true
		case reResponseCol.MatchString(h):
			response = true
		case reAskCol.MatchString(h):
			asks = true
		}
	}
	if !outcome && !(response && asks) {
		// a column its header says binds nobody is left out beside
		// another column that may bind ("B. Original position (reference
		// only)" beside "C. Position for the Extended Term"); beside
		// none but the first, which names the rows ("Topic"), it is the
		// table's only say: the row is read, and binds nobody
		if len(skip) > 0 {
			for i := 1; i < len(header); i++ {
				if !skip[i] {
					return skip
				}
			}
		}
		return nil
	}
	// a compliance matrix ("Requirement | … | AWS Response"): the buyer's
	// requirement asks, the response answers
	answerCol, askCol := reOutcomeCol, reProposalCol
	if !outcome {
		answerCol, askCol = reResponseCol, reAskCol
	}
	for i, h := range header {
		if (askCol.MatchString(h) || reProposalCol.MatchString(h) || outcome && reVersionCol.MatchString(h)) && !answerCol.MatchString(h) && !reOutcomeCol.MatchString(h) {
			// (and, beside the agreed column, an earlier version's: "v4
			// (AWS, 2 Feb)" beside "v5 (agreed, 27 Feb)")
			skip[i] = true
		}
	}
	return skip
}

// answeredQuestion reports whether c is a question numbered "Q2" whose
// answer, "A2", the draft holds.
func (rg *Reading) answeredQuestion(c *document.Clause) bool {
	m := reQuestionNo.FindStringSubmatch(c.Number)
	if m == nil {
		return false
	}
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ParentID == c.ParentID && strings.EqualFold(k.Number, "A"+m[1]) {
			return true
		}
	}
	return false
}

// reQuestionNo: the number of a question ("Q2", "Q.10").
var reQuestionNo = lazyre.New(`^(?i:q)\.?\s?(\d{1,3})$`)

// designated reads a compliance designation in the row's response column
// ("C", "Comply", "PC", "Partially comply", "DNC", "Does not comply"):
// "comply", "partial" or "no"; "" where the response says more, or the
// table asks nothing.
func designated(header, row []string) string {
	ask := false
	for _, h := range header {
		ask = ask || reAskCol.MatchString(h)
	}
	if !ask {
		return ""
	}
	for i, h := range header {
		if i >= len(row) || !reResponseCol.MatchString(h) || reAskCol.MatchString(h) {
			continue
		}
		m := reDesignation.FindStringSubmatch(strings.TrimSpace(row[i]))
		switch {
		case m == nil:
		case m[1] != "":
			return "comply"
		case m[2] != "":
			return "partial"
		default:
			return "no"
		}
	}
	return ""
}

var (
	// reDesignation: a response that is only a compliance designation.
	reDesignation = lazyre.New(`(?i)^\W*(?:(c|comply|complies|compliant|fully\s+compl(?:y|ies|iant))|(pc|partial(?:ly)?(?:\s+compl(?:y|ies|iant))?)|dnc|nc|does\s+not\s+comply|not\s+compliant|non-?compliant)\W*$`)
	// reDesignationNote: the column beside a designation that says what
	// it means ("AWS Comment", "Remarks", "Clarification").
	reDesignationNote = lazyre.New(`(?i)\b(?:comments?|remarks?|notes?|clarifications?|explanations?|details?)\b`)
)

// reVersionCol: a column that holds a version of the terms ("v4 (AWS, 2
// Feb 2026)", "Rev. 3", "Version 2").
var reVersionCol = lazyre.New(`(?i)^\W*(?:v|ver\.?|version|rev\.?|revision)\s*\d{1,2}\b`)

// carriedVersions: the columns of earlier versions that state a row's
// term, where the row leaves its agreed cell blank: the version before
// stands unchanged ("Where a v5 cell is blank, the v4 position … is
// carried into v5").
func carriedVersions(header, row []string) map[int]bool {
	blank, versions := false, map[int]bool{}
	for i, h := range header {
		switch {
		case reOutcomeCol.MatchString(h): // (also "v5 (agreed, 27 Feb 2026)")
			blank = blank || i >= len(row) || strings.TrimSpace(row[i]) == ""
		case reVersionCol.MatchString(h):
			versions[i] = true
		}
	}
	if !blank {
		return nil
	}
	return versions
}

// carriedCurrent: the columns of a row's existing text that stand where
// its new-text cell says the term does not change ("Existing term | … |
// Amended term" with "No change." in the last): the existing term is the
// term in force. nil where the row changes its term.
func carriedCurrent(header, row []string) map[int]bool {
	unchanged := false
	current := map[int]bool{}
	for i, h := range header {
		switch {
		case reCurrentCol.MatchString(h):
			current[i] = true
		case reAfterCol.MatchString(h) || reOutcomeCol.MatchString(h):
			unchanged = unchanged || i < len(row) && reNoChangeCell.MatchString(row[i])
		}
	}
	if !unchanged {
		return nil
	}
	return current
}

var (
	// reCurrentCol: a column of the text as it stands before a change.
	reCurrentCol = lazyre.New(`(?i)^\W*(?:current|existing|original|present)(?:\s+(?:text|wording|terms?|provisions?|clause))?\W*$`)
	// reNoChangeCell: a cell that says the term is not changed.
	reNoChangeCell = lazyre.New(`(?i)^\W*(?:no\s+change|unchanged|no\s+amendment|not\s+amended|(?:remains?|stays?)\s+unchanged)\W*$`)
)

// comparisonColumns: the columns a row of a comparison table ("No. |
// Section | Old text | New text") does not state as terms: the text
// before the amendment, which the text after it replaces, and the section
// the row amends, which names the row's place and refers nowhere. nil
// when the header is no comparison table's.
func comparisonColumns(header []string) map[int]bool {
	skip := map[int]bool{}
	after := false
	for i, h := range header {
		switch {
		case reBeforeCol.MatchString(h):
			skip[i] = true
		case reAfterCol.MatchString(h):
			after = true
		case reProvisionCol.MatchString(h) || reClauseCol.MatchString(h):
			skip[i] = true
		}
	}
	if !after || !slices.ContainsFunc(header, func(h string) bool { return reBeforeCol.MatchString(h) }) {
		return nil
	}
	return skip
}

// reNonbindingCol: a column header that says the column binds nobody.
var reNonbindingCol = lazyre.New(`(?i)\b(non-?binding|not\s+binding|for\s+information(?:\s+only)?|informational|(?:for\s+)?reference\s+only|unverbindlich)\b`)

var (
	reResponseCol = lazyre.New(`(?i)\b(responses?|answers?|replies|reply|clarifications?|antwort|réponse|respuesta)\b`)
	reAskCol      = lazyre.New(`(?i)\b(requirements?|questions?)\b`)
)

var (
	reOutcomeCol  = lazyre.New(`(?i)\b(agreed|negotiated|outcome|final|resolution|resolved|settled|concluded|now|new|revised|restated|as amended|amended|binding|executed|signed|vereinbart|verbindlich|convenu|acordado)\b`)
	reProposalCol = lazyre.New(`(?i)\b(position|proposal|proposed|asks?|requests?|requested|offers?|offered|counter|counter-?proposal|original|previous|prior|initial|opening|comments?|rationale|notes?|remarks|reasons?|was|old|former|superseded|deleted|draft(?:\s+\d{1,2})?|current|existing|round\s+\d{1,2}|r\d{1,2}|standard\s+(?:terms?|positions?|offer(?:ing)?)|angebot|gegenvorschlag|vorschlag|proposition|propuesta)\b`)
)

// definesIn: one of the sentences defines a term ("“Outputs” means the
// completions … AWS will not use Outputs to train"): the definition's words
// are not the promise's.
func definesIn(text string, sp []span) bool {
	for _, x := range sp {
		if reMeans.MatchString(strings.TrimSpace(text[x.start:x.end])) {
			return true
		}
	}
	return false
}

// reCarryOver: a sentence that keeps earlier terms as they were, without
// stating them.
var reCarryOver = lazyre.New(`(?i)\b(?:continues?|remains?|shall\s+continue|will\s+continue)\s+to\s+apply(?:\s+(?:unchanged|without\s+(?:any\s+)?(?:change|amendment|modification)))?\s*[.;]?\s*$|\b(?:continues?|remains?)\s+(?:unchanged|in\s+(?:full\s+)?(?:force|effect)\s+(?:unchanged|without\s+change))\s*[.;]?\s*$|(?m)^[^.\n]{0,80}\((?:unchanged|no\s+change)\)[ \t]*$`)

// reAmendedTarget: what follows the clause an instruction amends ("
// (Customer Data) is varied as follows", " and 10.2 are deleted and
// replaced with").
var reAmendedTarget = lazyre.New(`(?i)^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:,|and|or)\s+[\w.()]{1,12}\s*)*(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:varied|amended|deleted|replaced|restated|modified|substituted)\b`)

// reNamedPartRef: a part cited by its title, not its number ("Part 3 of the
// Pricing Schedule", "the Service Credit Annex").
var reNamedPartRef = lazyre.New(`(?:(?:Part|Section|paragraph|Table)\s+\d{1,3}\s+of\s+)?the\s+((?:[A-Z][\w-]*\s+){1,3})(Schedule|Annex|Exhibit|Appendix|Attachment)\b`)

// partTitled reports whether a clause of the draft is headed by the title
// ("Pricing Schedule" over "SCHEDULE 2 – PRICING SCHEDULE").
func (rg *Reading) partTitled(title string) bool {
	return cached(&rg.titledParts, title, rg.readPartTitled) // (a draft cites its Pricing Schedule many times)
}

func (rg *Reading) readPartTitled(title string) bool {
	t := strings.ToLower(title)
	for i := range rg.doc.Clauses {
		// a term the draft defines by the terms themselves ("the
		// Guardrails Rate Schedule" means the following rates …"), not by
		// naming a paper it does not attach
		txt := rg.doc.Clauses[i].Text
		at := strings.Index(txt, "\""+title+"\"")
		if at < 0 {
			at = strings.Index(txt, "“"+title+"”")
		}
		if at < 0 {
			continue
		}
		def := txt[at:min(len(txt), at+800)]
		if strings.Contains(strings.ToLower(def), "not attached") {
			continue
		}
		for _, f := range extract.ReadFacts(def) {
			if f.Kind == "percent" || f.Kind == "money" {
				return true
			}
		}
	}
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if strings.Contains(strings.ToLower(c.Heading), t) || strings.Contains(strings.ToLower(c.ID), t) ||
			c.Kind == document.KindPart && strings.Contains(strings.ToLower(headOfText(c.Text, 120)), t) {
			return true
		}
	}
	return false
}

// refersAway: the text points to a section that is not in the draft or
// to another document.
func (rg *Reading) refersAway(c *document.Clause, text string) bool {
	missing, deferred := rg.refsOf(c, text, rg.reader.scan(text))
	return len(missing) > 0 || deferred
}

var (
	// reStatusHeader: a table column holding a row's negotiation status.
	reStatusHeader = lazyre.New(`(?i)^[\w/]{0,20}status$`)
	// reUnsettled: a status that leaves the row unsettled (read without
	// spaces).
	reUnsettled = lazyre.New(`(?i)^\W*(?:open|withdrawn|parked|superseded|rejected|notagreed|pending|dropped|deleted|declined|under(?:discussion|negotiation|review)|proposed|tbc|tbd)(?:$|\W|by|at|in|on|until|pending)`)
)

// rowUnsettled: a cell of the row, after the first, is a status that
// leaves it unsettled ("Parked. Not included in the Addendum").
func rowUnsettled(quote string) bool {
	cells := strings.Split(quote, " | ")
	for _, c := range cells[min(1, len(cells)):] {
		if reUnsettled.MatchString(compactWords(c)) || containsFold(c, "not included", "not agreed") {
			return true
		}
	}
	return false
}

// compactWords is s without its spaces.
func compactWords(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// markRow sets what a table row's statements share: its cells, whether it
// was refused in a record of offers, whether the table defines terms.
func (rg *Reading) markRow(sts []*Statement, header []string, cells []Cell, rowText string) {
	// the outcome of a proposal in a table ("Outcome: DECLINED"), in the
	// row itself: a cell that is a verdict, not words of a term ("… is
	// deprecated or withdrawn")
	rejected := false
	p := rg.reader.scan(rowText)
	for _, m := range p.cues["rejected"] {
		// at the start of a cell or a sentence, or after a label's colon
		// or a dash ("Growth cap: not agreed", "Not agreed - …")
		if m.start == 0 {
			rejected = true
			continue
		}
		switch p.word(m.start - 1) {
		case ":", ".", ";", "-", "–", "—", "|":
			rejected = true
		}
	}
	for _, c := range cells {
		// a status column that says the row is not settled ("Status:
		// Superseded by 9A", "Open", "Withdrawn"): its wording binds nobody
		// (the words of a narrow column of a PDF table may come broken,
		// "Sta tus | Su per sed ed by 9A": read without their spaces)
		if reStatusHeader.MatchString(compactWords(c.Header)) && reUnsettled.MatchString(compactWords(c.Text)) {
			rejected = true
		}
	}
	defTable := header != nil && len(header) >= 2 && reDefHeader.MatchString(strings.TrimSpace(header[0])) && reDefHeader2.MatchString(strings.TrimSpace(header[1]))
	for _, st := range sts {
		st.Table = header != nil
		st.Row = true
		if defTable && st.Binding {
			st.Binding, st.Nonbinding = false, "definition" // "Term | Meaning"
		}
		if header != nil {
			st.Cells = cells
		}
		if st.Binding && rg.voidRow(st) {
			// the row's value is no term: the item is there, empty
			st.Binding, st.Nonbinding, st.Placeholder = false, "placeholder", true
		}
		if rejected && st.Binding {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
	rg.Statements = append(rg.Statements, sts...)
}

// otherTower: the clause is in a section for another service among
// parallel sections, one per service ("B.3 Tower 3 — End-User Computing"
// beside "B.5 Tower 5 — Amazon Bedrock"): its terms are that service's.
func (rg *Reading) otherTower(c *document.Clause) bool {
	if rg.towers == nil {
		rg.towers = rg.readTowers()
	}
	return rg.towers[c.ID]
}

// readTowers finds the sections for other services: three or more
// sibling sections whose headings open with the same word and a number
// ("Tower 1 — Managed Network", "Tower 2 — SAP Hosting", "Lot 3 — …"), one
// of which names Bedrock; the siblings that name neither Bedrock nor all
// services are another service's. It returns them and every clause under
// them (a parent comes before its clauses in the document).
func (rg *Reading) readTowers() map[string]bool {
	out := map[string]bool{}
	byParent := map[string][]*document.Clause{}
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.Heading != "" {
			byParent[k.ParentID] = append(byParent[k.ParentID], k)
		}
	}
	for _, kids := range byParent {
		groups := map[string][]*document.Clause{}
		for _, k := range kids {
			if m := reTowerHeading.FindStringSubmatch(k.Heading); m != nil {
				w := strings.ToLower(m[1])
				groups[w] = append(groups[w], k)
			}
		}
		for _, g := range groups {
			if len(g) < 3 {
				continue
			}
			bedrock := 0
			for _, k := range g {
				if contains(rg.conceptsOf(k.Heading), "bedrock") {
					bedrock++
				}
			}
			if bedrock == 0 || bedrock == len(g) {
				continue
			}
			for _, k := range g {
				if cs := rg.conceptsOf(k.Heading); !contains(cs, "bedrock") && !contains(cs, "all_services") {
					out[k.ID] = true
				}
			}
		}
	}
	if len(out) > 0 {
		for i := range rg.doc.Clauses {
			if k := &rg.doc.Clauses[i]; k.ParentID != "" && out[k.ParentID] {
				out[k.ID] = true
			}
		}
	}
	return out
}

// reTowerHeading: a heading that opens with a word and a number, as
// parallel sections for several services do ("Tower 3 — End-User
// Computing", "Lot 2: SAP Hosting", "Service Line 4 - Amazon Bedrock").
var reTowerHeading = lazyre.New(`(?i)^\W*(tower|lot|service\s+line|service\s+area|service\s+domain|service\s+module|workstream|work\s+package|module)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b\s*[—–:.-]`)

// reMethodRef: words before a reference that send only the method there.
// "calculated in accordance with Schedule C" puts an amount there, so only
// the words of measuring count.
// reDeferBefore: words that put a term's content where a reference points.
// ("the cancellation rights in Section 7.4 of the Addendum": the rights
// are where the reference points)
var reDeferBefore = lazyre.New(`(?i)\b(?:set out|set forth|specified|described|provided|detailed|contained|listed|stated|found|prescribed|determined)\s+(?:in|under|by)\s+$|\bin accordance with\s+$|\b(?:as\s+)?per\s+$|\b(?:follows?|governed\s+by)\s+$|\bpursuant to\s+$|\b(?:rights?|credits?|remed(?:y|ies)|levels?|commitments?|obligations?|fees?|prices?|rates?|discounts?|terms)\s+(?:in|under)\s+$`)

var reMethodRef = lazyre.New(`(?i)\b(measured|verified|monitored)\b[^.;]{0,30}$`)

// reDefHeader, reDefHeader2: the headers of a table of definitions.
var (
	reDefHeader  = lazyre.New(`(?i)^(term|defined term|expression|word|definition)s?$`)
	reDefHeader2 = lazyre.New(`(?i)^(meaning|definition|means|what it means)s?$`)
)

// reRelIntent: an intention in a relative clause ("models the Customer
// intends to use", "workloads that we plan to move").
var reRelIntent = lazyre.New(`(?i)\b(models?|services?|workloads?|products?|use cases?|features?|regions?|that|which)\s+(?:the\s+)?(customer|you|we|it|they|[A-Z][a-z]+)\s+(intends?|plans?|wishes?|hopes?|would like)\s+to\b`)

// reLeadTag: a bracketed tag that opens a statement ("[AGREED]",
// "[CUSTOMER PROPOSAL - REJECTED]", "[DN: …]"), after a bullet.
var reLeadTag = lazyre.New(`^\s*(?:[*\-•]\s+)?\[([^\]]{1,80})\]?`)

// reBracketNoteLead: a note in square brackets, named by whoever wrote it
// ("[Collaborative note (R. Desjardins, 12 June): …", "[Buyer's comment: …",
// "[Comment Lindenhof (Dr. K. Brandl), 27.05.2026: …", "[Tamarind drafting
// note - 28 April: …").
var reBracketNoteLead = lazyre.New(`^\W{0,3}\[\s*(?:[\p{L}'’&.-]+\s+){0,3}(?i:notes?|comments?|remarks?)\b(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}(?:\s*\([^()]{0,60}\))?(?:\s*[,–—-]\s*[^:\n]{1,60})?\s*[:–—]`)

// reNamedNoteLead: a comment named by its author after the word ("Comment
// Kessler Legal (B. Arnold), 11.02.2026: …").
var reNamedNoteLead = lazyre.New(`^\W{0,3}(?i:comment|note|remark)\s+(?:\p{Lu}[\p{L}'’&.-]*\s*){1,3}(?:\([^()\n]{1,60}\))?(?:,\s*[^:\n]{1,40})?:\s`)

// reReportedDoc: a sentence that reports what another paper said ("The
// slide deck … showed …", "AWS's proposal of 3 March offered …").
var reReportedDoc = lazyre.New(`(?i)^\W*(?:the|an?|aws'?s?|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:slide\s+deck|slides?|deck|presentation|proposal|e-?mail|letter|memo|draft|term\s+sheet|minutes|quote|quotation|offer)\b(?:[^.;"“]|\.\d){0,80}?\b(?:showed|stated|said|contained|listed|proposed|offered|included|set\s+out)\b`)

// reBareInstruction: a sentence that is only an instruction to delete or
// replace a section, named by its number, its caption and its document
// ("Amendment No. 2, Section 7 (Custom Model Import) is deleted and
// replaced.", "Clause 9 of the Addendum is amended to read as follows:").
var reBareInstruction = lazyre.New(`(?i)^\W{0,3}(?:[\w.'’ -]{1,60},\s*)?(?:the\s+)?(?:section|clause|paragraph|article|schedule|annex|appendix|exhibit|§)\s*[\w.()-]{1,12}(?:\s*\([^()]{1,60}\))?(?:\s+of\s+(?:the\s+|this\s+)?[\w.'’ -]{1,60}?)?(?:\s*\([^()]{1,60}\))?\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:deleted|replaced|restated|amended)(?:\s+(?:and|&)\s+(?:replaced|restated|substituted))?(?:\s+in\s+(?:its|their)\s+entirety)?(?:\s+(?:to\s+read\s+)?(?:as\s+follows|with\s+the\s+following|by\s+the\s+following))?\s*[.:]?\s*$`)

// reOldWording: a sentence that quotes the wording a clause had before an
// amendment ("Paragraph 9 previously read: "…"", "Clause 10.2 currently
// reads: …" in the amendment that replaces it, "Existing Text: "…"" before
// the "New Text").
var reOldWording = lazyre.New(`(?i)^[^"“]{0,80}\b(?:(?:previously|formerly|originally|used\s+to|currently)\s+(?:read|reads|provided|provides|stated|states|said|says)\s*:|(?:previously|formerly|originally)\s+(?:provided|stated|said)\s+that\b|(?:v\d{1,2}|version\s+\d{1,2}|draft\s+\d{1,2}|rev\.?\s*\d{1,2}|earlier|previous|prior|old|existing|current|present|replaced|deleted|superseded|waived|struck)\s+(?:text|wording|draft|version)\b[^:"“]{0,30}:)`)

// reContentsHeading: the heading of a list of the document's parts or
// contents.
var reContentsHeading = lazyre.New(`(?i)^\W*(?:list\s+of\s+(?:annexures|annexes|schedules|exhibits|attachments|appendices|documents)|table\s+of\s+contents|contents|index(?:\s+of\s+(?:annexures|schedules|exhibits))?)\W*$`)

// rePositionRowLabel: the label of a row that holds a party's position in
// a negotiation ("Our position", "Their position", "AWS's offer",
// "Customer ask").
var rePositionRowLabel = lazyre.New(`(?i)^\W*(?:our|their|the other side'?s?|(?:the\s+)?(?:customer|aws|vendor|supplier|provider|buyer|client|seller)(?:'s|’s)?)\s+(?:opening\s+|initial\s+|original\s+)?(?:position|ask|request|proposal|offer|counter-?proposal|counter-?offer)s?\W*$`)

// reCommentRowLabel: the label of a row that holds a reviewer's comment on
// the term beside it ("Risk", "Comment", "Action", "Recommendation").
var reCommentRowLabel = lazyre.New(`(?i)^\W*(?:risks?|comments?|commentary|actions?|next\s+steps?|recommendations?|assessment|rationale|analysis)\W*$`)

// reAgreedRowLabel: the label of a negotiation record's row that holds
// the agreed position ("Final (Round 4)", "Agreed", "Final position").
var reAgreedRowLabel = lazyre.New(`(?i)^\W*(?:final|agreed|closing|signed)\b(?:\s+(?:position|terms?|round|text|version|agreed))?(?:\s*\([^()]{1,30}\))?\W*$`)

// reBalloon: a balloon of a compared document ("Deleted: ninety (90)
// days'", "[#3] Inserted:", "Deleted [MW 26/05/26]:", "Formatted Table",
// "Gelöscht:"): what a revision changed, shown beside the text as it now
// stands; the text says it, the balloon does not.
var reBalloon = lazyre.New(`(?i)^\W{0,6}(?:\[#?\d{1,3}\]\W{0,4})?(?:deleted|inserted|formatted(?:\s+table)?|moved\s+(?:from|to|\((?:insertion|deletion)\))|gelöscht|eingefügt|formatiert|kommentiert|supprimé|inséré|eliminado|insertado|eliminato|inserito)(?:\s*\[[^\]]{1,40}\])?\W{0,3}(?::|$)`)

// reDraftNote: a drafting note or comment, which is no term.
var reDraftNote = lazyre.New(`(?i)^(?:DN|NTD|note to draft(?:er)?|drafting note|note|comment|aws note|customer note|internal note|editor'?s note)\b\s*[:\-–]`)

// reCommentLabel: a bracketed passage opening with who speaks or what it
// is ("[MRO: …", "[AWS comment – …"), perhaps with a date ("[Meridian
// Legal, 20.02.2026: …").
var reCommentLabel = lazyre.New(`^\[\s*([A-Za-z][\w.&'’ ]{0,30}?(?:,\s*[\w./-]{1,12})?)\s*[:–—]\s`)

// tagStatus reads a statement's leading tag: "negotiation" for a proposal,
// a refusal, an open or superseded item; "note" for a drafting note; ""
// for an agreed item or no tag.
func (rg *Reading) tagStatus(st *Statement) string {
	m := reLeadTag.FindStringSubmatch(st.Quote)
	if m == nil {
		if rg.insideComment(st) {
			// "Request deletion or a migration credit …" after "[Gap Legal
			// Team comment, 2026.05.12: We do not accept paragraph ③.": a
			// later sentence of a bracketed comment, no term
			return "note"
		}
		if sm := reSpeakerDate.FindString(st.Quote); sm != "" {
			// "ONDŘEJ (12 May): PLEASE CONFIRM HERE THAT THERE IS NO
			// LICENCE FEE PER IMPORT.": someone's dated comment on the
			// text, no term of it (unless it records the point agreed)
			rest := st.Quote[len(sm):]
			if len(rg.reader.scan(rest).cues["agreed"]) == 0 || rePleaseAsk.MatchString(rest) {
				return "note" // ("PLEASE CONFIRM …" asks for what it names)
			}
			return ""
		}
		if lm := reLeadLabels.FindString(st.Quote); lm != "" {
			// "> Coorong 29/5: WE PROPOSED: "Billable tokens exclude …"",
			// "> 11 Aug: WE PROPOSED 12 MONTHS' NOTICE …": a comment
			// whose party says it proposed or refused what follows
			rest := strings.Fields(st.Quote[len(lm):])
			p := rg.reader.scan(lm + " " + strings.Join(rest[:min(len(rest), 3)], " "))
			rg.namedParties(p)
			if len(p.parties) > 0 && len(p.cues["agreed"]) == 0 && (len(p.cues["proposal"]) > 0 || len(p.cues["rejected"]) > 0) {
				return "negotiation"
			}
			// ("Priya R.: asked for express "no import fee" wording": the
			// speaker's verb opens the line; "Proposal (Fjordvik): one
			// pool …": the label says what the line is)
			for _, t := range []string{strings.Join(rest[:min(len(rest), 3)], " "), strings.TrimLeft(lm, "> \t")} {
				q := rg.reader.scan(t)
				for _, cue := range [][]match{q.cues["proposal"], q.cues["rejected"]} {
					if len(cue) > 0 && cue[0].start == 0 {
						return "negotiation"
					}
				}
			}
		}
		return ""
	}
	tag := m[1]
	if reDraftNote.MatchString(tag) {
		return "note"
	}
	if q := strings.TrimSpace(st.Quote); strings.HasPrefix(q, "[") && (strings.HasSuffix(q, "]") || strings.HasSuffix(q, "].")) && strings.Count(q, "[") == 1 {
		// "[MRO: we also asked about output schemas — AWS did not
		// respond.]": someone's comment wholly in brackets, no term
		if lm := reCommentLabel.FindStringSubmatch(q); lm != nil && len(rg.reader.scan(lm[1]).cues["agreed"]) == 0 {
			return "note"
		}
	}
	if rg.insideComment(st) {
		return "note"
	}
	if len(strings.Fields(tag)) > 6 {
		return "" // a bracketed passage, not a tag
	}
	p := rg.reader.scan(tag)
	up := strings.ToUpper(tag)
	switch {
	case len(p.cues["rejected"]) > 0 || strings.Contains(up, "SUPERSEDED") || strings.Contains(up, "WITHDRAWN"):
		return "negotiation"
	case len(p.cues["agreed"]) > 0:
		return ""
	case len(p.cues["proposal"]) > 0 || strings.Contains(up, "OPEN") || len(p.cues["placeholder"]) > 0:
		return "negotiation"
	}
	if strings.HasSuffix(m[0], "]") {
		// "[Halvorsen, 24 Feb] We propose a 30% discount …": a tag that
		// says who wrote what follows, whose words open by proposing or
		// refusing, as a labelled comment's do
		rest := strings.Fields(st.Quote[len(m[0]):])
		q := rg.reader.scan(strings.Join(rest[:min(len(rest), 3)], " "))
		for _, cue := range [][]match{q.cues["proposal"], q.cues["rejected"]} {
			if len(cue) > 0 && cue[0].start <= len(rest[0])+1 && len(q.cues["agreed"]) == 0 {
				return "negotiation"
			}
		}
	}
	return ""
}

// reTickedBox: a ticked box ("[x]", "[✓]").
var reTickedBox = lazyre.New(`\[\s*[xX✓✔]\s*\]|[☑☒✅]`)

// reBallotBox: an empty ballot box ("☐"), an option not chosen.
var reBallotBox = lazyre.New(`☐`)

// reEmptyBox: a box with nothing in it ("[ ]").
var reEmptyBox = lazyre.New(`^\[\s*\]$`)

// reBlank: a blank left to fill ("[*]", "[●]", "[___]", "[…]"): brackets
// around filler marks only, no word or figure.
var reBlank = lazyre.New(`\[[\s*●•·_.…\-–—]{0,8}\]`)

// insideComment: the statement is one sentence of a bracketed comment of
// several ("[Harrowgate: please confirm … schemas. AWS: TBD.]"), which the
// sentence split cut in two.
func (rg *Reading) insideComment(st *Statement) bool {
	c := rg.byID[st.Clause]
	if c == nil {
		return false
	}
	bodies, ok := rg.comments[c.ID]
	if !ok {
		text := c.Text
		if e := rg.eff[c.ID]; e != nil {
			text = e.text // (the brackets of alternatives resolved are gone)
		}
		bodies = rg.commentBodies(text)
		if rg.comments == nil {
			rg.comments = map[string][]string{}
		}
		rg.comments[c.ID] = bodies
	}
	q := strings.TrimSpace(st.Quote)
	for _, b := range bodies {
		if strings.Contains(b, q) {
			return true
		}
	}
	return false
}

// commentBodies are the bracketed comments of a text, read once per
// clause: "[" … "]" with no bracket inside, opened by someone's label
// ("[Gap Legal Team comment, 2026.05.12: …]") that records no agreement.
func (rg *Reading) commentBodies(text string) []string {
	var out []string
	for open := strings.IndexByte(text, '['); open >= 0; {
		end := strings.IndexAny(text[open+1:], "[]")
		if end < 0 {
			break
		}
		end += open + 1
		if text[end] == '[' {
			open = end // ("[[" or a bracket inside: start again from it)
			continue
		}
		body := text[open : end+1]
		if lm := reCommentLabel.FindStringSubmatch(body); lm != nil && len(rg.reader.scan(lm[1]).cues["agreed"]) == 0 {
			out = append(out, body)
		}
		next := strings.IndexByte(text[end+1:], '[')
		if next < 0 {
			break
		}
		open = end + 1 + next
	}
	return out
}

// nonbindingCue: a "discuss in good faith" cue outside the statement's
// conditions ("Should you wish to reserve capacity, credits are available"
// binds: the wish is the condition).
func nonbindingCue(st *Statement, p *parsed) bool {
	for _, m := range p.cues["nonbinding"] {
		// "the Claude models the Customer intends to use": an intention
		// inside a relative clause describes a thing, it binds nothing less
		if m.start >= 2 && m.start < len(p.toks) {
			from := p.toks[max(0, m.start-4)].Start
			if reRelIntent.MatchString(p.text[from:p.toks[min(len(p.toks)-1, m.end)].End]) {
				continue
			}
		}
		if st.Modality == Obligation && m.start >= 2 && reAbsoluteIntent.MatchString(p.text[p.toks[max(0, m.start-5)].Start:p.toks[m.start].Start]) {
			// "… shall end on the date on which the EDP Term expires, it
			// being the intention of the Parties that …": the duty binds;
			// the phrase after it says why
			continue
		}
		inCond := false
		for _, s := range st.Subs {
			if (s.Role == RoleCondition || s.Role == RoleConcessive) && m.start >= s.Start && m.start < s.End {
				inCond = true
			}
		}
		if len(p.props) > 1 && st.propEnd > st.propStart && (m.start < st.propStart || m.start >= st.propEnd) && p.semicolonBetween(m.start, st.propStart, st.propEnd) {
			// "The Anthropic API quote … is recorded as MSB's benchmark;
			// AWS will review the rate card against it": after a
			// semicolon, a proposition of its own, whose cue is its own
			continue
		}
		if !inCond {
			return true
		}
	}
	return false
}

// semicolonBetween: a semicolon outside brackets stands between token i and
// the span [from, to).
func (p *parsed) semicolonBetween(i, from, to int) bool {
	a, b := i, from
	if i >= to {
		a, b = to, i
	}
	for k := a; k < b && k < len(p.toks); k++ {
		if p.toks[k].Lower == ";" && p.depth[k] == 0 {
			return true
		}
	}
	return false
}

// reAbsoluteIntent: an absolute phrase opening after the clause's verb
// (", it being the", ", this being the").
var reAbsoluteIntent = lazyre.New(`(?i),\s*(?:it|this)\s+being\s+(?:the\s+)?$`)

// someSectionBinds: the draft says of one of its sections that it binds.
func (rg *Reading) someSectionBinds() bool {
	for _, b := range rg.bindingBySection {
		if b {
			return true
		}
	}
	return false
}

// reQuotesBelow: what follows a reference that quotes the clause it
// names ("Section 6.3 reads:", "… provides as follows:"); not what a
// clause "presently reads", old words an amendment goes on to change.
var reQuotesBelow = lazyre.New(`(?i)^\s*(?:\([^()]{1,60}\)\s*)?(?:now\s+)?(?:reads|provides|states)(?:\s+as\s+follows)?\s*:\s*["“]`)

// reCommentColumn: the header of a column that holds a reviewer's comment on
// the row ("DD comment", "Counsel's remarks", "Observations"), no term.
var reCommentColumn = lazyre.New(`(?i)^\W*(?:(?:dd|due\s+diligence|reviewer'?s?|counsel'?s?|legal|internal|our)\s+)?(?:comments?|commentary|remarks?|observations?)\W*$`)

// reCitesLabel: the words after a reference that make it the label of a
// quotation: a colon, then a capital ("§4.1: AWS will …").
var reCitesLabel = lazyre.New(`^\s*:\s+["“]?\p{Lu}`)

// labelsLine: a line of the clause's text opens with the number n and
// then a word ("    4.2 The Bedrock Commitment is allocated …").
func labelsLine(e *effective, n string) bool {
	return e != nil && len(labelledLines(e.text, n)) > 0
}

// labelledLines are the lines of text that n labels ("7.5  PT
// cancellation notice  90 days"): n, a space or tab, then a capital.
func labelledLines(text, n string) []string {
	if !strings.Contains(text, n) {
		return nil
	}
	var out []string
	for _, ln := range strings.Split(text, "\n") {
		t := strings.TrimLeft(ln, " \t\"“'‘>*_")
		if rest, ok := strings.CutPrefix(t, n); ok && len(rest) > 1 && (rest[0] == ' ' || rest[0] == '\t') {
			if r := strings.TrimSpace(rest); r != "" && unicode.IsUpper([]rune(r)[0]) {
				out = append(out, ln)
			}
		}
	}
	return out
}

// restatedHere: a clause's text in force restates clause n, the new
// wording of an amendment that numbers its sub-clauses ("3. Bedrock
// Commitment 3.1 … 3.2 …"); read once per number.
func (rg *Reading) restatedHere(n string) bool {
	return cached(&rg.restated, n, func(n string) bool {
		for i := range rg.doc.Clauses {
			if e := rg.eff[rg.doc.Clauses[i].ID]; e != nil && !e.deleted && !e.instruction && e.amended != "" && restates(e.text, n) {
				return true
			}
		}
		return false
	})
}

// reReadAsRule: a rule of reading, which says what a term refers to
// ("References in the Addendum to "Imported Models" are to be read as
// references to models fine-tuned by Customer"): a definition, no term.
var reReadAsRule = lazyre.New(`(?i)^\W*(?:all\s+|any\s+)?references?\s+(?:in\s+[^,;]{1,60}?\s+)?to\s+[^;]{1,100}?\s+(?:are|is|shall\s+be|will\s+be)\s+(?:to\s+be\s+)?(?:read|construed|interpreted|deemed)\b`)

// listedBinding: the draft says whether its section top binds.
func (rg *Reading) listedBinding(top string) bool {
	_, ok := rg.bindingBySection[top]
	return ok
}

// reAskedNarrative: a sentence that tells, in the past, what a party
// asked for ("We asked for …", "Customer requested that …").
var reAskedNarrative = lazyre.New(`^\W*(?:The\s+)?\p{Lu}[\w&.'’-]{0,30}\s+(?:also\s+|then\s+|initially\s+|first\s+)?(?:asked|requested|proposed|sought|suggested)\b`)

// definitionText: the statement defines a term ("**Model Change** means
// …" and, under "Definitions", "**Sunset Event**: AWS deprecating …": the
// bold of Markdown is gone) or says how a term is read.
func definitionText(st *Statement) bool {
	return reMeans.MatchString(st.Text) || reMeans.MatchString(st.Quote) || reBareDef.MatchString(st.Quote) ||
		reBareGlossDef.MatchString(st.Quote) && reDefsHeading.MatchString(st.Heading) || reReadAsRule.MatchString(st.Quote)
}

// classify sets how binding a statement is.
func (rg *Reading) classify(st *Statement, p *parsed, nonbinding string) {
	top, listed := rg.sectionListed(st.Clause)
	if nonbinding == "preamble" && operative(st, p, len(rg.doc.Clauses) == 1) {
		// a draft without numbered clauses keeps its terms in what the
		// extractor calls the preamble: a sentence that binds someone is
		// operative, whatever its place
		nonbinding = ""
	}
	switch {
	case nonbinding != "":
		st.Binding, st.Nonbinding = false, nonbinding
	case listed:
		if !rg.bindingBySection[top] {
			st.Binding, st.Nonbinding = false, "nonbinding_document"
			if rg.listedIntent {
				// (the others "record the parties' intentions": what they
				// say is an intention, good faith or not)
			} else if nonbindingCue(st, p) {
				// "15. Vector storage [Non-binding]: The parties will discuss
				// in good faith …": an agreement to negotiate, whatever the
				// section's mark (labelling rule 4)
				st.Nonbinding = "good_faith"
			} else if rg.someSectionBinds() {
				// "Parts 1 to 3 are history … They don't bind anyone.
				// Only Part 4 binds": beside the part that holds the deal,
				// the others are its record, which counts for nothing
				st.Nonbinding = "negotiation"
			}
		} else if definitionText(st) {
			st.Binding, st.Nonbinding = false, "definition"
		} else if nonbindingCue(st, p) {
			// "Only Part 3 binds" and in Part 3 "The parties will
			// consider … whether …": a section that binds holds the
			// sentence, which still binds nobody to more than considering
			st.Binding, st.Nonbinding = false, "good_faith"
		}
	case rg.NonBinding:
		st.Binding, st.Nonbinding = false, "nonbinding_document"
	case len(rg.note) > 0 && rg.inNote(st.Clause):
		st.Binding, st.Nonbinding = false, "note"
	case definitionText(st):
		st.Binding, st.Nonbinding = false, "definition"
	case nonbindingCue(st, p):
		st.Binding, st.Nonbinding = false, "good_faith"
	case containsFold(st.Quote, "request", "proposal", "ask", "demand") && reRefusedRequest.MatchString(headOfText(st.Quote, 500)):
		// "Halvorsen's request for a right to cancel … was not agreed": a
		// record that a term was asked for and refused, not the term
		st.Binding, st.Nonbinding = false, "negotiation"
	case reAskedNarrative.MatchString(st.Quote) && !containsFold(st.Quote, "agreed", "accepted", "confirmed"):
		// "We asked for tiered pre-purchase credits at 35% and 45%",
		// "We asked AWS to match the Anthropic quote": an account of what
		// a party asked for, no term, whatever document tells it
		st.Binding, st.Nonbinding = false, "negotiation"
	case rg.memo && (reNarrative.MatchString(st.Quote) || reDraftSubject.MatchString(st.Quote)):
		// (a memo on a signed text: "Our draft Section 4 set out how
		// tokens would be counted": what a draft said, not what was signed)
		st.Binding, st.Nonbinding = false, "note"
	case rg.statusLead(st.Quote):
		// "STILL OPEN (not agreed) - How structured output (JSON) schemas
		// are counted.": the line's status, before a dash or a colon, says
		// it is not agreed
		st.Binding, st.Nonbinding = false, "negotiation"
	case rg.clauseStatusOpen(st.Clause):
		// "1(b) OPEN. Your added sentence on structured output schemas …",
		// "NOT ACCEPTED. Your proposed 99.9% … will not be added": a
		// point whose status, its heading or its first words, says it is
		// not agreed states no term
		st.Binding, st.Nonbinding = false, "negotiation"
	}
	if q := strings.TrimSpace(st.Quote); strings.HasPrefix(q, "(") && (strings.HasSuffix(q, ")") || strings.HasSuffix(q, ").")) && strings.Count(q, "(") == 1 && len(q) > 20 {
		// "(Our legal team has struck the sentence about import fees.)": an
		// aside about the text, not a term of it
		st.Binding, st.Nonbinding = false, "note"
	}
	if silence(st.Quote) {
		// "Section 4 does not say how JSON schemas are treated": a
		// reader's remark on what the text lacks, no term
		st.Binding, st.Nonbinding = false, "note"
	}
	if reReportedDoc.MatchString(st.Quote) {
		// "The slide deck at VDR 7.3.4 showed "no per-import licence fee"
		// as an AWS offer": what another paper said, reported
		st.Binding, st.Nonbinding = false, "note"
	}
	if rg.once("bare instruction", st.Text, func(t string) bool {
		return containsFold(t, "deleted", "replaced", "restated", "amended") && reBareInstruction.MatchString(headOfText(t, 300))
	}) {
		// "Amendment No. 2, Section 7 (Custom Model Import) is deleted and
		// replaced.": an instruction whose new wording follows; the
		// caption names the section, it grants nothing
		st.Binding, st.Nonbinding = false, "note"
	}
	if oldWording(st.Quote) || oldWording(st.Text) {
		// "Paragraph 9 previously read: "Hoshizora may cancel …"", "KM
		// (v3 text, 24 Mar): "AWS will make PT available 99.9% …"": the
		// wording an amendment replaces, quoted for the record
		st.Binding, st.Nonbinding = false, "note"
	}
	if reNoteLead.MatchString(st.Quote) || reBracketNoteLead.MatchString(st.Quote) || reNamedNoteLead.MatchString(st.Quote) || reQuestionLead.MatchString(st.Quote) || reBalloon.MatchString(st.Quote) || reAskImperative.MatchString(st.Quote) {
		// "KF NOTE: we asked AWS to confirm …", "Drafting note: …": a
		// note on the text, no term of it; "Q: Confirm that prompts will
		// not be used to train …": a question, whose answer ("A: …") is
		// the term
		st.Binding, st.Nonbinding = false, "note"
	}
	if strings.ContainsAny(st.Quote, "—–") && len(reTOCEntry.FindAllStringIndex(st.Quote, 4)) >= 3 || numberedTitles(st.Quote) {
		// "Division 2.1—Charges … Division 2.5—Model lifecycle and end of
		// life Division 2.6—…": a list of contents, its titles no terms
		st.Binding, st.Nonbinding = false, "note"
	}
	if q := strings.TrimRight(strings.TrimSpace(st.Quote), "*_)\"”’ "); strings.HasSuffix(q, "?") {
		// "Q25. Can AWS use our prompts to train its models?": a
		// question asks, its answer states the term
		st.Binding, st.Nonbinding = false, "note"
	}
	switch rg.tagStatus(st) {
	case "negotiation":
		st.Binding, st.Nonbinding = false, "negotiation"
	case "note":
		st.Binding, st.Nonbinding = false, "note"
	}
	if i := strings.LastIndex(st.Quote, ":"); i > 0 && i < len(st.Quote)-1 && omittedMark(st.Quote[i+1:], rg.reader) ||
		strings.Contains(st.Quote, " | ") && omittedMark(st.Quote[strings.LastIndex(st.Quote, " | ")+3:], rg.reader) {
		// "Special Term 3 - Custom model import: Not used.", a row
		// "4.5 | Custom model import | Reserved.": the item is there, empty
		st.Binding, st.Nonbinding, st.Placeholder = false, "placeholder", true
	}
	ticked := reTickedBox.MatchString(st.Quote)
	blankCue := slices.ContainsFunc(p.cues["placeholder"], func(m match) bool {
		// (beside a ticked box, "[ ]" is a box left unticked, no blank:
		// "System prompt | Included: [x] | Excluded: [ ]")
		return !ticked || m.end > len(p.toks) || !reEmptyBox.MatchString(p.text[p.toks[m.start].Start:p.toks[m.end-1].End])
	})
	if blankCue || reBlank.MatchString(st.Quote) && !ticked || !ticked && reBallotBox.MatchString(st.Quote) {
		// ("☐ Fixed term of twelve (12) months …", "Tool definitions |
		// Included: ☐ | Excluded: ☐": an option not chosen, an item
		// neither box of which is ticked)
		st.Placeholder = true
		st.Binding = false
		if st.Nonbinding == "" {
			st.Nonbinding = "placeholder"
		}
	}
}

// reAsideCol: a column of a table that comments on a row rather than
// giving its term ("Notes", "Comments", "Reference", "Source").
var reAsideCol = lazyre.New(`(?i)\b(notes?|comments?|commentary|remarks?|references?|ref|source|rationale|owner|explanation|clarifications?)\b`)

// voidRow: a row of a table whose values are no term: every cell after
// its labels (row numbers, then the item named) that is not an aside
// (notes, reference) is an omission mark or empty ("14 | PT Pre-Purchase
// | —", "PT pre-purchase | deleted | Supp. 2 no. 2"; not "Output schema |
// Excluded | —").
func (rg *Reading) voidRow(st *Statement) bool {
	cells := st.Cells
	if len(cells) < 2 {
		return false // (no header: the last cell may be an empty remark)
	}
	k := 0
	for k < len(cells)-1 && (reNumberCol.MatchString(strings.TrimSpace(cells[k].Header)) || reRowNumber.MatchString(strings.TrimSpace(cells[k].Text))) {
		k++
	}
	k++ // the item the row is about
	values := 0
	for ; k < len(cells); k++ {
		if reAsideCol.MatchString(cells[k].Header) {
			continue
		}
		values++
		if v := cells[k].Text; omitTrim(v) != "" && !omittedMark(v, rg.reader) {
			return false
		}
	}
	return values > 0
}

// reRowNumber: a cell that numbers a row ("14", "R-1.1", "3.2").
var reRowNumber = lazyre.New(`^(?:[A-Z]{1,4}-?)?\d{1,3}(?:\.\d{1,3})*\.?$`)

// refsOf returns the references of a sentence to parts of the draft that
// do not exist, and whether it leaves its terms to another document.
// inProviso: token tok lies in a proviso or condition of the sentence.
func inProviso(p *parsed, tok int) bool {
	for _, pr := range p.props {
		for _, sub := range pr.subs {
			if (sub.Role == RoleProviso || sub.Role == RoleCondition) && tok >= sub.Start && tok < sub.End {
				return true
			}
		}
	}
	return false
}

// reTableRef, reTableCaption: a table cited by its number ("in Table 4",
// "Table 2B") and a table's caption or heading ("Table 4 — Service
// credits", "**Table 4.** …").
var (
	reTableRef     = lazyre.New(`\b(?:in|under|of|per|see|by)\s+(?:the\s+)?Table\s+(\d{1,3}[A-Z]?)\b`)
	reTableCaption = lazyre.New(`(?im)(?:^|/)[\W_]*Table\s+(\d{1,3}[A-Z]?)\b`)
)

// tableCaptioned reports whether a table of the draft is captioned n.
func (rg *Reading) tableCaptioned(n string) bool {
	if rg.tableCaptions == nil {
		rg.tableCaptions = map[string]bool{}
		for i := range rg.doc.Clauses {
			k := &rg.doc.Clauses[i]
			for _, t := range []string{k.Heading, k.Text} {
				for _, m := range reTableCaption.FindAllStringSubmatch(t, -1) {
					rg.tableCaptions[m[1]] = true
				}
			}
		}
	}
	return rg.tableCaptions[n]
}

// reNewBefore: "new" right before a reference names the section being
// made ("a new Section 10A", "New clause 8.4").
var reNewBefore = lazyre.New(`(?i)\bnew\s+$`)

func (rg *Reading) refsOf(c *document.Clause, s string, p *parsed) (missing []string, deferred bool) {
	missing, _, deferred = rg.refsAt(c, s, p)
	return missing, deferred
}

// refsAt is refsOf with where in s each missing reference is.
func (rg *Reading) refsAt(c *document.Clause, s string, p *parsed) (missing []string, at []int, deferred bool) {
	if strings.Contains(s, "Table") {
		// "service credits as set out in Table 4 of this addendum", where
		// no table of the draft is captioned Table 4
		for _, m := range reTableRef.FindAllStringSubmatchIndex(s, -1) {
			if n := s[m[2]:m[3]]; !rg.tableCaptioned(n) {
				missing, at = append(missing, "Table "+n), append(at, m[0])
			}
		}
	}
	if (strings.Contains(s, "Schedule") || strings.Contains(s, "Annex") || strings.Contains(s, "Exhibit") || strings.Contains(s, "Appendix") || strings.Contains(s, "Attachment")) &&
		(strings.Contains(s, "set out") || strings.Contains(s, "accordance") || strings.Contains(s, "described") || strings.Contains(s, "specified") || strings.Contains(s, "set forth") || strings.Contains(s, "per ")) {
		// (case-sensitive, no copy: a long sentence is many statements)
		// "the pre-purchase pricing is set out in Part 3 of the Pricing
		// Schedule", where no part of the draft is the Pricing Schedule: a
		// part named by its title, not here
		for _, m := range reNamedPartRef.FindAllStringSubmatchIndex(s, -1) {
			if !reDeferBefore.MatchString(s[max(0, m[0]-40):m[0]]) {
				continue
			}
			title := strings.TrimSpace(s[m[2]:m[3]]) + " " + s[m[4]:m[5]]
			if !rg.partTitled(title) {
				missing, at = append(missing, "the "+title), append(at, m[0])
			}
		}
	}
	var quoted map[string]bool // the clause numbers the sentence quotes, read once
	for _, r := range rg.refs().Read(s) {
		if r.In != "" && !r.Missing {
			// "credits are set out in Schedule 3 of the Addendum": the
			// term is in a part of another document the draft does not
			// reproduce
			after := s[min(len(s), r.Offset+len(r.Text)):]
			if (reDeferBefore.MatchString(s[max(0, r.Offset-40):r.Offset]) && !reMethodRef.MatchString(s[max(0, r.Offset-40):r.Offset]) || reRemainsAfter.MatchString(after)) &&
				len(rg.withinDocument(rg.byNumber[normNum(r.Target)], r.In, docName(s, r))) == 0 {
				// ("Clause 5 of the Prior Addendum (token counting) remains
				// unchanged": the term stays in a document not reproduced)
				deferred = true
			}
			continue
		}
		if m := reSubPartOf.FindStringSubmatch(s[max(0, r.Offset-30):r.Offset]); m != nil && !r.Missing && rg.hollowSubPart(r.Target, m[1]) {
			// "the Migration Credit specified in Part 2 of Exhibit D",
			// where Exhibit D's Part 2 reads "[Reserved.]"
			missing, at = append(missing, m[1]+" of "+r.Target), append(at, r.Offset)
			continue
		}
		if !r.Missing && rg.reservedSection(r.Target) {
			// "invoiced in accordance with the methodology in Section C.3",
			// where C.3 reads "[Reserved.]": nothing there to apply
			missing, at = append(missing, r.Target), append(at, r.Offset)
			continue
		}
		if !r.Missing && rg.hollowPart(r.Target) {
			// "credits in accordance with Exhibit D", where Exhibit D
			// reads "[To be attached prior to signature]": not in the draft
			missing, at = append(missing, r.Target), append(at, r.Offset)
			continue
		}
		if !r.Missing || len(rg.byNumber[normNum(r.Target)]) > 0 {
			continue // (or a clause the draft's own amendments create)
		}
		if labelCell(s, r.Offset, r.Offset+len(r.Text)) {
			// "1 | Token counting | §3.1 | "Billable tokens are …" |": a
			// cell of references alone names where the row's terms come
			// from; the terms are in the row
			continue
		}
		if rg.inlineItem(r.Target) {
			continue // "Section 3.01(a)", where 3.01 reads "(a) Billable tokens are …"
		}
		if end := r.Offset + len(r.Text); end <= len(s) && reAmendedTarget.MatchString(s[end:min(len(s), end+120)]) {
			// "Clause 10 (Customer Data) is varied as follows: "10.1 AWS
			// will not use …"": the clause an instruction amends, whose new
			// words stand here; no term sits behind it
			continue
		}
		if _, ok := rg.items[r.Target]; ok && strings.HasPrefix(strings.ToLower(r.Text), "item") {
			continue // "the Notice Period in Item 13": an Item of the cover sheet
		}
		// "this Section 3" in 3.2: the clause's own section is here
		if r.Target != "" && (strings.HasPrefix(c.Number, r.Target+".") || strings.HasPrefix(c.ID, r.Target+".") || c.Number == r.Target) {
			continue
		}
		// "Section 6.1 Customer may …" opening the sentence: a label
		if r.Offset == 0 && len(s) > len(r.Text) && strings.TrimLeft(s[len(r.Text):], " .:-–—") != "" {
			rest := strings.TrimLeft(s[len(r.Text):], " .:-–—") // ("CLAUSE 13 - COMPETITIVE REFERENCE")
			if rest[0] >= 'A' && rest[0] <= 'Z' {
				continue
			}
		}
		// "Model deprecation | §4.1: AWS will give at least 120 days'
		// notice …": a section cited as the label of the words it
		// introduces, which are its term, quoted here
		if end := r.Offset + len(r.Text); r.Target != "" && end <= len(s) && reCitesLabel.MatchString(s[end:]) {
			continue
		}
		// "Service levels (clause 10) "10.1 AWS shall make …"": a paper
		// that quotes the clause it names has it here
		if quoted == nil {
			// (once a sentence: a long one names many clauses)
			quoted = map[string]bool{}
			for _, m := range reQuotedNumber.FindAllStringSubmatch(s, -1) {
				// the number and each clause above it ("10.1" quotes 10 too)
				for n := m[1]; n != ""; {
					quoted[n] = true
					i := strings.LastIndexByte(n, '.')
					if i < 0 {
						break
					}
					n = n[:i]
				}
			}
		}
		if r.Target != "" && quoted[r.Target] {
			continue
		}
		if end := r.Offset + len(r.Text); end <= len(s) && reQuotesBelow.MatchString(s[end:]) {
			// "Section 6.3 reads: "Customer may terminate …"": the
			// sentence quotes the section it names, which is its term
			continue
		}
		if r.Target != "" && labelsLine(rg.eff[c.ID], r.Target) {
			// "… the model families in Section 4.2 …" inside the new
			// wording a clause sets out ("4.2 The Bedrock Commitment is
			// allocated as follows:" a few lines up): the section is here
			continue
		}
		if r.Target != "" && rg.restatedHere(r.Target) {
			// "… on the model families listed in Clause 3.2", in the new
			// wording an amendment gives Clause 3 ("3. Bedrock Commitment
			// 3.1 … 3.2 …"): the clause is here, in that wording
			continue
		}
		if reNewBefore.MatchString(s[max(0, r.Offset-12):r.Offset]) {
			// "New Section 8.4: "…"": the section the sentence creates
			continue
		}
		// "available 99.9% of each month, measured as set forth in Exhibit
		// D": the method is elsewhere, the term is here
		if reMethodRef.MatchString(s[max(0, r.Offset-40):r.Offset]) {
			continue
		}
		// "Tool Definitions are excluded …, except as otherwise provided in
		// clause 3.1.4" where there is no 3.1.4: an exception that points
		// nowhere takes nothing away from the term
		if reExceptRef.MatchString(s[max(0, r.Offset-50):r.Offset]) && !strings.HasPrefix(strings.ToLower(r.Target), "schedule") && !strings.HasPrefix(strings.ToLower(r.Target), "annex") && !strings.HasPrefix(strings.ToLower(r.Target), "exhibit") && !strings.HasPrefix(strings.ToLower(r.Target), "appendix") {
			continue
		}
		missing, at = append(missing, r.Target), append(at, r.Offset)
	}
	for _, m := range p.cues["deferral"] {
		if m.end >= len(p.toks) {
			continue
		}
		from := p.toks[m.end-1].End
		to := len(s)
		if m.end+12 < len(p.toks) {
			to = p.toks[m.end+12].Start
		}
		tail := s[from:to]
		if reMethodRef.MatchString(s[max(0, p.toks[m.start].Start-40):p.toks[m.start].Start]) {
			continue // "measured in accordance with the SLA": only the method is there
		}
		if inProviso(p, m.start) {
			// "AWS may use … , provided that AWS applies the security
			// controls described in the Customer Agreement": the proviso's
			// terms are elsewhere, the permission is here
			continue
		}
		if reExternalDoc.MatchString(tail) && !strings.Contains(strings.ToLower(tail), "this ") && !strings.Contains(strings.ToLower(tail), "herein") {
			deferred = true
		}
	}
	return missing, at, deferred
}

// labelCell reports whether s[start:end] stands in a cell of a table row,
// read as a record of its cells under their headers ("Topic: PT
// cancellation; Clause ref: §5.3; What the signed text says: …"), that
// holds nothing but references ("§6.1, §6.2", "Clause 5.3") under a
// header that names a column of references ("Clause ref", "Section"), not
// a term ("Service credits: Section 9.7" is where the credits are) nor
// another document ("Prior Addendum reference: Section 4" leaves the term
// there), beside other cells with words of their own.
func labelCell(s string, start, end int) bool {
	from := 0 // (the row's first cell)
	if i := strings.LastIndex(s[:start], "; "); i >= 0 {
		from = i + 2
	}
	to := strings.Index(s[end:], "; ")
	if to < 0 {
		to = len(s)
	} else {
		to += end
	}
	h, v, ok := strings.Cut(s[from:to], ": ")
	if !ok || len(strings.Fields(h)) > 4 || !reRefColumn.MatchString(h) || reExternalDoc.MatchString(h) || reOtherDocColumn.MatchString(h) {
		return false
	}
	return reRefsOnlyCell.MatchString(v) && len(strings.Fields(s[:from]+" "+s[to:])) >= 4
}

// reRefColumn: a column header that names where the row's terms stand
// ("Clause ref", "Section", "Reference", "§").
var reRefColumn = lazyre.New(`(?i)(?:\bref(?:erence)?s?\b|\bclauses?\b|\bsections?\b|\barticles?\b|§)`)

// reOtherDocColumn: a column header that names another document ("Prior
// Addendum reference", "Original clause").
var reOtherDocColumn = lazyre.New(`(?i)\b(?:prior|original|existing|previous|earlier|old|current)\b`)

// reRefsOnlyCell: a cell of clause references alone ("§3.1", "§6.1, §6.2",
// "Clause 5.3 and 5.4", "Sections 2.1-2.3").
var reRefsOnlyCell = lazyre.New(`(?i)^\s*(?:(?:§{1,2}|clauses?|sections?|articles?|paras?\.?|paragraphs?|cl\.|s\.)?\s*\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z0-9]{1,4}\))*\s*(?:,|;|&|and|to|-|–|/)?\s*)+$`)

// reSubPartOf: a part of a schedule named before it ("Part 2 of", "Paragraph
// 3 of the").
var reSubPartOf = lazyre.New(`(?i)\b((?:part|paragraph|section)\s+[\dA-Z]{1,4})\s+of\s+(?:the\s+)?$`)

// hollowSubPart: the schedule, exhibit or annex target has a paragraph
// opened by label ("Part 2 — Migration Credit.") that is only a reserved
// mark or a placeholder.
func (rg *Reading) hollowSubPart(target, label string) bool {
	// the same target is named from many sentences; the answer depends
	// on the draft only
	return rg.cached("subpart\x00"+target+"\x00"+label, func() bool { return rg.hollowSubPartUncached(target, label) })
}

func (rg *Reading) hollowSubPartUncached(target, label string) bool {
	target = strings.ToLower(strings.TrimSpace(target))
	label = strings.ToLower(strings.Join(strings.Fields(label), " "))
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind != document.KindPart || strings.ToLower(c.ID) != target && strings.ToLower(c.Number) != target {
			continue
		}
		// the schedule's clauses, and the parts read after it that are its
		// own ("Part 1 —", "Part 2 —" under "EXHIBIT D"), up to the next
		// schedule
		texts := []string{c.Text}
		for _, k := range rg.doc.Clauses[i+1:] {
			if isAncestor(rg.byID, c.ID, k.ID) {
				texts = append(texts, k.Text)
				continue
			}
			if k.Kind != document.KindPart || reAttachment.MatchString(k.ID) {
				break
			}
			texts = append(texts, k.ID+" "+k.Heading+"\n"+k.Text)
		}
		for _, t := range texts {
			for _, ln := range strings.Split(t, "\n") {
				if rest, ok := afterLabel(ln, label); ok {
					return isOmitted(rest, rg.reader) || len(rg.reader.scan(rest).cues["placeholder"]) > 0 && len(strings.Fields(rest)) <= 12
				}
			}
		}
	}
	return false
}

// afterLabel: the words of a line opened by label (lower case) and a title
// ended by a full stop or colon ("**Part 2 — Migration Credit.** [Reserved.]"
// gives "[Reserved.]").
func afterLabel(line, label string) (string, bool) {
	t := strings.TrimLeft(strings.TrimSpace(line), "*_#> \t")
	if len(t) < len(label) || strings.ToLower(t[:len(label)]) != label {
		return "", false
	}
	t = t[len(label):]
	if r, _ := utf8.DecodeRuneInString(t); t != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return "", false // "Part 21", not "Part 2"
	}
	stop := strings.IndexAny(t, ".:")
	if stop < 0 || stop > 80 {
		return "", false
	}
	return strings.Trim(t[stop+1:], "*_ "), true
}

// hollowPart: the draft has the schedule, exhibit or annex a reference
// names, but only as a heading over a placeholder or a reserved mark.
// reservedSection: the one clause numbered target is reserved or
// omitted, as it reads in force, and nothing under it has text.
func (rg *Reading) reservedSection(target string) bool {
	// the same target is named from many sentences; the answer depends
	// on the draft only
	return rg.cached("reserved\x00"+target, func() bool { return rg.reservedSectionUncached(target) })
}

func (rg *Reading) reservedSectionUncached(target string) bool {
	ids := rg.byNumber[normNum(target)]
	if len(ids) != 1 {
		return false
	}
	c := rg.byID[ids[0]]
	if c == nil || c.Kind == document.KindPart {
		return false
	}
	text := c.Text
	if e := rg.eff[c.ID]; e != nil {
		if e.deleted {
			return true
		}
		if len(e.extra) > 0 {
			return false
		}
		text = e.text
	}
	if !isOmitted(withoutBracketNotes(strings.TrimSpace(stripHeading(text, c.Heading))), rg.reader) {
		return false
	}
	for i := range rg.doc.Clauses {
		k := &rg.doc.Clauses[i]
		if k.ID != c.ID && isAncestor(rg.byID, c.ID, k.ID) && strings.TrimSpace(stripHeading(k.Text, k.Heading)) != "" {
			return false
		}
	}
	return true
}

// cached is f's answer for key, computed once per reading.
func (rg *Reading) cached(key string, f func() bool) bool {
	if v, ok := rg.memos[key]; ok {
		return v
	}
	if rg.memos == nil {
		rg.memos = map[string]bool{}
	}
	v := f()
	rg.memos[key] = v
	return v
}

func (rg *Reading) hollowPart(target string) bool {
	// the same target is named from many sentences; the answer depends
	// on the draft only
	return rg.cached("hollow\x00"+target, func() bool { return rg.hollowPartUncached(target) })
}

func (rg *Reading) hollowPartUncached(target string) bool {
	target = strings.ToLower(strings.TrimSpace(target))
	if target == "" {
		return false
	}
	// found: a placeholder or reserved mark was read (a heading over no
	// text at all may have its content after it, as parts of its own)
	found := false
	for i := range rg.doc.Clauses {
		c := &rg.doc.Clauses[i]
		if c.Kind != document.KindPart || strings.ToLower(c.ID) != target && strings.ToLower(c.Number) != target {
			continue
		}
		if first := strings.SplitN(strings.TrimSpace(c.Text), "\n", 2)[0]; reNotAttached.MatchString(first) || reNotAttached.MatchString(c.Heading) {
			// "Annex C: to follow (not attached to this summary).", a
			// list of the annexes: "Annex 4 — PT Service Credits (to follow)"
			return true
		}
		for j := range rg.doc.Clauses {
			k := &rg.doc.Clauses[j]
			if k != c && !isAncestor(rg.byID, c.ID, k.ID) {
				continue
			}
			t := strings.TrimSpace(stripHeading(k.Text, k.Heading))
			switch {
			case t == "":
				continue
			case isOmitted(t, rg.reader) || reBlank.MatchString(t) && len(reBlank.ReplaceAllString(t, "")) < 3:
			case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && strings.Count(t, "[") == 1 && len(strings.Fields(t)) <= 12:
				// an editor's note in brackets: "[To be attached prior to signature]"
			case len(rg.reader.scan(t).cues["placeholder"]) > 0 && len(strings.Fields(t)) <= 12:
				// "TBD", "To be agreed."
			default:
				return false
			}
			found = true
		}
	}
	return found
}

func quoteOf(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const max = 600
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// isHeaderRow reports whether a table's first row names its columns: short
// cells, none a sentence or a figure.
func isHeaderRow(row []string) bool {
	for _, c := range row {
		c = strings.TrimSpace(c)
		// ("No.", "Ref." are abbreviations, not sentences)
		// ("Published on-demand rate (USD per 1M tokens, input / output)"
		// is a header: its words in brackets describe the unit)
		// ("Price of credits, as discount from standalone PT rate" names a
		// column; "The notice period … is at least 90 Working Days" states
		// a term)
		if len(strings.Fields(reParenthetical.ReplaceAllString(c, ""))) > 8 || strings.HasSuffix(c, ".") && len(strings.Fields(c)) > 2 {
			return false
		}
		for _, f := range extract.ReadFacts(c) {
			if f.Kind == "money" || f.Kind == "percent" || f.Kind == "duration" {
				return false
			}
		}
	}
	return true
}

var (
	// reDefsHeading: a heading over definitions
	reDefsHeading = lazyre.New(`(?i)\b(definitions?|interpretation|glossary|defined terms)\b`)
)

var reParenthetical = lazyre.New(`\([^()]*\)`)

// figuresHeader: a first row whose cells name columns at more length
// ("Price of credits, as discount from standalone PT rate") over rows that
// each carry a figure: a header all the same. A cell with a verb states a
// term instead.
func figuresHeader(header []string, rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	for _, c := range header {
		c = strings.TrimSpace(c)
		if len(strings.Fields(reParenthetical.ReplaceAllString(c, ""))) > 12 || reFiniteVerb.MatchString(c) || strings.HasSuffix(c, ".") || strings.HasSuffix(c, ":") {
			return false
		}
		for _, f := range extract.ReadFacts(c) {
			if f.Kind == "money" || f.Kind == "percent" || f.Kind == "duration" {
				return false
			}
		}
	}
	for _, r := range rows {
		figure := false
		for _, c := range r {
			for _, f := range extract.ReadFacts(c) {
				figure = figure || f.Kind == "money" || f.Kind == "percent"
			}
		}
		if !figure {
			return false
		}
	}
	return true
}

// reFiniteVerb: a verb that makes words a sentence, not a column's name.
var reFiniteVerb = lazyre.New(`(?i)\b(?:is|are|was|were|shall|will|may|must|has|have|can|cannot|does|do)\b`)

// topSection is the number of the top-level section a clause is in ("9"
// for 9.2(a)).
func (rg *Reading) topSection(id string) string {
	seen := map[string]bool{}
	c := rg.byID[id]
	var numbered *document.Clause // the highest ancestor with a number
	for c != nil && !seen[c.ID] {
		seen[c.ID] = true
		if c.Number != "" {
			numbered = c
		}
		if c.ParentID == "" || rg.byID[c.ParentID] == nil {
			break
		}
		c = rg.byID[c.ParentID]
	}
	if c == nil {
		return ""
	}
	if c.Number == "" && numbered != nil {
		// "9. Term Schedule" that a rendering hung under the heading
		// before it ("SLIDE 8 — …"): the section is 9
		c = numbered
	}
	return sectionKey(c)
}

// sectionKey is the key of a top-level section in the sections a draft
// says bind or not: its number, with the word for a part ("part 4").
func sectionKey(c *document.Clause) string {
	n := strings.TrimSuffix(c.Number, ".")
	if n == "" {
		if m := reSlideID.FindStringSubmatch(c.ID); m != nil {
			n = m[1] // "Slide 5 — Risk terms": the deck calls it slide 5
		}
	}
	prefix := ""
	if f := strings.Fields(n); len(f) == 2 {
		switch strings.ToLower(f[0]) {
		case "part":
			prefix = "part " // "PART 2": the draft calls it "Part 2"
			n = f[1]
		case "section", "article", "slide":
			n = f[1]
		}
	} else if c.Kind == document.KindPart && strings.HasPrefix(strings.ToLower(c.ID), "part ") {
		prefix = "part "
	}
	if i := strings.IndexByte(n, '.'); i > 0 {
		n = n[:i]
	}
	if n == "" {
		return ""
	}
	return prefix + n
}

// sectionListed: the key under which the draft says whether the section a
// clause is in binds: its top-level section, or, where that is a part,
// the numbered section in the part ("Section 4" of a draft that numbers
// its sections through its parts).
func (rg *Reading) sectionListed(id string) (string, bool) {
	top := rg.topSection(id)
	if top != "" && rg.listedBinding(top) {
		return top, true
	}
	if !strings.HasPrefix(top, "part ") {
		return "", false
	}
	seen := map[string]bool{}
	var inner *document.Clause
	for c := rg.byID[id]; c != nil && !seen[c.ID]; c = rg.byID[c.ParentID] {
		seen[c.ID] = true
		if c.Number != "" && c.Kind != document.KindPart {
			inner = c
		}
	}
	if inner == nil {
		return "", false
	}
	k := sectionKey(inner)
	return k, k != "" && rg.listedBinding(k)
}

// reSlideID: a clause that is a slide of a deck ("Slide 5 — …").
var reSlideID = lazyre.New(`(?i)^slide\s+(\d{1,3})\b`)

// operative reports whether a sentence states a term: a modal verb, or a
// statement of fact about two or more of the playbook's concepts.
func operative(st *Statement, p *parsed, whole bool) bool {
	if reMeans.MatchString(st.Quote) || reParenDef.MatchString(st.Quote) && len(p.concepts) < 3 {
		return false // "… ("AWS") and … ("Customer")": the parties
	}
	if st.Modality != Declarative {
		return true
	}
	set := map[string]bool{}
	for _, o := range st.Occs {
		if o.Concept != "aws" && o.Concept != "bedrock" && o.Role != RoleOther {
			set[o.Concept] = true
		}
	}
	if strings.Contains(st.Quote, " | ") && len(set) >= 2 && st.hasFact("money") {
		// "2 | Amazon Bedrock Guardrails, per 1M text units | USD 0.15":
		// a priced row of an order table is a term with no verb
		return true
	}
	if whole && strings.Contains(st.Quote, " | ") && len(set) >= 3 && !rowUnsettled(st.Quote) {
		// "3 | Token metering | Billable tokens = input + output tokens …
		// System prompts: billed as input tokens.", in a draft that is one
		// table of terms under its title: a row states its term in
		// fields, without a verb
		return true
	}
	return len(set) >= 2 && p.hasVerb(0, len(p.toks))
}

// shortTitle: a sentence of at most n words, closed by one full stop, that
// reads as a heading and records no status ("Refunds.", not "Agreed.").
func shortTitle(s string, n int) bool {
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && len(strings.Fields(s)) <= n &&
		isHeadingText(s) && !reStatusWord.MatchString(s)
}

// bareTitle: a sentence that is a short title and nothing else ("Pre-purchase
// credits."): no figure, no field separator.
func bareTitle(s string) bool {
	s = strings.TrimSpace(s)
	return shortTitle(s, 5) && !strings.ContainsAny(s, "0123456789%$€£:;|…—–") && !strings.Contains(s, " - ") && titleOnly(s)
}

// lineRunIn: sentence sp opens a line of t, the sentence after it goes on
// on the same line, and sp reads as a heading ("[B] Refunds.", "Token
// counting."), not as a term ("Agreed.", "Yes.").
func lineRunIn(t string, sp, next span) bool {
	if sp.start > 0 && t[sp.start-1] != '\n' || strings.Contains(t[sp.end:next.start], "\n") {
		return false
	}
	h := strings.TrimSpace(t[sp.start:sp.end])
	if i := strings.IndexAny(h, ":;"); i >= 0 && i < len(h)-1 {
		// "Pool: one US-dollar pool.": a field and its value, a term
		return false
	}
	first := []rune(strings.TrimLeft(h, "[(*_ "))
	return shortTitle(h, 6) && len(first) > 0 && unicode.IsUpper(first[0])
}

// reStatusWord: a word that answers or records a status ("Nadia —
// accepted.").
var reStatusWord = lazyre.New(`(?i)\b(yes|no|agreed|accepted|rejected|declined|confirmed|noted|open|closed|deleted|reserved|omitted|intentionally|not applicable|n/a|none|tbd|tbc|pending|done|ok|okay|withdrawn|settled|resolved|dropped|struck)\b`)

// runIn reports whether a clause's heading was read from the start of its
// own text: a list item's ("(a) Claude models: …").
func runIn(c *document.Clause) bool {
	n := strings.TrimSpace(c.Number)
	return strings.HasPrefix(n, "(") && len(strings.Fields(c.Heading)) <= 6 && strings.TrimSpace(c.Text) != ""
}

// reYesNo: an answer that opens with yes or no ("Yes, on eight weeks'
// notice …", "No.").
var reYesNo = lazyre.New(`(?i)^\W*(?:(?:a|answer|response|reply)\s*[:.]\s*)?(yes|no)\b[\s.,;:—–-]*`)

// reLimitedYes: what follows a yes that limits it to cases the answer
// states after it ("in one case", "in part", "with exceptions"); "Yes,
// only where …" states its case itself and is read with the question.
var reLimitedYes = lazyre.New(`(?i)^(?:in\s+(?:one|some|certain|limited|specific|two|a\s+few)\s+(?:case|cases|circumstances?|situations?)|in\s+part\b|partly\b|partially\b|to\s+a\s+limited\s+extent\b|with\s+(?:conditions|limits|exceptions)\b)`)

// reAskAux: a question's opening auxiliary ("Can", "Does", "Will").
var reAskAux = lazyre.New(`(?i)^(can|may|will|shall|must|does|do|is|are|could|would|should|has|have)\s+(.*)$`)

// reQuestionLabel: a question's number or label ("Q22.", "Question 9:",
// "Frage 9 / Question 9").
var reQuestionLabel = lazyre.New(`(?is)^.*?\b(?:q\d{1,3}\s*[.:)–—-]?|q\s*[:.]|question\s+\d{1,3}\s*[.:)–—-]?|question\s*:)\s*`)

// answerRead returns the text an answer is read as: the question turned
// into the statement it asks about, affirmed or denied by the answer's
// yes or no, with the rest of the answer. "Can Norrland cancel a PT
// Commitment?" + "Yes, on eight weeks' notice" reads "Norrland can cancel
// a PT Commitment, on eight weeks' notice"; "Can AWS use our prompts to
// train its models?" + "No." reads "AWS can not use our prompts to train
// its models". A question without a party to be its subject is not turned.
func (rg *Reading) answerRead(question, answer string) (string, bool) {
	m := reYesNo.FindStringSubmatch(answer)
	if m == nil {
		return "", false
	}
	q := strings.TrimSpace(strings.TrimSuffix(question, "?"))
	if i := strings.LastIndex(q, "\n"); i >= 0 {
		q = q[i+1:] // the question's own line
	}
	q = reQuestionLabel.ReplaceAllString(q, "")
	am := reAskAux.FindStringSubmatch(strings.TrimLeft(q, "*_ "))
	if am == nil {
		return "", false
	}
	aux, rest := strings.ToLower(am[1]), am[2]
	p := rg.reader.scan(rest)
	rg.namedParties(p)
	if len(p.parties) == 0 || p.parties[0].start > 2 {
		return "", false // the subject is no party ("Is PT covered …?")
	}
	subjEnd := p.toks[p.parties[0].end-1].End
	if aux == "do" || aux == "does" {
		aux = map[string]string{"do": "do", "does": "does"}[aux]
	}
	neg := ""
	if strings.EqualFold(m[1], "no") {
		neg = " not"
	}
	tail := strings.TrimSpace(answer[len(m[0]):])
	if neg == "" && reLimitedYes.MatchString(tail) {
		// "Yes, in one case. Customer may cancel … where …": the yes
		// grants the question only in the case the answer goes on to
		// state, which is the term; the question as asked is not
		return "", false
	}
	out := strings.TrimSpace(rest[:subjEnd]) + " " + aux + neg + " " + strings.TrimSpace(rest[subjEnd:])
	if tail != "" {
		out += ", " + tail
	} else {
		out += "."
	}
	return out, true
}

// definesHere: clause c is where term t is defined.
func (rg *Reading) definesHere(c *document.Clause, t string) bool {
	for _, d := range rg.Definitions {
		if d.Term == t && d.Clause == c.ID {
			return true
		}
	}
	return false
}

// inlineItem: target names an item of a clause that holds its items in its
// own text ("3.01(a)" where clause 3.01 reads "(a) … (b) …").
func (rg *Reading) inlineItem(target string) bool {
	m := reInlineItemRef.FindStringSubmatch(target)
	if m == nil {
		return false
	}
	for _, id := range rg.byNumber[normNum(m[1])] {
		if k := rg.byID[id]; k != nil && strings.Contains(k.Text, "("+m[2]+")") {
			return true
		}
	}
	return false
}

var reInlineItemRef = lazyre.New(`^(\d{1,3}(?:\.\d{1,3})*)\(([a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)$`)
