package cameo

import "testing"

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		code, root, plover string
		quad               int
		gold               float64
	}{
		{"191", "19", "COERCE", 4, -9.5},
		{"1245", "12", "REJECT", 3, -4},
		{"0863", "08", "RETREAT", 2, 9},
		{"040", "04", "CONSULT", 1, 1},
		{"010", "01", "", 1, 0},
		{"129", "12", "REJECT", 3, -5},
	} {
		c := Lookup(tc.code)
		if c == nil {
			t.Fatalf("%s: missing", tc.code)
		}
		if c.Root != tc.root || c.Plover != tc.plover || c.Quad != tc.quad || c.Goldstein != tc.gold {
			t.Errorf("%s: got %+v", tc.code, *c)
		}
	}
	if Lookup("999") != nil {
		t.Error("999 should not be a code")
	}
}

func TestTableComplete(t *testing.T) {
	Lookup("010")
	if len(table) < 300 {
		t.Fatalf("table has %d codes, want >= 300", len(table))
	}
	for c, e := range table {
		if len(c) >= 3 && e.Root >= "03" && e.Plover == "" {
			t.Errorf("%s has no PLOVER mapping", c)
		}
	}
}
