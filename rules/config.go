package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/clausecheck/clausecheck/internal/safefile"
	"github.com/clausecheck/clausecheck/report"
)

// ConfigFile is the name of the user config file Find looks for.
const ConfigFile = ".clausecheck.yaml"

type rawConfig struct {
	Thresholds map[string]float64 `yaml:"thresholds"`
	Severities map[string]string  `yaml:"severities"`
	Disabled   []string           `yaml:"disabled"`
	Waivers    []rawWaiver        `yaml:"waivers"`
}

type rawWaiver struct {
	Check   string `yaml:"check"`
	Path    string `yaml:"path"`
	Reason  string `yaml:"reason"`
	Expires string `yaml:"expires"`
}

// Waiver accepts a check's verdict for the drafts matching a path glob.
type Waiver struct {
	Check string
	// Path is a slash glob ("*", "?", "**" for any directories), relative to
	// the directory of the config file.
	Path   string
	Reason string
	// Expires is the last day (UTC) the waiver applies; zero means never.
	Expires time.Time
	re      *regexp.Regexp
}

// Expired reports whether the waiver no longer applies at now.
func (w Waiver) Expired(now time.Time) bool {
	return !w.Expires.IsZero() && now.UTC().After(w.Expires.Add(24*time.Hour-time.Nanosecond))
}

// String names the waiver in notices.
func (w Waiver) String() string {
	return fmt.Sprintf("waiver %s %s", w.Check, w.Path)
}

// Config is the validated, immutable user configuration.
type Config struct {
	// Path of the file it was read from ("" for the zero config).
	path       string
	dir        string
	thresholds map[string]float64
	severities map[string]report.Severity
	disabled   map[string]bool
	waivers    []Waiver
}

// Path returns the file the config was read from.
func (c *Config) Path() string {
	if c == nil {
		return ""
	}
	return c.path
}

// Thresholds returns the overrides (a copy).
func (c *Config) Thresholds() map[string]float64 {
	out := map[string]float64{}
	if c != nil {
		for k, v := range c.thresholds {
			out[k] = v
		}
	}
	return out
}

// Severity returns the overridden severity of a check.
func (c *Config) Severity(check string) (report.Severity, bool) {
	if c == nil {
		return "", false
	}
	s, ok := c.severities[check]
	return s, ok
}

// Disabled reports whether a check is turned off.
func (c *Config) Disabled(check string) bool { return c != nil && c.disabled[check] }

// Waivers returns the waivers in file order.
func (c *Config) Waivers() []Waiver {
	if c == nil {
		return nil
	}
	return append([]Waiver(nil), c.waivers...)
}

// Waiver returns the index and value of the first waiver of check matching
// draftPath, expired or not; -1 when none matches.
func (c *Config) Waiver(check, draftPath string) (int, Waiver) {
	if c == nil {
		return -1, Waiver{}
	}
	rel := c.relative(draftPath)
	for i, w := range c.waivers {
		if w.Check == check && w.re.MatchString(rel) {
			return i, w
		}
	}
	return -1, Waiver{}
}

// relative expresses a draft path relative to the config's directory when
// both are of the same kind (absolute or relative), as a slash path.
func (c *Config) relative(p string) string {
	p = filepath.Clean(p)
	if c.dir != "" && filepath.IsAbs(p) == filepath.IsAbs(c.dir) {
		if r, err := filepath.Rel(c.dir, p); err == nil && !strings.HasPrefix(r, "..") {
			p = r
		}
	}
	return filepath.ToSlash(p)
}

// LoadConfig reads and validates a config file. known lists the check ids
// and thresholds of the rules in use, so typos are errors; nil skips that.
func LoadConfig(path string, known *Rules) (*Config, error) {
	data, err := safefile.Read(path, maxRulesFile)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c, err := ParseConfig(data, known)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.path = path
	c.dir = filepath.Dir(filepath.Clean(path))
	return c, nil
}

// ParseConfig decodes and validates config bytes; waiver paths are then
// relative to nothing (matched against the draft path as given).
func ParseConfig(data []byte, known *Rules) (*Config, error) {
	var raw rawConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: %s", ErrInvalid, oneLine(err))
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		// a second document ("---") would be silently ignored otherwise
		return nil, fmt.Errorf("%w: more than one YAML document", ErrInvalid)
	}
	c := &Config{thresholds: map[string]float64{}, severities: map[string]report.Severity{}, disabled: map[string]bool{}}
	checkKnown := func(id string) error {
		if known == nil {
			return nil
		}
		if _, ok := known.checks[id]; !ok {
			return fmt.Errorf("%w: unknown check %q", ErrInvalid, id)
		}
		return nil
	}
	for k, v := range raw.Thresholds {
		if known != nil {
			if _, ok := known.thresholds[k]; !ok {
				return nil, fmt.Errorf("%w: unknown threshold %q (known: %s)", ErrInvalid, k, strings.Join(sortedKeys(known.thresholds), ", "))
			}
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: threshold %s: %v is not a number", ErrInvalid, k, v)
		}
		if err := thresholdRange(k, v); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		c.thresholds[k] = v
	}
	for k, v := range raw.Severities {
		if err := checkKnown(k); err != nil {
			return nil, err
		}
		s, err := ParseSeverity(v)
		if err != nil {
			return nil, fmt.Errorf("%w: severities %s: %v", ErrInvalid, k, err)
		}
		c.severities[k] = s
	}
	for _, id := range raw.Disabled {
		if err := checkKnown(id); err != nil {
			return nil, err
		}
		c.disabled[id] = true
	}
	for i, rw := range raw.Waivers {
		n := i + 1
		if rw.Check == "" {
			return nil, fmt.Errorf("%w: waiver %d: check is required", ErrInvalid, n)
		}
		if err := checkKnown(rw.Check); err != nil {
			return nil, fmt.Errorf("waiver %d: %w", n, err)
		}
		if strings.TrimSpace(rw.Reason) == "" {
			return nil, fmt.Errorf("%w: waiver %d (%s): reason is required", ErrInvalid, n, rw.Check)
		}
		if rw.Path == "" {
			rw.Path = "**"
		}
		re, err := globRegexp(rw.Path)
		if err != nil {
			return nil, fmt.Errorf("%w: waiver %d: %v", ErrInvalid, n, err)
		}
		w := Waiver{Check: rw.Check, Path: rw.Path, Reason: strings.TrimSpace(rw.Reason), re: re}
		if rw.Expires != "" {
			t, err := time.Parse("2006-01-02", rw.Expires)
			if err != nil {
				return nil, fmt.Errorf("%w: waiver %d: expires %q: want YYYY-MM-DD", ErrInvalid, n, rw.Expires)
			}
			w.Expires = t
		}
		c.waivers = append(c.waivers, w)
	}
	return c, nil
}

// globRegexp turns a slash glob into an anchored regexp: "**" crosses
// directories, "*" and "?" do not.
func globRegexp(glob string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(glob); i++ {
		ch := glob[i]
		switch {
		case ch == '*' && i+1 < len(glob) && glob[i+1] == '*':
			i++
			if i+1 < len(glob) && glob[i+1] == '/' {
				i++
				b.WriteString(`(?:.*/)?`)
			} else {
				b.WriteString(`.*`)
			}
		case ch == '*':
			b.WriteString(`[^/]*`)
		case ch == '?':
			b.WriteString(`[^/]`)
		default:
			b.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("path %q: %v", glob, err)
	}
	return re, nil
}

// Find looks for .clausecheck.yaml in the draft's directory and each parent
// directory of the path as given (it never consults the working directory
// beyond resolving a relative path). It returns "" when there is none.
func Find(draftPath string) (string, error) {
	return findIn(osFS{}, draftPath)
}

type statFS interface {
	Stat(name string) (fs.FileInfo, error)
}

type osFS struct{}

func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

func findIn(fsys statFS, draftPath string) (string, error) {
	// Up from the draft's directory to the root of the repository it is in
	// (the first directory holding .git) or of the file system. A relative
	// path climbs through "..", "../..": "cd drafts && clausecheck check
	// x.docx" finds ../.clausecheck.yaml as "check drafts/x.docx" would.
	dir := filepath.Dir(filepath.Clean(draftPath))
	for depth := 0; depth < 256; depth++ {
		p := filepath.Join(dir, ConfigFile)
		fi, err := fsys.Stat(p)
		switch {
		case err == nil && !fi.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("find config: %w", err)
		}
		if gi, err := fsys.Stat(filepath.Join(dir, ".git")); err == nil && gi != nil {
			return "", nil // the repository's root: nothing above it applies
		}
		parent := filepath.Dir(dir)
		if dir == "." || strings.HasSuffix(dir, "..") {
			parent = filepath.Join(dir, "..")
			// at the file system's root ".." is the directory itself
			here, err1 := fsys.Stat(dir)
			up, err2 := fsys.Stat(parent)
			if err1 != nil || err2 != nil || os.SameFile(here, up) {
				return "", nil
			}
		}
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
	return "", nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// thresholdRange refuses a threshold no draft could be held to: a
// negative one (days, percentages), or a percentage above 100.
func thresholdRange(name string, v float64) error {
	switch {
	case v < 0:
		return fmt.Errorf("threshold %s: %v is negative", name, v)
	case strings.HasSuffix(name, "_percent") && v > 100:
		return fmt.Errorf("threshold %s: %v%% is more than 100%%", name, v)
	}
	return nil
}
