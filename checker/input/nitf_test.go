package input

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseNITF(t *testing.T) {
	at := time.Date(2026, 2, 4, 8, 30, 0, 0, time.UTC)
	runParse(t, NITF, []parseCase{
		{name: "headline and body", raw: `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Head title</title><docdata><date.issue norm="20260204T083000Z"/></docdata>
<pubdata date.publication="20260203T083000Z"/></head>
<body><body.head><hedline><hl1>Headline &amp; more</hl1><hl2>Deck</hl2></hedline><byline>By X</byline></body.head>
<body.content><p>First <person>Anja Holm</person>
 para.</p><media><media-caption>Caption</media-caption></media><p>Second <![CDATA[raw & text]]>.</p></body.content>
<body.end><tagline>Tag</tagline></body.end></body></nitf>`,
			text: "Headline & more\n\nDeck\n\nFirst Anja Holm para.\n\nSecond raw & text.", date: at, source: "metadata"},
		{name: "date.publication when no issue", raw: `<nitf><head><pubdata date.publication="2026-02-04"/></head><body><body.content><p>x</p></body.content></body></nitf>`,
			text: "x", date: day(2026, 2, 4), source: "metadata"},
		{name: "story.date last resort", raw: `<nitf><body><body.head><dateline><story.date norm="20260204">Feb. 4</story.date></dateline></body.head></body></nitf>`,
			date: day(2026, 2, 4), source: "metadata"},
		{name: "html entities tolerated", raw: `<nitf><body><body.content><p>caf&eacute; &#8220;q&#8221;</p></body.content></body></nitf>`,
			text: "café “q”"},
		{name: "latin-1 declared, bytes kept", raw: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.content><p>caf\xe9</p></body.content></body></nitf>",
			text: "caf\xe9"},
	})
}

func TestParseNITFErrors(t *testing.T) {
	for _, raw := range []string{
		"",
		"plain text",
		"<html><body><p>x</p></body></html>",
		"<nitf><body><p>unterminated",
		"<nitf><body></nitf",
	} {
		_, err := Parse([]byte(raw), NITF)
		if assert.Error(t, err, raw) {
			assert.Contains(t, err.Error(), "nitf", raw)
		}
	}
}
