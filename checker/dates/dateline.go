package dates

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	wordlex "github.com/copydesk/copydesk/checker/lexicon"
)

// Dateline is the place-and-date line that opens wire copy:
// "MOSCOW, Feb. 4 (Reuters) -" or "GENEVA, March 3, 2026 —".
type Dateline struct {
	// Start and End are the byte offsets of the date within the text.
	Start, End int
	// Month and Day as written; Year is 0 when the dateline has none.
	Month time.Month
	Day   int
	Year  int
}

// datelineRE reads a dateline: a place (capitals or mixed case, with an
// optional region: "LONDON", "London", "SPRINGFIELD, Ill."), a comma or a
// dash, an optional weekday, the date month first or day first ("Feb. 4,
// 2026", "4 February 2026", "Wed 4 Feb 2026", or numeric with a year,
// "4/2/2026"), an optional agency in
// brackets, and the dash that ends the dateline. Month and weekday names
// come from the lexicon.
var datelineRE = func() *regexp.Regexp {
	months := names(wordlex.Months)
	days := names(wordlex.Weekdays)
	place := `[\p{Lu}][\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,4}`
	region := `(?:, [\p{L}][\p{L} .'’-]{0,30}?)?`
	sep := `(?:,\s*|\s+(?:-{1,2}|—|–)\s+)`
	weekday := `(?:(?:` + days + `)\.?,?\s+)?`
	mdy := `(?P<mon>` + months + `)\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?`
	dmy := `(?P<day2>\d{1,2})\s+(?P<mon2>` + months + `)\.?(?:,?\s+(?P<year2>\d{4}))?`
	numeric := `(?P<n1>\d{1,2})(?P<sep>[/.])(?P<n2>\d{1,2})(?:/|\.)(?P<year3>\d{4})`
	tail := `\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*(?:-{1,2}|—|–)`
	return regexp.MustCompile(`^` + place + region + sep + weekday + `(` + mdy + `|` + dmy + `|` + numeric + `)` + tail)
}()

// names returns the words of a lexicon class, capitalised, longest first,
// as alternatives of a regular expression ("September|Sept|Sep|...").
func names(c wordlex.Class) string {
	ws := wordlex.Default().Words(c)
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) || len(ws[i]) == len(ws[j]) && ws[i] < ws[j] })
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, "|")
}

// FindDateline looks for a dateline at the start of one of the first few
// non-empty lines of text (a headline may stand above it). dayFirst reads
// a numeric date ("4/2/2026") as day/month, as the resolver does.
func FindDateline(text string, dayFirst bool) (Dateline, bool) {
	off := 0
	for n := 0; n < 4 && off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		if strings.TrimSpace(line) != "" {
			n++
			if len(line) > 300 {
				line = line[:300]
			}
			if d, ok := readDateline(line, off, dayFirst); ok {
				return d, true
			}
		}
		off += end + 1
	}
	return Dateline{}, false
}

// readDateline reads a dateline at the start of line, which starts at byte
// off of the text.
func readDateline(line string, off int, dayFirst bool) (Dateline, bool) {
	m := datelineRE.FindStringSubmatchIndex(line)
	if m == nil {
		return Dateline{}, false
	}
	group := func(name string) string {
		i := datelineRE.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return line[m[2*i]:m[2*i+1]]
	}
	if group("n1") != "" {
		return numericDateline(group("n1"), group("n2"), group("year3"), off+m[2], off+m[3], dayFirst)
	}
	mon, day, year := group("mon"), group("day"), group("year")
	if mon == "" {
		mon, day, year = group("mon2"), group("day2"), group("year2")
	}
	n, _, ok := wordlex.Default().Number(wordlex.Months, strings.ToLower(mon))
	if !ok {
		return Dateline{}, false
	}
	d := Dateline{Start: off + m[2], End: off + m[3], Month: time.Month(n)}
	d.Day, _ = strconv.Atoi(day)
	if year != "" {
		d.Year, _ = strconv.Atoi(year)
	}
	return d, d.Day >= 1 && d.Day <= 31
}

// numericDateline reads "4/2/2026" month first, or day first when asked.
func numericDateline(a, b, year string, start, end int, dayFirst bool) (Dateline, bool) {
	mon, _ := strconv.Atoi(a)
	day, _ := strconv.Atoi(b)
	if dayFirst {
		mon, day = day, mon
	}
	y, _ := strconv.Atoi(year)
	d := Dateline{Start: start, End: end, Month: time.Month(mon), Day: day, Year: y}
	return d, mon >= 1 && mon <= 12 && day >= 1 && day <= 31
}

// Date returns the dateline's date. Without a year it takes the year, of
// the one before, the same and the one after near's, that puts the date
// nearest to near, but no more than a month after it (copy is filed before
// it is read, embargoes aside). ok is false when the date does not exist.
func (d Dateline) Date(near time.Time) (t time.Time, ok bool) {
	valid := func(y int) (time.Time, bool) {
		t := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d.Day
	}
	if d.Year != 0 {
		return valid(d.Year)
	}
	var best time.Time
	found := false
	for _, y := range []int{near.Year() - 1, near.Year(), near.Year() + 1} {
		t, ok := valid(y)
		if !ok || t.After(near.AddDate(0, 1, 0)) {
			continue
		}
		if !found || absDur(t.Sub(near)) < absDur(best.Sub(near)) {
			best, found = t, true
		}
	}
	return best, found
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
