package docx

import (
	"encoding/xml"
	"strings"
)

// style is what the reader needs of one w:style.
type style struct {
	id, name, typ, basedOn string
	numID, ilvl            int
	hasNum, hasIlvl        bool
	outline                int // pPr/outlineLvl, -1 when absent
	vanish                 int // rPr/vanish: -1 unset, 0 off, 1 on
}

type styles struct {
	byID         map[string]*style
	defaultPara  string // styleId of the default paragraph style
	maxChainHops int
}

func newStyles() *styles {
	return &styles{byID: map[string]*style{}, maxChainHops: 16}
}

func (s *styles) parse(d *decoder) error {
	var cur *style
	var stack []string
	return d.each(func(se xml.StartElement, end bool) error {
		if end {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if se.Name.Local == "style" && len(stack) == 1 {
				cur = nil
			}
			return nil
		}
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, se.Name.Local)
		if !isW(se.Name) {
			return nil
		}
		if se.Name.Local == "style" && len(stack) == 2 {
			cur = &style{id: attr(se, "styleId"), typ: attr(se, "type"), outline: -1, vanish: -1}
			if _, dup := s.byID[cur.id]; !dup {
				s.byID[cur.id] = cur
			}
			if cur.typ == "paragraph" && onOffAttr(se, "default") && s.defaultPara == "" {
				s.defaultPara = cur.id
			}
			return nil
		}
		if cur == nil || len(stack) < 3 {
			return nil
		}
		// Only direct properties of the style, not its tracked old properties.
		for _, n := range stack {
			if strings.HasSuffix(n, "Change") {
				return nil
			}
		}
		switch se.Name.Local {
		case "name":
			if parent == "style" {
				cur.name = attr(se, "val")
			}
		case "basedOn":
			if parent == "style" {
				cur.basedOn = attr(se, "val")
			}
		case "numId":
			if parent == "numPr" {
				cur.numID, cur.hasNum = intAttr(se, "val")
			}
		case "ilvl":
			if parent == "numPr" {
				cur.ilvl, cur.hasIlvl = intAttr(se, "val")
			}
		case "outlineLvl":
			if parent == "pPr" {
				if v, ok := intAttr(se, "val"); ok {
					cur.outline = v
				}
			}
		case "vanish":
			if parent == "rPr" {
				cur.vanish = 0
				if onOff(se) {
					cur.vanish = 1
				}
			}
		}
		return nil
	})
}

func onOffAttr(se xml.StartElement, local string) bool {
	switch strings.ToLower(attr(se, local)) {
	case "1", "true", "on":
		return true
	}
	return false
}

// chain returns the style and its basedOn ancestors, cycle-safe.
func (s *styles) chain(id string) []*style {
	var out []*style
	for i := 0; i < s.maxChainHops && id != ""; i++ {
		st := s.byID[id]
		if st == nil {
			break
		}
		for _, seen := range out {
			if seen == st {
				return out
			}
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// paraStyle returns the styleId that applies to a paragraph.
func (s *styles) paraStyle(id string) string {
	if id != "" {
		if _, ok := s.byID[id]; ok {
			return id
		}
	}
	return s.defaultPara
}

// name returns the display name of a style: w:name, with Word's lower-case
// built-in names ("heading 1") shown as Word shows them ("Heading 1").
func (s *styles) name(id string) string {
	st := s.byID[id]
	if st == nil {
		return id
	}
	n := st.name
	if n == "" {
		return id
	}
	if n == strings.ToLower(n) {
		words := strings.Fields(n)
		for i, w := range words {
			if w[0] >= 'a' && w[0] <= 'z' {
				words[i] = string(w[0]-'a'+'A') + w[1:]
			}
		}
		n = strings.Join(words, " ")
	}
	return n
}

// outline returns the heading level of a paragraph style: "heading N" → N,
// else outlineLvl+1 found along the basedOn chain; 0 if none.
func (s *styles) outline(id string) int {
	for _, st := range s.chain(id) {
		if st.outline >= 0 {
			return outlineLevel(st.outline)
		}
		n := strings.ToLower(st.name)
		if len(n) == 9 && strings.HasPrefix(n, "heading ") && n[8] >= '1' && n[8] <= '9' {
			return int(n[8] - '0')
		}
	}
	return 0
}

func outlineLevel(v int) int {
	if v < 0 || v > 8 {
		return 0 // 9 is "body text"
	}
	return v + 1
}

// numPr returns the numbering a paragraph style carries (via basedOn):
// numId from the first style that sets it, and ilvl when that style or a
// later one sets it.
func (s *styles) numPr(id string) (numID int, ilvl int, hasNum, hasIlvl bool, from string) {
	for _, st := range s.chain(id) {
		if !hasIlvl && st.hasIlvl {
			ilvl, hasIlvl = st.ilvl, true
		}
		if st.hasNum {
			return st.numID, ilvl, true, hasIlvl, st.id
		}
	}
	return 0, ilvl, false, hasIlvl, ""
}

// hidden reports whether a character style hides its runs.
func (s *styles) hidden(id string) bool {
	for _, st := range s.chain(id) {
		if st.vanish >= 0 {
			return st.vanish == 1
		}
	}
	return false
}
