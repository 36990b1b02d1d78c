package input

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// htmlSkip are elements whose content is never article text.
var htmlSkip = map[string]bool{
	"script": true, "style": true, "nav": true, "aside": true, "form": true, "noscript": true,
	"template": true, "svg": true, "math": true, "title": true, "iframe": true, "object": true,
	"button": true, "select": true, "textarea": true, "canvas": true, "video": true, "audio": true,
	"head": true, "dialog": true, "menu": true,
}

// htmlVoid are elements that never have content or an end tag.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// htmlBlock are elements that start and end a block of text.
var htmlBlock = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "caption": true,
	"dd": true, "details": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "header": true, "hgroup": true, "hr": true, "li": true, "main": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
	"html": true, "center": true, "dir": true, "menu": true,
}

// Where HTML metadata dates rank: lower wins.
var htmlDateKeys = map[string]int{
	"article:published_time": 0, "og:article:published_time": 0,
	"datepublished": 1,
	"date":          2, "dc.date": 2, "dc.date.issued": 2, "dcterms.created": 2, "dcterms.issued": 2,
	"pubdate": 2, "publish-date": 2, "publishdate": 2, "parsely-pub-date": 2, "sailthru.date": 2,
}

const timeRank = 3 // a <time datetime> in the article

// parseHTML reads an HTML page: the text of its article (the <article>
// with the most text, else <main>, else the body), without scripts,
// styles, navigation, asides, forms and the page's header and footer.
// The publication date is the article:published_time meta, else
// schema.org datePublished (microdata or JSON-LD), else another known date
// meta, else the first <time datetime> in the article.
func parseHTML(raw []byte) (*Doc, error) {
	survey := htmlWalker{raw: raw, target: -1}
	survey.walk()
	w := htmlWalker{raw: raw, target: -1, date: survey.date, dateRank: survey.dateRank}
	best := 0
	for k, n := range survey.articleText {
		if n > best {
			best, w.target = n, k
		}
	}
	if w.target < 0 && survey.mainText > 0 {
		w.useMain = true
	}
	w.emit = true
	w.walk()
	d := w.b.doc()
	if !w.date.IsZero() {
		d.Published, d.PublishedSource = w.date, "metadata"
	}
	return d, nil
}

// htmlWalker streams an HTML page once. Without emit it surveys the page
// (text per article, text in <main>, metadata dates); with emit it writes
// the chosen region's text. It keeps counters and a stack of open skipped
// elements only, so nesting depth costs no recursion.
type htmlWalker struct {
	raw     []byte
	emit    bool
	target  int  // index of the article to read; -1 for none
	useMain bool // read the first <main> (when no article)

	b           builder
	articleText []int // survey: text bytes per top-level article
	mainText    int   // survey: text bytes in the first <main>

	skip      []string       // open skipped elements
	skipCount map[string]int // how many of each are open
	article   int            // -1 before the first article, then index of the current/last
	artDepth  int            // nesting of <article> elements
	mainDepth int
	mains     int // <main> elements seen
	date      time.Time
	dateRank  int
	sawTime   bool
	ldJSON    bool // in a JSON-LD script
}

// ldDatePublished finds a schema.org datePublished in JSON-LD.
var ldDatePublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)

func (w *htmlWalker) walk() {
	if w.date.IsZero() {
		w.dateRank = 99
	}
	w.skipCount = map[string]int{}
	w.article = -1
	z := html.NewTokenizer(bytes.NewReader(w.raw))
	pos := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.TextToken:
			w.text(raw, start)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			w.startTag(z, string(name), hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			w.endTag(string(name))
		}
	}
}

// inRegion reports whether the current position is in the part of the
// page being read.
func (w *htmlWalker) inRegion() bool {
	switch {
	case w.target >= 0:
		return w.artDepth > 0 && w.article == w.target
	case w.useMain:
		return w.mainDepth > 0 && w.mains == 1
	}
	return true
}

func (w *htmlWalker) text(raw []byte, start int) {
	if w.ldJSON && !w.emit {
		if m := ldDatePublished.FindSubmatch(raw); m != nil {
			w.offerDate(string(m[1]), 1)
		}
	}
	if len(w.skip) > 0 {
		return
	}
	if !w.emit {
		n := len(bytes.TrimSpace(raw))
		if w.artDepth > 0 {
			w.articleText[w.article] += n
		}
		if w.mainDepth > 0 && w.mains == 1 {
			w.mainText += n
		}
		return
	}
	if w.inRegion() {
		appendChars(&w.b, raw, start)
	}
}

func (w *htmlWalker) startTag(z *html.Tokenizer, name string, hasAttr bool, selfClosing bool) {
	var attrs map[string]string
	if hasAttr {
		attrs = map[string]string{}
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			if _, dup := attrs[string(k)]; !dup {
				attrs[string(k)] = string(v)
			}
		}
	}
	if name == "meta" && !w.emit {
		for _, key := range []string{"property", "name", "itemprop"} {
			if r, ok := htmlDateKeys[strings.ToLower(attrs[key])]; ok {
				w.offerDate(attrs["content"], r)
			}
		}
	}
	w.ldJSON = name == "script" && strings.EqualFold(attrs["type"], "application/ld+json")
	if name == "body" || w.skipCount["head"] > 0 && htmlBlock[name] {
		// a page whose <head> was never closed starts its body here
		w.skip, w.skipCount = w.skip[:0], map[string]int{}
	}
	if len(w.skip) > 0 || htmlVoid[name] || selfClosing {
		if name == "br" && len(w.skip) == 0 && w.emit && w.inRegion() {
			w.b.breakLine()
		}
		if len(w.skip) > 0 && !htmlVoid[name] && !selfClosing {
			w.push(name) // track nesting, so </div> closes the right one
		}
		return
	}
	_, hidden := attrs["hidden"]
	if htmlSkip[name] || hidden || strings.EqualFold(attrs["aria-hidden"], "true") ||
		(name == "header" || name == "footer") && w.target < 0 && !w.useMain {
		w.push(name)
		return
	}
	switch name {
	case "article":
		if w.artDepth == 0 {
			w.article++
			if !w.emit {
				w.articleText = append(w.articleText, 0)
			}
		}
		w.artDepth++
	case "main":
		w.mains++
		w.mainDepth++
	case "time":
		if w.emit && !w.sawTime && w.inRegion() {
			if dt, ok := attrs["datetime"]; ok {
				r := timeRank
				if strings.EqualFold(attrs["itemprop"], "datePublished") {
					r = 1
				}
				// a datetime that is no date (a duration, a bare time)
				// does not use up the first <time>
				w.sawTime = w.offerDate(dt, r)
			}
		}
	}
	if w.emit && htmlBlock[name] && w.inRegion() {
		w.b.breakBlock()
	}
}

func (w *htmlWalker) endTag(name string) {
	if len(w.skip) > 0 {
		if w.skipCount[name] > 0 {
			for len(w.skip) > 0 {
				top := w.skip[len(w.skip)-1]
				w.skip = w.skip[:len(w.skip)-1]
				w.skipCount[top]--
				if top == name {
					break
				}
			}
		}
		return
	}
	if w.emit && htmlBlock[name] && w.inRegion() {
		w.b.breakBlock()
	}
	switch name {
	case "article":
		if w.artDepth > 0 {
			w.artDepth--
		}
	case "main":
		if w.mainDepth > 0 {
			w.mainDepth--
		}
	case "br": // </br> reads as <br>
		if w.emit && w.inRegion() {
			w.b.breakLine()
		}
	}
}

func (w *htmlWalker) push(name string) {
	w.skip = append(w.skip, name)
	w.skipCount[name]++
}

// offerDate keeps s as the publication date if it parses and ranks better
// than the one held. It reports whether s is a date.
func (w *htmlWalker) offerDate(s string, rank int) bool {
	t, ok := parseDate(s)
	if ok && rank < w.dateRank {
		w.date, w.dateRank = t, rank
	}
	return ok
}
