package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"text/tabwriter"
)

func fmtMs(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

func fmtMB(kb float64) string { return fmt.Sprintf("%.1f", kb/1024) }

func fmtRatio(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	return fmt.Sprintf("%.2f×", v)
}

func statCell(s *Stat, f func(float64) string) string {
	if s == nil {
		return "–"
	}
	if s.Min == s.Max {
		return f(s.Median)
	}
	return fmt.Sprintf("%s (%s–%s)", f(s.Median), f(s.Min), f(s.Max))
}

// cell shows a runtime's stat, or why there is none.
func cell(r *RunResult, pick func(*RunResult) *Stat, f func(float64) string) string {
	switch {
	case r == nil:
		return ""
	case r.Skipped != "":
		return "skipped"
	case r.Error != "":
		return "error"
	}
	return statCell(pick(r), f)
}

func ratio(a, b *RunResult, pick func(*RunResult) *Stat) string {
	if !a.ok() || !b.ok() || pick(a) == nil || pick(b) == nil || pick(b).Median == 0 {
		return "–"
	}
	return fmtRatio(pick(a).Median / pick(b).Median)
}

func wall(r *RunResult) *Stat { return r.Wall }
func rss(r *RunResult) *Stat  { return r.RSS }
func rps(r *RunResult) *Stat  { return r.RPS }
func p99(r *RunResult) *Stat  { return r.P99 }

func hasRaw(cr *CategoryResult) bool {
	for _, cs := range cr.Cases {
		if cs.Runtimes["raw"] != nil {
			return true
		}
	}
	return false
}

func hasHTTP(cr *CategoryResult) bool {
	for _, cs := range cr.Cases {
		if cs.Kind == "http" {
			return true
		}
	}
	return false
}

// rows builds a category's table: a header row and one row per case.
func rows(cr *CategoryResult) [][]string {
	raw := hasRaw(cr)
	head := []string{"script", "gnode ms", "node ms", "gnode/node"}
	if raw {
		head = []string{"script", "gnode ms", "raw goja ms", "node ms", "gnode/node", "gnode/raw"}
	}
	head = append(head, "gnode RSS MB", "node RSS MB", "RSS gnode/node", "check")
	out := [][]string{head}
	httpRows := [][]string{{"server", "gnode req/s", "node req/s", "req/s gnode/node", "gnode p99 ms", "node p99 ms", "p99 gnode/node", "gnode RSS MB", "node RSS MB", "RSS gnode/node", "check"}}
	for _, cs := range cr.Cases {
		g, n, r := cs.Runtimes["gnode"], cs.Runtimes["node"], cs.Runtimes["raw"]
		check := checkCell(cs)
		if cs.Kind == "http" {
			httpRows = append(httpRows, []string{cs.Name, cell(g, rps, fmt0), cell(n, rps, fmt0), ratio(g, n, rps),
				cell(g, p99, fmt2), cell(n, p99, fmt2), ratio(g, n, p99),
				cell(g, rss, fmtMB), cell(n, rss, fmtMB), ratio(g, n, rss), check})
			continue
		}
		row := []string{cs.Name, cell(g, wall, fmtMs)}
		if raw {
			row = append(row, cell(r, wall, fmtMs))
		}
		row = append(row, cell(n, wall, fmtMs), ratio(g, n, wall))
		if raw {
			row = append(row, ratio(g, r, wall))
		}
		row = append(row, cell(g, rss, fmtMB), cell(n, rss, fmtMB), ratio(g, n, rss), check)
		out = append(out, row)
	}
	if len(httpRows) > 1 {
		if len(out) > 1 {
			out = append(out, nil) // separator: a second table follows
		} else {
			out = nil
		}
		out = append(out, httpRows...)
	}
	return out
}

func fmt0(v float64) string { return fmt.Sprintf("%.0f", v) }
func fmt2(v float64) string { return fmt.Sprintf("%.2f", v) }

func checkCell(cs *CaseResult) string {
	g, n := cs.Runtimes["gnode"], cs.Runtimes["node"]
	switch {
	case cs.Mismatch != "":
		return "MISMATCH"
	case g.ok() && n.ok():
		return "ok"
	case g.Skipped != "" || g.Error != "":
		return "–"
	}
	return "?"
}

// notes lists skips, errors and mismatches under a table; one message shared by several
// scripts is listed once.
func notes(cr *CategoryResult) []string {
	var order []string
	who := map[string][]string{}
	add := func(name, msg string) {
		if _, seen := who[msg]; !seen {
			order = append(order, msg)
		}
		who[msg] = append(who[msg], name)
	}
	for _, cs := range cr.Cases {
		for _, rt := range []string{"gnode", "raw", "node"} {
			r := cs.Runtimes[rt]
			if r == nil {
				continue
			}
			if r.ok() && len(r.Samples) < cr.Runs {
				add(cs.Name, fmt.Sprintf("on %s: %d measured runs (slower than -slow)", rt, len(r.Samples)))
			} else if r.ok() && len(r.Samples) > cr.Runs {
				add(cs.Name, fmt.Sprintf("on %s: %d measured runs (fast script)", rt, len(r.Samples)))
			}
			if r.Error != "" {
				add(cs.Name, fmt.Sprintf("on %s: error: %s", rt, r.Error))
			} else if r.Skipped != "" && !(rt == "node" && strings.HasPrefix(r.Skipped, "not run")) && cr.Skipped == "" {
				add(cs.Name, fmt.Sprintf("on %s: %s", rt, r.Skipped))
			}
		}
		if cs.Mismatch != "" {
			add(cs.Name, "MISMATCH: "+cs.Mismatch)
		}
	}
	var out []string
	for _, msg := range order {
		names := who[msg]
		if len(names) == len(cr.Cases) && len(names) > 1 {
			names = []string{"all scripts"}
		}
		out = append(out, strings.Join(names, ", ")+" "+msg)
	}
	return out
}

func categoryTitle(cr *CategoryResult) string {
	return fmt.Sprintf("%s — %d runs each after %d warm-up, alternating; median (min–max)", cr.Name, cr.Runs, cr.Warmup)
}

func textTable(cr *CategoryResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", categoryTitle(cr))
	if cr.Skipped != "" {
		fmt.Fprintf(&b, "%s: %s\n", cr.Name, cr.Skipped)
		return b.String()
	}
	tw := tabwriter.NewWriter(&b, 2, 4, 2, ' ', 0)
	for _, row := range rows(cr) {
		if row == nil {
			tw.Flush()
			b.WriteString("\n")
			continue
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	tw.Flush()
	for _, cs := range cr.Cases {
		fmt.Fprintf(&b, "  %s: %s\n", cs.Name, cs.Command)
	}
	for _, n := range notes(cr) {
		fmt.Fprintf(&b, "  note: %s\n", n)
	}
	return b.String()
}

func writeJSON(path string, set *ResultSet) error {
	b, err := json.MarshalIndent(set, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if path == "-" {
		_, err = os.Stdout.Write(b)
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// mergeInto returns set plus the categories of the JSON file at path that set did not run.
func mergeInto(path string, set *ResultSet) *ResultSet {
	b, err := os.ReadFile(path)
	if err != nil {
		return set
	}
	var old ResultSet
	if json.Unmarshal(b, &old) != nil {
		return set
	}
	if len(set.Categories) == 0 {
		return &old // -category none: render what the file has
	}
	merged := *set
	merged.Categories = nil
	for _, name := range categories {
		if c := set.category(name); c != nil {
			merged.Categories = append(merged.Categories, c)
		} else if c := old.category(name); c != nil {
			merged.Categories = append(merged.Categories, c)
		}
	}
	merged.Command = "(per category, below)"
	return &merged
}

const mdBegin, mdEnd = "<!-- bench:begin -->", "<!-- bench:end -->"

func markdown(set *ResultSet) string {
	var b strings.Builder
	b.WriteString(mdBegin + "\n")
	b.WriteString("<!-- generated by `go run ./bench ... -markdown docs/PERFORMANCE.md`; edits between the markers are overwritten -->\n\n")
	fmt.Fprintf(&b, "- **Machine:** %s\n", set.Machine)
	fmt.Fprintf(&b, "- **Reference:** node %s\n", set.Node)
	fmt.Fprintf(&b, "- **gnode:** %s\n", orDash(set.Gnode))
	fmt.Fprintf(&b, "- **Written:** %s\n\n", set.Date)
	b.WriteString("### Targets\n\n| target | status | measured |\n|---|---|---|\n")
	for _, t := range evalTargets(set) {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", t.Text, t.Status, mdEscape(t.Detail))
	}
	b.WriteString("\n")
	for _, cr := range set.Categories {
		fmt.Fprintf(&b, "### %s\n\n", cr.Name)
		fmt.Fprintf(&b, "`%s` — %s; %d runs each after %d warm-up, alternating gnode/node; median (min–max).  \n", cr.Command, cr.Date, cr.Runs, cr.Warmup)
		fmt.Fprintf(&b, "node %s; gnode %s\n\n", cr.Node, orDash(cr.Gnode))
		if cr.Skipped != "" {
			fmt.Fprintf(&b, "**%s** (scripts: %s)\n\n", cr.Skipped, caseNames(cr))
			continue
		}
		for _, row := range rows(cr) {
			if row == nil {
				b.WriteString("\n")
				continue
			}
			for i := range row {
				row[i] = mdEscape(row[i])
			}
			fmt.Fprintf(&b, "| %s |\n", strings.Join(row, " | "))
			if row[0] == "script" || row[0] == "server" {
				fmt.Fprintf(&b, "|%s\n", strings.Repeat("---|", len(row)))
			}
		}
		b.WriteString("\n")
		for _, cs := range cr.Cases {
			fmt.Fprintf(&b, "- `%s`: `%s`\n", cs.Name, cs.Command)
		}
		for _, n := range notes(cr) {
			fmt.Fprintf(&b, "- %s\n", mdEscape(n))
		}
		b.WriteString("\n")
	}
	b.WriteString(mdEnd + "\n")
	return b.String()
}

func caseNames(cr *CategoryResult) string {
	var names []string
	for _, cs := range cr.Cases {
		names = append(names, cs.Name)
	}
	return strings.Join(names, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

func writeMarkdown(path string, set *ResultSet) error {
	md := markdown(set)
	if path == "-" {
		_, err := os.Stdout.WriteString(md)
		return err
	}
	if old, err := os.ReadFile(path); err == nil {
		s := string(old)
		i, j := strings.Index(s, mdBegin), strings.Index(s, mdEnd)
		if i >= 0 && j > i {
			end := j + len(mdEnd)
			if end < len(s) && s[end] == '\n' {
				end++
			}
			return os.WriteFile(path, []byte(s[:i]+md+s[end:]), 0o644)
		}
	}
	return os.WriteFile(path, []byte("# Performance\n\n"+md), 0o644)
}
