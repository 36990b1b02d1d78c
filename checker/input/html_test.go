package input

import (
	"testing"
	"time"
)

func TestParseHTML(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	runParse(t, HTML, []parseCase{
		{name: "article preferred", raw: `<html><head><title>Site</title>
<meta property="article:published_time" content="2026-02-04T09:15:00-05:00"></head>
<body><header>Site header</header><nav><a>Home</a></nav><script>var s = "<p>no</p>";</script>
<article><h1>Title</h1><p>First &amp; <b>bold</b>
 paragraph.</p><nav>inner nav</nav><p>Second<br>line.</p></article>
<aside>Related</aside><footer>Footer</footer></body></html>`,
			text: "Title\n\nFirst & bold paragraph.\n\nSecond\nline.", date: time.Date(2026, 2, 4, 9, 15, 0, 0, est), source: "metadata"},
		{name: "longest article wins", raw: `<article><p>Teaser.</p></article><article><p>The real story is longer.</p></article>`,
			text: "The real story is longer."},
		{name: "main when no article", raw: `<body><div>Menu</div><main><p>Main text.</p><footer>kept in main</footer></main><p>After.</p></body>`,
			text: "Main text.\n\nkept in main"},
		{name: "body when neither", raw: `<body><header>H</header><div>One</div><div>Two <span>three</span></div><footer>F</footer><form>Search</form><template>T</template><noscript>N</noscript></body>`,
			text: "One\n\nTwo three"},
		{name: "time datetime in article", raw: `<body><p><time datetime="2025-01-01">nav date</time></p><article><p>By X, <time datetime="2026-02-04">Feb. 4</time></p><p><time datetime="2026-03-01">later</time></p></article></body>`,
			text: "By X, Feb. 4\n\nlater", date: day(2026, 2, 4), source: "metadata"},
		{name: "time without a date is passed over", raw: `<article><p><time datetime="PT2H">two hours</time> <time datetime="2026-02-04">Feb. 4</time></p></article>`,
			text: "two hours Feb. 4", date: day(2026, 2, 4), source: "metadata"},
		{name: "meta beats time", raw: `<meta name="date" content="2026-02-03"><article><time datetime="2026-02-04">x</time></article>`,
			text: "x", date: day(2026, 2, 3), source: "metadata"},
		{name: "itemprop datePublished", raw: `<meta itemprop="datePublished" content="20260204"><p>x</p>`,
			text: "x", date: day(2026, 2, 4), source: "metadata"},
		{name: "json-ld datePublished", raw: `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2026-02-05","datePublished": "2026-02-04T10:00:00Z"}</script><meta name="date" content="2026-01-01"><p>x</p>`,
			text: "x", date: time.Date(2026, 2, 4, 10, 0, 0, 0, time.UTC), source: "metadata"},
		{name: "bad dates ignored", raw: `<meta property="article:published_time" content="soon"><p>x</p>`, text: "x"},
		{name: "hidden and svg", raw: `<p>A<span hidden>secret</span> <svg><text>svg</text></svg>B<span aria-hidden="true">icon</span></p>`,
			text: "A B"},
		{name: "entities and nbsp", raw: `<p>Feb.&nbsp;4 &ldquo;quoted&rdquo; &#8212; &#x41; AT&ampT &notanentity; a&lt;b</p>`,
			text: "Feb. 4 “quoted” — A AT&T ¬anentity; a<b"},
		{name: "hidden div with nested divs", raw: `<div hidden><div>x</div>secret</div><p>shown</p>`, text: "shown"},
		{name: "unclosed skip ends at its end tag", raw: `<nav><div>menu</nav><p>Text</p>`, text: "Text"},
		{name: "unclosed head", raw: `<html><head><title>T</title><body><p>Body</p>`, text: "Body"},
		{name: "unclosed head, no body tag", raw: `<head><title>T</title><meta charset="utf-8"><p>Body</p>`, text: "Body"},
		{name: "invalid utf8", raw: "<p>caf\xe9 \xff</p>", text: "caf\xe9 \xff"},
		{name: "not html at all", raw: "just text", text: "just text"},
		{name: "empty", raw: "", text: ""},
	})
}
