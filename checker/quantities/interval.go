package quantities

import (
	"math"
	"strconv"
	"strings"
)

// interval is the range of values a written figure allows.
func interval(q Quantity) (lo, hi float64) {
	v := q.Value
	hw := 0.0
	if v >= 100 || strings.Contains(q.Text, ".") {
		hw = 0.025 * math.Abs(v)
	}
	if i := strings.IndexByte(q.Text, '.'); i >= 0 {
		digits := 0
		for _, c := range q.Text[i+1:] {
			if c < '0' || c > '9' {
				break
			}
			digits++
		}
		hw = math.Max(hw, scale(q)*math.Pow(10, -float64(digits))/2)
	}
	switch q.Approx {
	case About:
		hw = math.Max(hw, math.Max(0.15*v, 1))
	case AtLeast:
		return v, math.Inf(1)
	case AtMost:
		return 0, v
	case Nearly:
		return 0.85 * v, v
	case Vague:
		return v, v * 10
	}
	return v - hw, v + hw
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
