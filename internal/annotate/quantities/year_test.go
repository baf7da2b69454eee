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

// TestCategoryAcrossConjunction: the word inside the figure decides when a
// conjunction separates it from a nearer verb of harm.
func TestCategoryAcrossConjunction(t *testing.T) {
	d := analyse("At least 200 people were killed and more than 400 wounded in the fighting.")
	got := map[float64]string{}
	for _, q := range d.Quantities {
		got[q.Value] = q.Category
	}
	if got[200] != "killed" || got[400] != "wounded" {
		t.Errorf("categories %v, want 200 killed and 400 wounded", got)
	}
}
