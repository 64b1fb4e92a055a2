package app

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/clausecheck/clausecheck/internal/safefile"
)

// IgnoreFile is the name of the file that lists, in a directory given to
// check (or any directory under it), what the walk leaves out.
const IgnoreFile = ".clausecheckignore"

// ignoreRule is one line of an ignore file: a glob (as path.Match: *, ?,
// [...]) matched against the base name at any depth when it has no "/",
// else against the path from the ignore file's directory; a trailing "/"
// matches directories only.
type ignoreRule struct {
	base    string // the directory of the ignore file
	pattern string
	dirOnly bool
	file    string
	line    int
}

// readIgnore reads dir's ignore file, if it has one.
func readIgnore(dir string) ([]ignoreRule, error) {
	path := filepath.Join(dir, IgnoreFile)
	data, err := safefile.Read(path, 1<<20)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rules []ignoreRule
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "!") {
			return nil, fmt.Errorf("%s:%d: negated patterns (%q) are not supported", path, i+1, line)
		}
		r := ignoreRule{base: dir, file: path, line: i + 1}
		r.dirOnly = strings.HasSuffix(line, "/")
		r.pattern = strings.TrimPrefix(strings.TrimSuffix(line, "/"), "/")
		if _, err := filepath.Match(r.pattern, ""); err != nil {
			return nil, fmt.Errorf("%s:%d: %q: %w", path, i+1, line, err)
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// ignored reports whether an ignore rule leaves p out of the walk.
func ignored(rules []ignoreRule, p string, isDir bool) bool {
	for _, r := range rules {
		if r.dirOnly && !isDir {
			continue
		}
		rel, err := filepath.Rel(r.base, p)
		if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		rel = filepath.ToSlash(rel)
		name := rel
		if !strings.Contains(r.pattern, "/") {
			name = filepath.Base(p)
		}
		if ok, _ := filepath.Match(r.pattern, name); ok {
			return true
		}
	}
	return false
}
