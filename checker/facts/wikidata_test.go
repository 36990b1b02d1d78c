package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readAll(t *testing.T, names ...string) [][]byte {
	var out [][]byte
	for _, n := range names {
		raw, err := os.ReadFile(filepath.Join("testdata", n))
		require.NoError(t, err)
		out = append(out, raw)
	}
	return out
}

// TestImportWikidata reads entity files in Wikidata's format: label and
// aliases, the preferred birth date at its precision, offices with start
// and end qualifiers (a deprecated one dropped), citizenship, and labels
// of the positions and countries whose files are given.
func TestImportWikidata(t *testing.T) {
	names := []string{"Q990001.json", "Q990200.json", "Q990100.json", "Q990002.json"}
	f, err := ImportWikidata(readAll(t, names...), names)
	require.NoError(t, err)
	require.Len(t, f.People, 2)
	p := f.People[0]
	assert.Equal(t, "Ilona Marwick", p.Name)
	assert.Equal(t, []string{"Ilona J. Marwick", "Marwick"}, p.Forms)
	assert.Equal(t, Date{1971, 4, 9}, p.Born, "the preferred statement wins")
	assert.Equal(t, "Valdoria", p.Nationality)
	require.Len(t, p.Offices, 2, "the deprecated office is dropped")
	assert.Equal(t, Office{Title: "mayor of Port Alder", From: Date{2014, 6, 1}, To: Date{2019, 11, 0}}, stripLine(p.Offices[0]))
	assert.Equal(t, "Q990201", p.Offices[1].Title, "a position whose file is not given keeps its ID")
	assert.Equal(t, Date{2019, 11, 20}, p.Offices[1].From)
	assert.True(t, p.Offices[1].To.IsZero())
	assert.Equal(t, Date{Year: 1958}, f.People[1].Born, "a year-precision date")
}

func stripLine(o Office) Office { o.line = 0; return o }

func TestImportWikidataErrors(t *testing.T) {
	_, err := ImportWikidata([][]byte{[]byte("{not json")}, []string{"bad.json"})
	assert.ErrorContains(t, err, "bad.json: not Wikidata entity JSON")
	names := []string{"Q990200.json"}
	_, err = ImportWikidata(readAll(t, names...), names)
	assert.ErrorContains(t, err, "no person")
}
