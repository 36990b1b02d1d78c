package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRangeAfterApposedEnd: a comma closing the first end's apposition
// ("from Thursday, Aug. 11, to Sunday, Aug. 14") still joins the two ends
// into one range, and a yearless end takes the start's year (the next one
// when its month comes earlier), whatever its weekday alone would pick.
func TestRangeAfterApposedEnd(t *testing.T) {
	ref := time.Date(2021, 8, 5, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ src, from, to string }{
		{"The 2022 fair will run from Thursday, Aug. 11, to Sunday, Aug. 14, organisers said.", "2022-08-11", "2022-08-15"},
		{"Talks ran from Jan. 3, 2019, until March 5, 2020, officials said.", "2019-01-03", "2020-03-06"},
		{"The 2022 congress is set to meet from Monday, Nov. 28, through Friday, Dec. 2, in the capital.", "2022-11-28", "2022-12-03"},
		{"The exhibition will be open from Oct. 30, 2021, to Jan. 9 at the city museum.", "2021-10-30", "2022-01-10"},
	} {
		found := false
		for _, e := range Resolve(tt.src, ref, Options{}) {
			if e.Granularity == GrainRange {
				found = true
				assert.Equal(t, tt.from, e.From.Format("2006-01-02"), tt.src)
				assert.Equal(t, tt.to, e.To.Format("2006-01-02"), tt.src)
				for _, p := range e.Parts {
					assert.False(t, strings.HasSuffix(p.Text, ","), "an end closes before its comma: "+p.Text)
				}
			}
		}
		assert.True(t, found, tt.src)
	}
}
