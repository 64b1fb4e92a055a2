package interpret

import (
	"strings"

	"github.com/clausecheck/clausecheck/document"
	"github.com/clausecheck/clausecheck/internal/lazyre"
)

// partInfo describes a part of the draft: the body, a schedule, an
// amendment …
type partInfo struct {
	key   string // clause ID of the part ("" for the body)
	label string // "Schedule 2 Rate Card"
	kind  string // body, schedule, amendment, side_letter, order_form, master, addendum, part
	order int    // position in the document
}

var (
	reAmendmentPart = lazyre.New(`(?i)\b(amendment|variation|amending agreement|change order|first amendment|second amendment|third amendment|rider)\b`)
	reSideLetter    = lazyre.New(`(?i)\bside letter\b`)
	reOrderForm     = lazyre.New(`(?i)\border form\b`)
	reSchedule      = lazyre.New(`(?i)\b(schedule|exhibit|annexure|annex|appendix|attachment|addendum|supplement)\b`)
	reMaster        = lazyre.New(`(?i)\b(master|framework|general terms|customer agreement|main agreement|principal agreement|services agreement)\b`)
)

// partsOf assigns every clause to its part: the nearest enclosing clause of
// kind part, else the part named in the clause ID ("Schedule A/1.1").
func partsOf(doc *document.Document, byID map[string]*document.Clause) map[string]partInfo {
	out := map[string]partInfo{}
	order := map[string]int{}
	current := "" // the last part opened: it runs until the next one
	captions := termsCaptions(doc)
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if c.Kind == document.KindPart || captions[c.ID] {
			current = c.ID
		}
		key := ""
		seen := map[string]bool{}
		for a := c; a != nil && !seen[a.ID]; a = byID[a.ParentID] {
			seen[a.ID] = true
			if a.Kind == document.KindPart || captions[a.ID] {
				key = a.ID
				break
			}
			if a.ParentID == "" {
				break
			}
		}
		if key == "" {
			if i := strings.Index(c.ID, "/"); i > 0 {
				key = c.ID[:i]
			}
		}
		if key == "" {
			// "## Part 2" then "## 9. …": the heading levels are equal, but the
			// clauses after a part heading belong to it
			key = current
		}
		if _, ok := order[key]; !ok {
			order[key] = len(order)
		}
		label := key
		if p := byID[key]; p != nil {
			label = strings.TrimSpace(p.Number + " " + p.Heading)
		}
		out[c.ID] = partInfo{key: key, label: label, kind: partKind(key, label), order: order[key]}
	}
	return out
}

// termsCaptions are the unnumbered top-level captions that title a set of
// terms printed in the draft ("NORDWIND GMBH - STANDARD TERMS AND
// CONDITIONS OF PURCHASE (EDITION 03/2024)" over clauses 1 to 20; an order
// form's items, then "Bedrock Specific Terms" over sections 1 to 11): parts
// of the document, below which the terms they title are numbered afresh.
func termsCaptions(doc *document.Document) map[string]bool {
	out := map[string]bool{}
	// numbered: a part, or a section numbered as sections are, comes
	// before the caption (not the parties' "(1)" and "(2)", nor recitals)
	numbered := false
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		if c.Kind == document.KindPart || c.Kind == document.KindClause && c.Number != "" && !strings.HasPrefix(c.Number, "(") {
			numbered = true
		}
		if c.Kind != document.KindClause || c.Number != "" || c.ParentID != "" {
			continue
		}
		h := strings.TrimSpace(c.Heading)
		if h == "" {
			h = strings.TrimSpace(c.ID)
		}
		if len(h) >= 120 {
			continue
		}
		if strings.ToUpper(h) == h && reTermsTitle.MatchString(h) ||
			numbered && reTermsEnd.MatchString(h) && restartsNumbering(doc, i) {
			out[c.ID] = true
		}
	}
	return out
}

// restartsNumbering: the first numbered clause after the i-th is numbered
// 1.
func restartsNumbering(doc *document.Document, i int) bool {
	for j := i + 1; j < len(doc.Clauses); j++ {
		if k := &doc.Clauses[j]; k.Number != "" {
			return strings.TrimSuffix(k.Number, ".") == "1"
		}
	}
	return false
}

// reTermsTitle: the title of a set of terms.
var reTermsTitle = lazyre.New(`(?i)\b(?:standard|general|pre-?printed)\s+(?:terms|conditions)\b`)

// reTermsEnd: a caption whose last word names a set of terms ("Bedrock
// Specific Terms", "Terms and Conditions of Supply").
var reTermsEnd = lazyre.New(`(?i)\b(?:terms|conditions)(?:\s+(?:and|&)\s+conditions)?(?:\s+of\s+(?:\w+\s+){0,2}\w+)?$`)

func partKind(key, label string) string {
	if key == "" {
		return "body"
	}
	switch {
	case reAmendmentPart.MatchString(label):
		return "amendment"
	case reSideLetter.MatchString(label):
		return "side_letter"
	case reOrderForm.MatchString(label):
		return "order_form"
	case reMaster.MatchString(label):
		return "master"
	case reSchedule.MatchString(label):
		return "schedule"
	}
	return "part"
}

// stripHeading removes a leading copy of the heading and the label from
// clause text, so "Token Counting. [Intentionally Omitted]" is read as
// omitted.
func stripHeading(text, heading string) string {
	t := strings.TrimSpace(text)
	t = labelRe.ReplaceAllString(t, "")
	if heading != "" && strings.HasPrefix(strings.ToLower(t), strings.ToLower(heading)) {
		t = t[len(heading):]
	}
	return strings.TrimSpace(t)
}

var labelRe = lazyre.New(`^(?:§\s*)?(?:\(?[0-9A-Za-z]{1,4}[.)]?)+(?:\.[0-9]+)*\.?\s+`)

// omitTrim strips what may surround an omission mark: spaces, brackets,
// emphasis, dots, colons and dashes ("[Intentionally Omitted]", "— Reserved —"),
// scanning the ends only (a clause body may be long).
func omitTrim(s string) string {
	return strings.TrimRight(strings.TrimLeft(s, " \t\n\f\r[(*_.:—–-"), " \t\n\f\r])*_.:—–-")
}

// isOmitted reports whether a clause body is nothing but an omission mark
// ("Reserved.", "[Intentionally Omitted]", "Not used").
// reHeadThenMark: a short heading run into a bracketed mark after it
// ("Custom model import [Intentionally Omitted]", a PDF line joined).
var reHeadThenMark = lazyre.New(`^([^.;:,\[\]\n]{1,80}?)\s*(\[[^\[\]]{1,40}\])\s*$`)

func isOmitted(text string, r *reader) bool {
	if m := reHeadThenMark.FindStringSubmatch(strings.TrimSpace(text)); m != nil && len(strings.Fields(m[1])) <= 6 && omittedMark(m[2], r) {
		return true
	}
	// "Model Deprecation. Reserved.": a run-in heading before the word
	if sents := splitSentences(text); len(sents) == 2 && len(strings.Fields(text[sents[0].start:sents[0].end])) <= 6 &&
		!strings.ContainsAny(text[sents[0].start:sents[0].end], ",;:") {
		text = text[sents[1].start:sents[1].end]
	}
	// "Custom Model Import - not used; deleted from these heads of
	// terms.": a run-in heading before a dash, and the mark before the
	// reason given for it
	if m := reRunInDash.FindStringSubmatchIndex(text); m != nil && len(strings.Fields(text[:m[2]])) <= 6 {
		// ("Import fees - none." is a value, not an omitted clause)
		rest := text[m[1]:]
		if nothing[strings.ToLower(omitTrim(rest))] {
			return false
		}
		text = rest
	}
	if i := strings.IndexAny(text, ";"); i > 0 {
		if omittedMark(text[:i], r) {
			return true
		}
	}
	return omittedMark(text, r)
}

// nothing: words that say a value is nil rather than that a clause is gone.
var nothing = map[string]bool{"none": true, "n/a": true, "not applicable": true, "nil": true}

// reRunInDash: the dash after a run-in heading ("Custom Model Import - ").
var reRunInDash = lazyre.New(`^[^.;:\n]{1,80}?(\s+[-–—]\s+)`)

// omittedMark: the words are nothing but an omission mark.
func omittedMark(text string, r *reader) bool {
	t := omitTrim(text)
	if t == "" || len(t) > 40 {
		return false
	}
	p := r.scan(t)
	for _, m := range p.cues["omitted"] {
		if m.start == 0 && m.end == len(p.toks) {
			return true
		}
	}
	return false
}
