package quantities

import "testing"

// TestYearsAreNotFigures: a year before a singular noun is a date, while
// a plain number before a plural noun is a count.
func TestYearsAreNotFigures(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"It violated the 2020 ceasefire statement.", 0},
		{"The 1994 truce held for years.", 0},
		{"About 2000 soldiers crossed the line.", 1},
		{"Some 1950 families were evacuated.", 1},
	}
	for _, tt := range tests {
		d := analyse(tt.text)
		if len(d.Quantities) != tt.want {
			t.Errorf("%q: %d figures, want %d (%+v)", tt.text, len(d.Quantities), tt.want, d.Quantities)
		}
	}
}
