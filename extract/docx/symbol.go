package docx

import (
	"strconv"
	"strings"
	"unicode"
)

// symbolFont maps the private-use code points of the Symbol font (w:sym
// w:char="F0xx") that occur in contracts to Unicode.
var symbolFont = map[rune]string{
	0x20: " ", 0x21: "!", 0x23: "#", 0x25: "%", 0x26: "&", 0x28: "(", 0x29: ")",
	0x2B: "+", 0x2C: ",", 0x2D: "−", 0x2E: ".", 0x2F: "/",
	0x3C: "<", 0x3D: "=", 0x3E: ">", 0x5B: "[", 0x5D: "]",
	0x61: "α", 0x62: "β", 0x64: "δ", 0x6D: "μ", 0x70: "π", 0x73: "σ", 0x44: "Δ", 0x53: "Σ", 0x57: "Ω",
	0xA2: "′", 0xA3: "≤", 0xA5: "∞", 0xAC: "←", 0xAE: "→", 0xB0: "°", 0xB1: "±", 0xB2: "″",
	0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈", 0xBC: "…",
	0xD2: "®", 0xD3: "©", 0xD4: "™", 0xE2: "®", 0xE3: "©", 0xE4: "™", 0xA7: "♣",
}

// symbol returns the text of a w:sym, or "" when it has no text equivalent
// (Wingdings and other pictograph fonts).
func symbol(font, char string) string {
	v, err := strconv.ParseUint(strings.TrimSpace(char), 16, 32)
	if err != nil || v == 0 {
		return ""
	}
	r := rune(v)
	f := strings.ToLower(font)
	pua := r >= 0xF000 && r <= 0xF0FF
	if pua {
		r -= 0xF000
	}
	switch {
	case f == "symbol":
		return symbolFont[r]
	case strings.HasPrefix(f, "wingdings") || strings.HasPrefix(f, "webdings") || strings.HasPrefix(f, "marlett"):
		return ""
	}
	if r > unicode.MaxRune || !unicode.IsPrint(r) || (r >= 0xE000 && r <= 0xF8FF) {
		return ""
	}
	return string(r)
}
