package quantities

import (
	"math"
	"testing"
)

// want is one expected figure: the text of its span, value, unit,
// qualifier and category ("" = any for about).
type want struct {
	text      string
	value     float64
	unit      string
	qualifier string
	category  string
}

func TestFigures(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Officials said 120,000 residents were trapped in the enclave.",
			[]want{{"120,000 residents", 120000, "people", "", "trapped"}}},
		{"Prices rose by 1.5 percent in July.", []want{{"1.5 percent", 1.5, "percent", "", ""}}},
		{"Inflation reached 12% last year.", []want{{"12%", 12, "percent", "", ""}}},
		{"The ministry counted three deaths.", []want{{"three deaths", 3, "deaths", "", "killed"}}},
		{"They waited twenty-five days at the border.", []want{{"twenty-five days", 25, "days", "", ""}}},
		{"A dozen aid trucks crossed on Monday.", []want{{"A dozen aid trucks", 12, "trucks", "", "aid"}}},
		{"The talks produced a two-month truce.", []want{{"two-month", 2, "months", "", ""}}},
		{"It ended a three-decade feud.", []want{{"three-decade", 3, "decades", "", ""}}},
		{"The fund holds 1.5 million euros.", []want{{"1.5 million euros", 1.5e6, "EUR", "", ""}}},
		{"Donors pledged $2bn for reconstruction.", []want{{"$2bn", 2e9, "USD", "", ""}}},
		{"The city lost 3m tonnes of grain.", []want{{"3m tonnes", 3e6, "tonnes", "", ""}}},
		{"A million refugees crossed the border.", []want{{"A million refugees", 1e6, "people", "", "displaced"}}},
		{"About 400 families fled the shelling.", []want{{"About 400 families", 400, "people", "about", "displaced"}}},
		{"Around 50 houses burned.", []want{{"Around 50 houses", 50, "houses", "around", ""}}},
		{"At least 16 people were killed in the strike.", []want{{"At least 16 people", 16, "people", "at least", "killed"}}},
		{"More than 200 people were injured.", []want{{"More than 200 people", 200, "people", "more than", "wounded"}}},
		{"Nearly 30 soldiers are missing.", []want{{"Nearly 30 soldiers", 30, "people", "nearly", "missing"}}},
		{"Up to 40 protesters were arrested.", []want{{"Up to 40 protesters", 40, "people", "up to", "detained"}}},
		{"Some 70 prisoners remain detained.", []want{{"Some 70 prisoners", 70, "people", "some", "detained"}}},
		{"Over 90 villages were emptied.", []want{{"Over 90 villages", 90, "villages", "over", ""}}},
		{"Between 10 and 15 ambulances arrived.", []want{{"Between 10 and 15 ambulances", 10, "ambulances", "", ""}}},
		{"The convoy carried 10-15 tonnes of flour.", []want{{"10-15 tonnes", 10, "tonnes", "", ""}}},
		{"The queue stretched 12 km along the road.", []want{{"12 km", 12, "km", "", ""}}},
		{"The shells fell 5 miles from the capital.", []want{{"5 miles", 5, "miles", "", ""}}},
		{"The siege has lasted 8 months.", []want{{"8 months", 8, "months", "", ""}}},
		{"It has been frozen for three decades.", []want{{"three decades", 3, "decades", "", ""}}},
		{"Prices doubled in the last three years.", []want{{"three years", 3, "years", "", ""}}},
		{"Hundreds were wounded in the clashes.", []want{{"Hundreds", 100, "", "at least", "wounded"}}},
		{"Thousands of people marched.", []want{{"Thousands of people", 1000, "people", "at least", ""}}},
		{"Hundreds of thousands of civilians have been displaced.", []want{{"Hundreds of thousands of civilians", 100000, "people", "at least", "displaced"}}},
		{"Gunmen opened fire, killing 12 civilians.", []want{{"12 civilians", 12, "people", "", "killed"}}},
		{"The raid left 4 dead and 9 wounded.", []want{{"4 dead", 4, "people", "", "killed"}, {"9 wounded", 9, "people", "", "wounded"}}},
		{"The council passed Resolution 2334 in December.", nil},
		{"The war began in 2020 and ended in 2021.", nil},
		{"The meeting was held on 17 August.", nil},
		{"The seventh round of talks failed.", nil},
		{"The second war broke out later.", nil},
		{"The two sides met in Geneva.", nil},
		{"The two countries signed a deal.", nil},
		{"He is the one who signed it.", nil},
		{"One of the envoys left early.", nil},
		{"The blast happened at 10 am.", nil},
		{"Flight 17 was shot down.", nil},
		{"One person died in the fire.", []want{{"One person", 1, "people", "", "killed"}}},
		{"In 2015 2000 people fled.", []want{{"2000 people", 2000, "people", "", "displaced"}}},
	} {
		d := analyse(c.in)
		if len(d.Quantities) != len(c.want) {
			var got []string
			for _, q := range d.Quantities {
				got = append(got, d.Slice(q.Span))
			}
			t.Errorf("%q: got %d figures %q, want %d", c.in, len(d.Quantities), got, len(c.want))
			continue
		}
		for k, w := range c.want {
			q := d.Quantities[k]
			if d.Slice(q.Span) != w.text || math.Abs(q.Value-w.value) > 1e-9*w.value || q.Unit != w.unit ||
				q.Qualifier != w.qualifier || q.Category != w.category {
				t.Errorf("%q: got %q %v %q qual=%q cat=%q; want %+v", c.in, d.Slice(q.Span), q.Value, q.Unit, q.Qualifier, q.Category, w)
			}
		}
	}
}

func TestRange(t *testing.T) {
	d := analyse("Between 10 and 15 ambulances arrived, and 20-25 buses left.")
	if len(d.Quantities) != 2 || d.Quantities[0].Range == nil || d.Quantities[1].Range == nil {
		t.Fatalf("got %+v", d.Quantities)
	}
	if *d.Quantities[0].Range != [2]float64{10, 15} || *d.Quantities[1].Range != [2]float64{20, 25} {
		t.Errorf("ranges %v %v", *d.Quantities[0].Range, *d.Quantities[1].Range)
	}
}
