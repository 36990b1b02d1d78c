package dates

import (
	"fmt"
	"time"
)

// Granularities of an interval.
const (
	GrainDay     = "day"
	GrainWeek    = "week"
	GrainMonth   = "month"
	GrainQuarter = "quarter"
	GrainHalf    = "half"
	GrainSeason  = "season"
	GrainYear    = "year"
	GrainDecade  = "decade"
	GrainCentury = "century"
	GrainRange   = "range"
	GrainOpen    = "open"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func dayOf(t time.Time) time.Time { return ymd(t.Year(), t.Month(), t.Day()) }

// daysIn is the number of days of month m in year y.
func daysIn(y int, m time.Month) int { return ymd(y, m+1, 0).Day() }

// isoWeekday numbers Monday 1 to Sunday 7.
func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// weekStart is the Monday on or before t.
func weekStart(t time.Time) time.Time {
	return dayOf(t).AddDate(0, 0, -(isoWeekday(int(t.Weekday())) - 1))
}

// shift moves t by n units; months and longer clamp to the month's end.
func shift(t time.Time, unit, n int) time.Time {
	switch unit {
	case uSecond, uMinute, uHour:
		return t
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	}
	months := map[int]int{uMonth: 1, uQuarter: 3, uHalf: 6, uYear: 12, uDecade: 120, uCentury: 1200}[unit] * n
	y, m := t.Year(), int(t.Month())-1+months
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	d := min(t.Day(), daysIn(y, time.Month(m+1)))
	return ymd(y, time.Month(m+1), d)
}

// grainOfUnit is the granularity an offset in unit resolves to.
func grainOfUnit(unit int) string {
	switch unit {
	case uWeek, uFortnight:
		return GrainWeek
	case uWeekend:
		return GrainRange
	case uMonth:
		return GrainMonth
	case uQuarter:
		return GrainQuarter
	case uHalf:
		return GrainHalf
	case uYear:
		return GrainYear
	case uDecade:
		return GrainYear // "a decade ago" is a year
	case uCentury:
		return GrainCentury
	}
	return GrainDay
}

// unitInterval is the calendar unit of granularity g holding t.
func unitInterval(t time.Time, g string) (time.Time, time.Time) {
	y, m := t.Year(), t.Month()
	switch g {
	case GrainWeek:
		s := weekStart(t)
		return s, s.AddDate(0, 0, 7)
	case GrainMonth:
		s := ymd(y, m, 1)
		return s, s.AddDate(0, 1, 0)
	case GrainQuarter:
		s := ymd(y, time.Month((int(m)-1)/3*3+1), 1)
		return s, s.AddDate(0, 3, 0)
	case GrainHalf:
		s := ymd(y, time.Month((int(m)-1)/6*6+1), 1)
		return s, s.AddDate(0, 6, 0)
	case GrainYear:
		return ymd(y, 1, 1), ymd(y+1, 1, 1)
	case GrainDecade:
		return ymd(y/10*10, 1, 1), ymd(y/10*10+10, 1, 1)
	case GrainCentury:
		return ymd(y/100*100, 1, 1), ymd(y/100*100+100, 1, 1)
	}
	d := dayOf(t)
	return d, d.AddDate(0, 0, 1)
}

// seasonInterval: spring from March 1, summer from June 1, fall from
// September 1, each to the solstice or equinox after its third month;
// winter y runs from December of y-1.
func seasonInterval(y, s int) (time.Time, time.Time) {
	switch s {
	case seasonSpring:
		return ymd(y, 3, 1), ymd(y, 6, 21)
	case seasonSummer:
		return ymd(y, 6, 1), ymd(y, 9, 23)
	case seasonFall:
		return ymd(y, 9, 1), ymd(y, 12, 21)
	}
	return ymd(y-1, 12, 1), ymd(y, 3, 21)
}

// value writes the TIMEX3 value of the unit of granularity g holding t.
func value(t time.Time, g string) string {
	y := t.Year()
	switch g {
	case GrainWeek:
		iy, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", iy, w)
	case GrainMonth:
		return fmt.Sprintf("%04d-%02d", y, int(t.Month()))
	case GrainQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(t.Month())-1)/3+1)
	case GrainHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(t.Month())-1)/6+1)
	case GrainYear:
		return fmt.Sprintf("%04d", y)
	case GrainDecade:
		return fmt.Sprintf("%03d", y/10)
	case GrainCentury:
		return fmt.Sprintf("%02d", y/100)
	}
	return t.Format("2006-01-02")
}

// durValue writes a TIMEX3 duration: P3Y, P1DE, PT5H, PXY.
func durValue(n, unit int) string {
	c := "X"
	if n >= 0 {
		c = fmt.Sprint(n)
	}
	switch unit {
	case uSecond:
		return "PT" + c + "S"
	case uMinute:
		return "PT" + c + "M"
	case uHour:
		return "PT" + c + "H"
	case uDay:
		return "P" + c + "D"
	case uWeek:
		return "P" + c + "W"
	case uWeekend:
		return "P" + c + "WE"
	case uFortnight:
		if n >= 0 {
			return fmt.Sprintf("P%dW", 2*n)
		}
		return "PXW"
	case uMonth:
		return "P" + c + "M"
	case uQuarter:
		return "P" + c + "Q"
	case uHalf:
		return "P" + c + "H"
	case uDecade:
		if n >= 0 {
			return fmt.Sprintf("P%dY", 10*n)
		}
		return "PXDE"
	case uCentury:
		if n >= 0 {
			return fmt.Sprintf("P%dY", 100*n)
		}
		return "PXCE"
	}
	return "P" + c + "Y"
}

// halfDurValue writes n and a half units as TIMEX3 writes them: P2Y6M,
// PT5H30M, PT1M30S; units without a smaller whole one take a decimal.
func halfDurValue(n, unit int) string {
	switch unit {
	case uSecond:
		return fmt.Sprintf("PT%d.5S", n)
	case uMinute:
		return fmt.Sprintf("PT%dM30S", n)
	case uHour:
		return fmt.Sprintf("PT%dH30M", n)
	case uDay:
		return fmt.Sprintf("P%dDT12H", n)
	case uYear:
		return fmt.Sprintf("P%dY6M", n)
	case uDecade:
		return fmt.Sprintf("P%dY", 10*n+5)
	case uCentury:
		return fmt.Sprintf("P%dY", 100*n+50)
	}
	v := durValue(n, unit)
	i := len(v) - 1
	for i > 0 && (v[i] < '0' || v[i] > '9') {
		i--
	}
	return v[:i+1] + ".5" + v[i+1:]
}

var dayPartCode = [...]string{"", "MO", "AF", "EV", "NI"}
