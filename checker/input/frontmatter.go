package input

import (
	"strings"
	"time"
)

// frontMatter reads a YAML (---) or TOML (+++) block at raw[start:] and
// returns its date and where the body begins (start when there is none).
func frontMatter(raw []byte, start int) (time.Time, int) {
	first, next := line(raw, start)
	fence := strings.TrimRight(string(first), " \t\r")
	if fence != "---" && fence != "+++" {
		return time.Time{}, start
	}
	var date time.Time
	for i := next; i < len(raw); {
		l, n := line(raw, i)
		s := strings.TrimRight(string(l), " \t\r")
		if s == fence || fence == "---" && s == "..." {
			return date, n
		}
		if date.IsZero() {
			date = frontMatterDate(s)
		}
		i = n
	}
	return time.Time{}, start // never closed: not front matter
}

// frontMatterKeys are the keys publication dates go by in front matter.
var frontMatterKeys = map[string]bool{
	"date": true, "published": true, "publishdate": true, "pubdate": true,
	"date_published": true, "published_at": true, "publication_date": true,
}

// frontMatterDate reads a top-level "date: 2026-02-04" (YAML) or
// "date = 2026-02-04" (TOML) line.
func frontMatterDate(s string) time.Time {
	k, v, ok := strings.Cut(s, ":")
	if eq := strings.IndexByte(s, '='); eq >= 0 && (!ok || eq < len(k)) {
		k, v, ok = s[:eq], s[eq+1:], true
	}
	if !ok || strings.TrimLeft(k, " \t") != k || !frontMatterKeys[strings.ToLower(strings.TrimSpace(k))] {
		return time.Time{}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	t, _ := parseDate(v)
	return t
}
