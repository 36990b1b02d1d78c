package input

import (
	"testing"
	"time"
)

func TestParseMarkdown(t *testing.T) {
	runParse(t, Markdown, []parseCase{
		{name: "front matter date", raw: "---\ntitle: \"A: b\"\ndate: 2026-02-04\n---\nBody text.",
			text: "Body text.", date: day(2026, 2, 4), source: "front-matter"},
		{name: "front matter rfc3339 and comment", raw: "---\ndate: 2026-02-04T08:00:00Z # filed\n...\nBody.",
			text: "Body.", date: time0800(), source: "front-matter"},
		{name: "toml front matter", raw: "+++\ndate = \"2026-02-04\"\n+++\nBody.",
			text: "Body.", date: day(2026, 2, 4), source: "front-matter"},
		{name: "nested date key ignored", raw: "---\nmeta:\n  date: 2026-02-04\n---\nBody.", text: "Body."},
		{name: "unclosed front matter is text", raw: "---\ndate: 2026-02-04\nBody.",
			text: "date: 2026-02-04 Body."},
		{name: "headings", raw: "# Title #\n\nIntro.\n\nSub\n===\n\n## Two\nText.",
			text: "Title\n\nIntro.\n\nSub\n\nTwo\n\nText."},
		{name: "hard wraps join", raw: "He will visit Canada in the first\nhalf of 2025,  officials said\r\non Monday.",
			text: "He will visit Canada in the first half of 2025, officials said on Monday."},
		{name: "emphasis", raw: "*One* **two** _three_ __four__ ***five*** ~~six~~ snake_case_name 5 * 3 = 15",
			text: "One two three four five six snake_case_name 5 * 3 = 15"},
		{name: "code", raw: "Run `go test` or ``a ` b`` now; `unclosed",
			text: "Run go test or a ` b now; `unclosed"},
		{name: "links and images", raw: "See [the *report*](https://x.org/a_(b) \"T\") and ![alt](i.png) [ref][r] [Ref] [no link] done.\n\n[r]: https://r.org\n[ref]: <https://ref.org> 'x'",
			text: "See the report and ref Ref [no link] done."},
		{name: "autolink and html", raw: "Mail <a@b.org> or <https://x.org>; <span class=\"x\">inline</span> <br/> text.",
			text: "Mail a@b.org or https://x.org; inline text."},
		{name: "br is a space", raw: "one<br>two<BR/>three", text: "one two three"},
		{name: "escapes and entities", raw: "\\*not emphasis\\* AT&amp;T &copy; &bogus; 1\\. x \\\nend",
			text: "*not emphasis* AT&T © &bogus; 1. x end"},
		// as CommonMark reads them: a comment that starts a block runs to
		// its end over blank lines; one inside a paragraph must close there
		{name: "comments dropped", raw: "<!-- editor's note\n\nstill hidden -->\nFirst. <!-- inline --> Second.\n\nBefore <!-- open\n\nshown --> after.",
			text: "First. Second.\n\nBefore <!-- open\n\nshown --> after."},
		{name: "blockquote and lists", raw: "> Quoted line\n> continues.\n\n- one\n- two\n  wraps\n1. first\n2) second\n\nPara 2026.\n2026. wrapped year.",
			text: "Quoted line continues.\n\none\n\ntwo wraps\n\nfirst\n\nsecond\n\nPara 2026. 2026. wrapped year."},
		{name: "fenced code dropped", raw: "Text.\n\n```go\nfmt.Println(\"x\")\n```\n~~~\nmore\n~~~\nAfter.",
			text: "Text.\n\nAfter."},
		{name: "script and style blocks", raw: "One.\n\n<script type=\"x\">\nvar a = 1;\n\nvar b;\n</script>\n<style>p {}</style>\nTwo.",
			text: "One.\n\nTwo."},
		{name: "table cells are blocks", raw: "Results:\n\n| Party | Seats |\n|:------|------:|\n| Blue \\| Green | 42 |\n|  | *7* |\n\nAfter.",
			text: "Results:\n\nParty\n\nSeats\n\nBlue | Green\n\n42\n\n7\n\nAfter."},
		{name: "thematic break", raw: "One.\n\n---\n\nTwo.\n\n* * *\nThree.", text: "One.\n\nTwo.\n\nThree."},
		{name: "nbsp", raw: "Feb.\u00a04", text: "Feb. 4"},
		{name: "invalid utf8", raw: "caf\xe9 *x* \xff", text: "caf\xe9 x \xff"},
		{name: "empty", raw: "", text: ""},
	})
}

func time0800() time.Time { return time.Date(2026, 2, 4, 8, 0, 0, 0, time.UTC) }
