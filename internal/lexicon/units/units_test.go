package units

import "testing"

func TestLookup(t *testing.T) {
	for _, c := range []struct{ in, name, kind string }{
		{"%", "percent", Percent}, {"per cent", "percent", Percent}, {"$", "USD", Currency},
		{"euros", "EUR", Currency}, {"kilometres", "km", Distance}, {"decades", "decades", Duration},
		{"month", "months", Duration},
	} {
		u, ok := Lookup(c.in)
		if !ok || u.Name != c.name || u.Kind != c.kind {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %s", c.in, u, ok, c.name, c.kind)
		}
	}
	if !IsPeople("civilians") || IsPeople("trucks") {
		t.Error("IsPeople wrong for civilians/trucks")
	}
	if Category("killing") != "killed" || Category("table") != "" {
		t.Error("Category wrong")
	}
}
