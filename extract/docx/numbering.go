package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

const numLevels = 9

// level is one w:lvl of an abstract numbering (or of a lvlOverride).
type level struct {
	start    int
	fmt      string // numFmt w:val; "" means decimal
	format   string // numFmt w:format (custom formats, e.g. "001, 002, 003, ...")
	text     string // lvlText w:val with %1..%9 placeholders
	isLgl    bool
	restart  int // lvlRestart w:val; -1 when absent (restart after any higher level)
	pStyle   string
	hasStart bool
}

type abstractNum struct {
	lvls         [numLevels]*level
	numStyleLink string // this definition is a reference to a numbering style
}

type override struct {
	start    int
	hasStart bool
	lvl      *level
}

type num struct {
	abs       string
	overrides map[int]*override
}

// numbering holds numbering.xml.
type numbering struct {
	abs  map[string]*abstractNum
	nums map[int]*num
}

func newNumbering() *numbering {
	return &numbering{abs: map[string]*abstractNum{}, nums: map[int]*num{}}
}

func (nb *numbering) parse(d *decoder) error {
	var (
		stack []string
		curA  *abstractNum
		curN  *num
		curO  *override
		curL  *level
		// mc:AlternateContent: take the first mc:Choice, or the Fallback
		// when there was none.
		acTaken []bool
		skip    int
	)
	return d.each(func(se xml.StartElement, end bool) error {
		if skip > 0 {
			if end {
				skip--
			} else {
				skip++
			}
			if skip > 0 || !end {
				return nil
			}
			stack = stack[:len(stack)-1]
			return nil
		}
		if end {
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "abstractNum":
				curA = nil
			case "num":
				curN = nil
			case "lvlOverride":
				curO = nil
			case "lvl":
				curL = nil
			case "AlternateContent":
				if len(acTaken) > 0 {
					acTaken = acTaken[:len(acTaken)-1]
				}
			}
			return nil
		}
		// The parent, looking through mc:AlternateContent wrappers.
		parent := ""
		for i := len(stack) - 1; i >= 0; i-- {
			if n := stack[i]; n != "AlternateContent" && n != "Choice" && n != "Fallback" {
				parent = n
				break
			}
		}
		local := se.Name.Local
		if se.Name.Space == nsMC {
			switch local {
			case "AlternateContent":
				acTaken = append(acTaken, false)
			case "Choice", "Fallback":
				if n := len(acTaken); n > 0 {
					if acTaken[n-1] {
						skip = 1
						stack = append(stack, local)
						return nil
					}
					acTaken[n-1] = true
				}
			}
			stack = append(stack, local)
			return nil
		}
		stack = append(stack, local)
		if !isW(se.Name) {
			return nil
		}
		switch local {
		case "abstractNum":
			id := attr(se, "abstractNumId")
			curA = &abstractNum{}
			if _, dup := nb.abs[id]; !dup {
				nb.abs[id] = curA
			}
		case "num":
			if parent != "numbering" {
				return nil
			}
			id, ok := intAttr(se, "numId")
			if !ok {
				return nil
			}
			curN = &num{overrides: map[int]*override{}}
			if _, dup := nb.nums[id]; !dup {
				nb.nums[id] = curN
			}
		case "abstractNumId":
			if curN != nil && parent == "num" {
				curN.abs = attr(se, "val")
			}
		case "lvlOverride":
			if curN != nil {
				i, ok := intAttr(se, "ilvl")
				if ok && i >= 0 && i < numLevels {
					curO = &override{}
					curN.overrides[i] = curO
				}
			}
		case "startOverride":
			if curO != nil {
				curO.start, curO.hasStart = intAttr(se, "val")
			}
		case "numStyleLink":
			if curA != nil {
				curA.numStyleLink = attr(se, "val")
			}
		case "lvl":
			i, ok := intAttr(se, "ilvl")
			if !ok || i < 0 || i >= numLevels {
				return nil
			}
			curL = &level{restart: -1}
			switch {
			case curO != nil && parent == "lvlOverride":
				curO.lvl = curL
			case curA != nil && parent == "abstractNum":
				curA.lvls[i] = curL
			default:
				curL = nil
			}
		}
		if curL == nil || parent != "lvl" {
			return nil
		}
		switch local {
		case "start":
			curL.start, curL.hasStart = intAttr(se, "val")
		case "numFmt":
			curL.fmt = attr(se, "val")
			curL.format = attr(se, "format")
		case "lvlText":
			curL.text = attr(se, "val")
		case "isLgl":
			curL.isLgl = onOff(se)
		case "lvlRestart":
			if v, ok := intAttr(se, "val"); ok {
				curL.restart = v
			}
		case "pStyle":
			curL.pStyle = attr(se, "val")
		}
		return nil
	})
}

// list is a numbering instance after following numStyleLink.
type list struct {
	key string // counters are shared by all paragraphs with the same key
	n   *num
	a   *abstractNum
}

// resolve finds the abstract numbering of numId, following numStyleLink
// through the numbering style's numId. Two w:num sharing an abstractNum
// share counters, as in Word, unless a w:num overrides a level.
func (nb *numbering) resolve(numID int, st *styles) (list, bool) {
	n := nb.nums[numID]
	if n == nil {
		return list{}, false
	}
	key := "a" + n.abs
	if len(n.overrides) > 0 {
		key = "n" + strconv.Itoa(numID)
	}
	a := nb.abs[n.abs]
	for hop := 0; a != nil && a.numStyleLink != "" && hop < 4; hop++ {
		id, _, ok, _, _ := st.numPr(a.numStyleLink)
		if !ok {
			break
		}
		n2 := nb.nums[id]
		if n2 == nil || nb.abs[n2.abs] == nil || nb.abs[n2.abs] == a {
			break
		}
		a = nb.abs[n2.abs]
		if len(n.overrides) == 0 {
			key = "a" + n2.abs
		}
	}
	if a == nil {
		return list{}, false
	}
	return list{key: key, n: n, a: a}, true
}

func (l list) level(i int) *level {
	if o := l.n.overrides[i]; o != nil && o.lvl != nil {
		return o.lvl
	}
	return l.a.lvls[i]
}

func (l list) start(i int) int {
	if o := l.n.overrides[i]; o != nil && o.hasStart {
		return o.start
	}
	if lv := l.level(i); lv != nil {
		return lv.start
	}
	return 0
}

// levelForStyle returns the level of the list linked to a paragraph style
// (w:lvl/w:pStyle).
func (l list) levelForStyle(styleID string) (int, bool) {
	if styleID == "" {
		return 0, false
	}
	for i := 0; i < numLevels; i++ {
		if lv := l.level(i); lv != nil && lv.pStyle == styleID {
			return i, true
		}
	}
	return 0, false
}

// counters numbers paragraphs in document order for one view.
type counters struct {
	sets map[string]*counterSet
}

type counterSet struct {
	val  [numLevels]int
	used [numLevels]bool
}

func newCounters() *counters { return &counters{sets: map[string]*counterSet{}} }

// next advances level ilvl of the list and returns the label Word shows.
func (c *counters) next(l list, ilvl int) string {
	set := c.sets[l.key]
	if set == nil {
		set = &counterSet{}
		c.sets[l.key] = set
	}
	if set.used[ilvl] {
		set.val[ilvl]++
	} else {
		set.val[ilvl] = l.start(ilvl)
		set.used[ilvl] = true
	}
	for m := ilvl + 1; m < numLevels; m++ {
		r := -1
		if lv := l.level(m); lv != nil {
			r = lv.restart
		}
		// lvlRestart is one-based: restart when that level or a higher
		// one is used; absent means after any higher level; 0 never.
		if r < 0 || (r > 0 && ilvl < r) {
			set.used[m] = false
		}
	}
	return label(l, set, ilvl)
}

func label(l list, set *counterSet, ilvl int) string {
	lv := l.level(ilvl)
	if lv == nil || lv.fmt == "bullet" {
		return ""
	}
	text := lv.text
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		ch := text[i]
		if ch != '%' || i+1 >= len(text) || text[i+1] < '1' || text[i+1] > '9' {
			b.WriteByte(ch)
			continue
		}
		k := int(text[i+1] - '1')
		i++
		v := l.start(k)
		if k == ilvl || set.used[k] {
			v = set.val[k]
		}
		kl := l.level(k)
		f, custom := "decimal", ""
		if kl != nil {
			f, custom = kl.fmt, kl.format
		}
		if f == "bullet" || f == "none" {
			continue
		}
		if lv.isLgl {
			f, custom = "decimal", ""
		}
		b.WriteString(formatNum(v, f, custom))
	}
	return strings.TrimSpace(b.String())
}

// formatNum renders n in a w:numFmt.
func formatNum(n int, f, custom string) string {
	switch f {
	case "lowerLetter":
		return letters(n, 'a')
	case "upperLetter":
		return letters(n, 'A')
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperRoman":
		return roman(n)
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "ordinal":
		return ordinal(n)
	case "none", "bullet":
		return ""
	case "custom":
		// Word 2010 custom formats such as "001, 002, 003, ...".
		first, _, _ := strings.Cut(custom, ",")
		first = strings.TrimSpace(first)
		if len(first) > 1 && strings.Trim(first, "0123456789") == "" && first[0] == '0' {
			s := strconv.Itoa(n)
			for len(s) < len(first) {
				s = "0" + s
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// letters renders 1→a … 26→z, 27→aa, 28→bb as Word does.
func letters(n int, base byte) string {
	if n <= 0 || n > 780 {
		return strconv.Itoa(n)
	}
	ch := base + byte((n-1)%26)
	return strings.Repeat(string(ch), (n-1)/26+1)
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func ordinal(n int) string {
	s := strconv.Itoa(n)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}
