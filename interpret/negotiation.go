package interpret

import "regexp"

// reAgreedBlock: a message that presents its terms as the agreed ones.
var reAgreedBlock = regexp.MustCompile(`(?i)\b(final(ly)?[\s-]+agreed|agreed (terms|points|position|list|schedule|wording)|closing list|only (points|terms) agreed|(terms|points) (are|were|have been) agreed|final terms|agreed as (set out|written|follows)|as finally agreed|we have a deal|binding terms|agreed and final)\b`)

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
		if len(p.cues["agreed"]) > 0 && len(p.cues["rejected"]) == 0 {
			b.declares = true
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
		if score >= best {
			agreed, best = i, score
		}
	}
	if agreed < 0 {
		for i := 0; i <= rg.block; i++ {
			if b := blocks[i]; b != nil && b.n >= 3 {
				agreed = i
			}
		}
	}
	if agreed < 0 {
		return
	}
	for _, st := range rg.Statements {
		if st.block != agreed && st.Binding {
			st.Binding, st.Nonbinding = false, "negotiation"
		}
	}
}
