package quantities

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"120,000", 120000, true},
		{"1.5", 1.5, true},
		{"1,234,567.89", 1234567.89, true},
		{"three", 3, true},
		{"twenty-five", 25, true},
		{"a dozen", 12, true},
		{"1.5 million", 1.5e6, true},
		{"2bn", 2e9, true},
		{"3m", 3e6, true},
		{"10k", 1e4, true},
		{"a million", 1e6, true},
		{"two million", 2e6, true},
		{"one hundred and fifty", 150, true},
		{"hundreds", 100, true},
		{"thousands", 1000, true},
		{"hundreds of thousands", 100000, true},
		{"tens of thousands", 10000, true},
		{"200 000", 200000, true},
		{"12,34", 0, false},
		{"1,2345", 0, false},
		{"A320", 0, false},
		{"second", 0, false},
		{"twenty-zero", 0, false},
		{"", 0, false},
		{"a", 0, false},
		{"and", 0, false},
	} {
		got, ok := ParseNumber(c.in)
		if ok != c.ok || math.Abs(got-c.want) > 1e-9*math.Max(1, c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"120,000", "1.5 million", "twenty-five", "a dozen", "2bn", "hundreds of thousands", "1,2,3", "9e999", ".5", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsNaN(v) || v < 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
	})
}
