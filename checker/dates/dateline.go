package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
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

var datelineRE = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{Lu} .'’-]*[\p{Lu}.](?:, [\p{L} .]+?)?,? ` +
	`((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? (\d{1,2})(?:,? (\d{4}))?)` +
	`\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*(?:-{1,2}|—|–)`)

// FindDateline looks for a dateline at the start of one of the first few
// non-empty lines of text (a headline may stand above it).
func FindDateline(text string) (Dateline, bool) {
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
			if m := datelineRE.FindStringSubmatchIndex(line); m != nil {
				mon := time.Month(lexicon[strings.ToLower(line[m[4]:m[4]+3])].v) // the resolver's month table
				day, _ := strconv.Atoi(line[m[6]:m[7]])
				d := Dateline{Start: off + m[2], End: off + m[3], Month: mon, Day: day}
				if m[8] >= 0 {
					d.Year, _ = strconv.Atoi(line[m[8]:m[9]])
				}
				if day >= 1 && day <= 31 {
					return d, true
				}
			}
		}
		off += end + 1
	}
	return Dateline{}, false
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
