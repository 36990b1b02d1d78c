package quantities

import (
	"math"
	"strconv"
	"strings"
)

// interval is the range of values a written figure allows, from how it is
// written: a figure is rounded to its last written digit ("$2.4 million"
// to a tenth of a million, "174" to a unit), or, when its digits end in
// zeros and it is hedged or runs to thousands ("about 60", "2,100
// protesters"), to its last digit that is not zero. "$240 million" and
// "$250 million" are two values; "4,200" may be 4,180. A hedge widens it:
// "about 4,200" is 4,100 to 4,300, not 15% either side.
func interval(q Quantity) (lo, hi float64) {
	v := q.Value
	unit, decimal := writtenUnit(q)
	var hw float64
	switch {
	case decimal:
		hw = unit / 2 // "$2.4 million": to a tenth of a million
	case unit > 1:
		// "$240 million", "2,100": rounded, but a round figure is no
		// licence for a quarter either side.
		hw = math.Min(unit/2, 0.025*math.Abs(v))
	}
	switch q.Approx {
	case About:
		hw = math.Max(unit/2, 0.025*math.Abs(v))
	case AtLeast:
		return v, math.Inf(1)
	case AtMost:
		return 0, v
	case Nearly:
		return v - unit - 0.05*math.Abs(v), v
	case Vague:
		return v, v * 10
	}
	return v - hw, v + hw
}

// writtenUnit is the value of a figure's last written digit that counts,
// and whether it is a decimal: its last decimal, else its last digit that
// is not a zero when the figure is hedged or has four digits or more, else
// a unit; times its multiplier ("billion"). A figure in words ("twelve")
// is a unit.
func writtenUnit(q Quantity) (unit float64, decimal bool) {
	digits := writtenDigits(q.Text)
	if digits == "" {
		return 1, false
	}
	sc := scale(q)
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		return sc * math.Pow(10, -float64(len(digits)-i-1)), true
	}
	whole := strings.ReplaceAll(digits, ",", "")
	if q.Approx == Exact && len(whole) < 4 {
		return sc, false
	}
	zeros := len(whole) - len(strings.TrimRight(whole, "0"))
	if zeros == len(whole) {
		zeros = 0
	}
	return sc * math.Pow(10, float64(zeros)), false
}

// writtenDigits returns the first run of digits, commas and points in s.
func writtenDigits(s string) string {
	j := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if j < 0 {
		return ""
	}
	k := j
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.' && k+1 < len(s) && s[k+1] >= '0' && s[k+1] <= '9' || s[k] == ',') {
		k++
	}
	return strings.TrimRight(s[j:k], ",")
}

// scale is the multiplier written after the digits of q ("billion": 1e9).
func scale(q Quantity) float64 {
	j := strings.IndexFunc(q.Text, func(r rune) bool { return r >= '0' && r <= '9' })
	if j < 0 {
		return 1
	}
	k := j
	for k < len(q.Text) && (q.Text[k] >= '0' && q.Text[k] <= '9' || q.Text[k] == '.' || q.Text[k] == ',') {
		k++
	}
	w, err := strconv.ParseFloat(strings.ReplaceAll(q.Text[j:k], ",", ""), 64)
	if err != nil || w == 0 {
		return 1
	}
	return q.Value / w
}
