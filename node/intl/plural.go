package intl

import (
	"strconv"
	"strings"
	"sync"
)

// Plural rules are CLDR's (supplemental plurals.json / ordinals.json), parsed once per locale.

type pluralOperands struct {
	n          float64
	i, v, w    int64
	f, t, c    int64
	isInfinite bool
}

// operandsOf reads the operands from a plain decimal string such as "12.50" (no sign, no
// exponent); exp is the compact exponent (operand c/e).
func operandsOf(s string, exp int) pluralOperands {
	var op pluralOperands
	op.c = int64(exp)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i+1:]
	}
	op.n, _ = strconv.ParseFloat(s, 64)
	if len(intPart) > 15 {
		intPart = intPart[len(intPart)-15:]
	}
	op.i, _ = strconv.ParseInt(intPart, 10, 64)
	op.v = int64(len(frac))
	if len(frac) > 15 {
		frac = frac[:15]
	}
	op.f, _ = strconv.ParseInt("0"+frac, 10, 64)
	tf := strings.TrimRight(frac, "0")
	op.w = int64(len(tf))
	op.t, _ = strconv.ParseInt("0"+tf, 10, 64)
	return op
}

func pow10f(e int) float64 {
	r := 1.0
	for ; e > 0; e-- {
		r *= 10
	}
	return r
}

type pluralRule struct {
	category string
	or       [][]relation // or of and-lists
}

type relation struct {
	operand byte
	mod     int64
	negate  bool
	ranges  [][2]float64
}

type pluralRules struct {
	rules      []pluralRule
	categories []string
}

var (
	pluralMu    sync.Mutex
	pluralCache = map[string]*pluralRules{}
)

// rulesFor returns the rules for a language ("" chain handled by the caller), ordinal or cardinal.
func rulesFor(lang string, ordinal bool) *pluralRules {
	key := lang
	if ordinal {
		key += "/o"
	}
	pluralMu.Lock()
	defer pluralMu.Unlock()
	if r, ok := pluralCache[key]; ok {
		return r
	}
	s := supplementalData()
	table := s.Plurals
	if ordinal {
		table = s.Ordinals
	}
	src := table[lang]
	if src == nil {
		if i := strings.IndexByte(lang, '-'); i > 0 {
			src = table[lang[:i]]
		}
	}
	r := &pluralRules{}
	order := []string{"zero", "one", "two", "few", "many", "other"}
	for _, cat := range order {
		text, ok := src["pluralRule-count-"+cat]
		if !ok {
			continue
		}
		r.categories = append(r.categories, cat)
		if cat == "other" {
			continue
		}
		if i := strings.IndexByte(text, '@'); i >= 0 {
			text = text[:i]
		}
		r.rules = append(r.rules, pluralRule{category: cat, or: parseCondition(text)})
	}
	if len(r.categories) == 0 {
		r.categories = []string{"other"}
	}
	pluralCache[key] = r
	return r
}

func parseCondition(text string) [][]relation {
	var out [][]relation
	for _, andPart := range strings.Split(text, " or ") {
		var rels []relation
		for _, rel := range strings.Split(andPart, " and ") {
			rel = strings.TrimSpace(rel)
			if rel == "" {
				continue
			}
			var r relation
			var lhs, rhs string
			if i := strings.Index(rel, "!="); i >= 0 {
				lhs, rhs, r.negate = rel[:i], rel[i+2:], true
			} else if i := strings.IndexByte(rel, '='); i >= 0 {
				lhs, rhs = rel[:i], rel[i+1:]
			} else {
				continue
			}
			lhs = strings.TrimSpace(lhs)
			r.operand = lhs[0]
			if i := strings.IndexAny(lhs, "%"); i >= 0 {
				r.mod, _ = strconv.ParseInt(strings.TrimSpace(lhs[i+1:]), 10, 64)
			} else if i := strings.Index(lhs, "mod"); i >= 0 {
				r.mod, _ = strconv.ParseInt(strings.TrimSpace(lhs[i+3:]), 10, 64)
			}
			for _, rg := range strings.Split(strings.TrimSpace(rhs), ",") {
				rg = strings.TrimSpace(rg)
				if i := strings.Index(rg, ".."); i >= 0 {
					a, _ := strconv.ParseFloat(rg[:i], 64)
					b, _ := strconv.ParseFloat(rg[i+2:], 64)
					r.ranges = append(r.ranges, [2]float64{a, b})
				} else {
					a, _ := strconv.ParseFloat(rg, 64)
					r.ranges = append(r.ranges, [2]float64{a, a})
				}
			}
			rels = append(rels, r)
		}
		out = append(out, rels)
	}
	return out
}

func (op *pluralOperands) value(c byte) (float64, bool) {
	switch c {
	case 'n':
		return op.n, op.n == float64(int64(op.n))
	case 'i':
		return float64(op.i), true
	case 'v':
		return float64(op.v), true
	case 'w':
		return float64(op.w), true
	case 'f':
		return float64(op.f), true
	case 't':
		return float64(op.t), true
	case 'c', 'e':
		return float64(op.c), true
	}
	return 0, true
}

func (rs *pluralRules) selectOp(op pluralOperands) string {
	for _, rule := range rs.rules {
		for _, and := range rule.or {
			ok := true
			for _, r := range and {
				v, isInt := op.value(r.operand)
				if r.mod != 0 {
					if r.operand == 'n' && !isInt {
						// n % m keeps the fraction: it can only match a range when integral
						v = float64(int64(v)%r.mod) + (v - float64(int64(v)))
						isInt = v == float64(int64(v))
					} else {
						v = float64(int64(v) % r.mod)
					}
				}
				in := false
				for _, rg := range r.ranges {
					if rg[0] == rg[1] {
						if v == rg[0] {
							in = true
							break
						}
					} else if isInt && v >= rg[0] && v <= rg[1] {
						in = true
						break
					}
				}
				if in == r.negate {
					ok = false
					break
				}
			}
			if ok {
				return rule.category
			}
		}
	}
	return "other"
}
