// Package parity holds gnode's parity tests: small programs run under gnode and compared with
// the output that Node.js v24.21.0 gave for them (see README.md). The runner is parity_test.go;
// this file holds the one normalization both sides go through.
package parity

import (
	"path/filepath"
	"regexp"
	"strings"
)

// Paths are the machine-specific paths that Normalize replaces with placeholders.
type Paths struct {
	Dir  string // the case's absolute directory → <DIR>
	Root string // the repository root → <ROOT>
	Exec string // the binary that ran the case (node or gnode) → <EXEC>
}

var (
	// (node:12345) in warnings.
	pidRe = regexp.MustCompile(`\(node:\d+\)`)
	// "(Use `node --trace-warnings ...`": Node prints basename(argv0), so gnode says gnode.
	useRe = regexp.MustCompile("\\(Use `(?:gnode|node|<EXEC>)(\\.exe)? ")
	// A stack frame inside Node's own code: "    at f (node:internal/…)", "    at node:internal/…",
	// "    at process.emit (node:events:518:28)". gnode's internal frames differ: not compared.
	// util.inspect may end the last frame with " {" (the error has properties) or "," (in an
	// array): that suffix moves to the line before.
	internalFrameRe = regexp.MustCompile(`^\s+at (?:async )?(?:.* \()?node:[A-Za-z0-9_/.:-]*\)?( \{|,)?\s*$`)
	// The header of an error thrown inside Node's own code: "node:internal/errors:543", then the
	// source line and the caret line.
	internalHeaderRe = regexp.MustCompile(`^node:[A-Za-z0-9_/.-]+:\d+$`)
	// V8's async frame of a Promise combinator, which the test runner's own Promise.all adds to
	// every failure inside a suite; gnode's engine keeps no async stack.
	asyncCombinatorFrameRe = regexp.MustCompile(`^\s+(?:at )?async Promise\.(?:all|allSettled|any|race) \(index \d+\)( \{|,)?\s*$`)
	// The same frame as node:test's TAP reporter lists it in a YAML block, without "at ".
	tapInternalFrameRe = regexp.MustCompile(`^(?:#\s+at |\s+)(?:async )?(?:[^\s()]+(?: \[as [^\]]+\])? \()?node:[A-Za-z0-9_/.-]+:\d+:\d+\)?$`)
	// node:test's durations: "✔ name (1.234ms)" in the spec and dot reporters, "duration_ms 12.3"
	// in the summaries, "duration_ms: 1.2" in TAP, time="0.001" in JUnit.
	testDurationRe    = regexp.MustCompile(`(?m)^(\s*(?:\x{2714}|\x{2716}|\x{FE63}|\x{26A0}|\x{25B6}) .*) \(\d+(?:\.\d+)?(?:e-?\d+)?ms\)`)
	testDurationSumRe = regexp.MustCompile(`(?m)^(\s*(?:\x{2139} |# |)duration_ms:? )\d+(?:\.\d+)?(?:e-?\d+)?$`)
	junitTimeRe       = regexp.MustCompile(`(<test(?:case|suite)[^>]* time=")[0-9.e-]+"`)
	// util.inspect's "... 4 lines matching cause stack trace ..." counts internal frames too.
	causeLinesRe = regexp.MustCompile(`\.\.\. \d+ lines? matching cause stack trace \.\.\.`)
)

// Normalize makes one run's stdout or stderr comparable across machines and runtimes: the
// paths in p become <DIR>, <ROOT> and <EXEC>, (node:PID) becomes (node:<PID>), the "(Use `node
// …" hint names node, stack frames pointing into Node's internals are dropped, and the
// "node:internal/x:LINE", source and caret lines heading an error thrown inside Node's own code
// become one "node:<INTERNAL>" line.
func Normalize(s string, p Paths) string {
	if strings.Contains(s, "node:") || strings.Contains(s, "async Promise.") {
		lines := strings.Split(s, "\n")
		var kept []string
		for i := 0; i < len(lines); i++ {
			l := lines[i]
			m := internalFrameRe.FindStringSubmatch(l)
			if m == nil {
				m = asyncCombinatorFrameRe.FindStringSubmatch(l)
			}
			if m != nil {
				if m[1] != "" && len(kept) > 0 {
					kept[len(kept)-1] += m[1]
				}
				continue
			}
			if tapInternalFrameRe.MatchString(l) {
				continue
			}
			if internalHeaderRe.MatchString(l) && i+2 < len(lines) && strings.TrimSpace(lines[i+2]) == "^" {
				kept = append(kept, "node:<INTERNAL>")
				i += 2
				continue
			}
			kept = append(kept, l)
		}
		s = strings.Join(kept, "\n")
	}
	// Most specific first: the binary may sit under the root, and the case dir always does.
	for _, r := range []struct{ path, to string }{{p.Exec, "<EXEC>"}, {p.Dir, "<DIR>"}, {p.Root, "<ROOT>"}} {
		if r.path == "" {
			continue
		}
		s = replacePath(s, r.path, r.to)
		if real, err := filepath.EvalSymlinks(r.path); err == nil && real != r.path {
			s = replacePath(s, real, r.to)
		}
	}
	s = pidRe.ReplaceAllString(s, "(node:<PID>)")
	s = useRe.ReplaceAllString(s, "(Use `node$1 ")
	s = causeLinesRe.ReplaceAllString(s, "... <N> lines matching cause stack trace ...")
	if strings.Contains(s, "duration_ms") || strings.Contains(s, "ms)") {
		s = testDurationRe.ReplaceAllString(s, "$1 (<DUR>ms)")
		s = testDurationSumRe.ReplaceAllString(s, "${1}<DUR>")
	}
	s = junitTimeRe.ReplaceAllString(s, `${1}<DUR>"`)
	return s
}

// replacePath replaces path where it stands as a whole path or a prefix of one (followed by
// "/" or by a character that cannot continue a file name), so /r does not match /run.
func replacePath(s, path, to string) string {
	if !strings.Contains(s, path) {
		return s
	}
	re := regexp.MustCompile(regexp.QuoteMeta(path) + `([^A-Za-z0-9_.\-]|$)`)
	return re.ReplaceAllString(s, strings.ReplaceAll(to, "$", "$$")+"${1}")
}
