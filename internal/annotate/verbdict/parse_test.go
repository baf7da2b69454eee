package verbdict

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func mini(t testing.TB) *Dict {
	t.Helper()
	f, err := os.Open("testdata/mini.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := Parse(f, "testdata/mini.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseMini(t *testing.T) {
	d := mini(t)
	if len(d.Verbs) != 5 || len(d.Warnings) != 0 {
		t.Fatalf("verbs %d warnings %v", len(d.Verbs), d.Warnings)
	}
	relief := d.Synsets["&RELIEF"].Members
	want := [][]string{{"water"}, {"food"}, {"medical", "supplies"}, {"fuel"}}
	if !reflect.DeepEqual(relief, want) {
		t.Errorf("&RELIEF = %v, want %v (nested synset flattened)", relief, want)
	}
	send := d.Verbs[0]
	if send.Name != "SEND" || send.Code != (Code{Event: "070"}) || len(send.Forms) != 2 || len(send.Patterns) != 4 {
		t.Fatalf("SEND block: %+v", send)
	}
	if !contains(send.Forms[0].Inflex, "sent") || !contains(send.Forms[0].Inflex, "sending") || !contains(send.Forms[1].Inflex, "dispatches") {
		t.Errorf("forms: %v %v", send.Forms[0].Inflex, send.Forms[1].Inflex)
	}
	p := send.Patterns[2] // * &RELIEF_TO +
	kinds := []Kind{VerbPos, Syn, Word, Target}
	for i, e := range p.Elems {
		if e.Kind != kinds[i] {
			t.Errorf("elem %d kind %d, want %d", i, e.Kind, kinds[i])
		}
	}
	if p.Elems[0].Join || !p.Elems[1].Join || p.Elems[2].Join || p.Code.Event != "0731" || p.Pos.String() != "mini.verbs.txt:18" {
		t.Errorf("pattern %q: %+v at %s", p.Text, p.Elems, p.Pos)
	}
	talk := d.Verbs[1]
	if !talk.Code.Null || d.Verbs[2].Patterns[0].Code != (Code{Event: "040", Reverse: "040"}) {
		t.Errorf("TALK codes: %+v %+v", talk.Code, d.Verbs[2].Patterns[0].Code)
	}
	cut := d.Verbs[3].Forms[0]
	if !reflect.DeepEqual(cut.Words, []string{"cut", "off"}) || cut.Head != 0 || !contains(cut.Inflex, "cutting") {
		t.Errorf("CUT OFF form: %+v", cut)
	}
	if !d.Verbs[4].Patterns[0].Code.Null {
		t.Errorf("NOT_* should be the null code")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestParseErrors: every malformed line is reported with its file and
// line.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"pattern outside a block", "- * TIES [064]\n", "x.txt:1: pattern"},
		{"no code on header", "--- RESTORE ---\nRESTORE\n", "x.txt:1: verb block \"RESTORE\" has no [code]"},
		{"unclosed bracket", "--- RESTORE [064] ---\nRESTORE\n- * TIES [064\n", "x.txt:3: unclosed"},
		{"no verb place", "--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n", "x.txt:3: pattern \"TIES\" has 0"},
		{"two verb places", "--- RESTORE [064] ---\nRESTORE\n- * TIES * [064]\n", "has 2"},
		{"pattern without code", "--- RESTORE [064] ---\nRESTORE\n- * TIES\n", "x.txt:3: pattern \"* TIES\" has no [code]"},
		{"unknown synset", "--- RESTORE [064] ---\nRESTORE\n\n- * &NOPE TIES [064]\n", "x.txt:4: pattern names synset &NOPE"},
		{"synset cycle", "&A\n+&B\n&B\n+&A\n--- X [010] ---\nX\n- * &A [010]\n", "contains itself"},
		{"duplicate synset", "&A\n+X\n&A\n+Y\n", "x.txt:3: synset &A defined twice (first at x.txt:1)"},
		{"unclosed brace", "--- BAN [191] ---\nBAN {BANS BANNED\n", "x.txt:2: unclosed \"{\""},
		{"two verb words", "--- X [010] ---\n+A_+B\n", "marks two words"},
		{"symbol in word", "--- X [010] ---\nX\n- * TI$ES [010]\n", "mixes a word and a symbol"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src), "dir/x.txt")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Errorf("%v is not a *ParseError", err)
			}
		})
	}
}

// TestParseComments: comments of both kinds, "#" inside a code, and
// codes that are not event codes (kept out with a warning).
func TestParseComments(t *testing.T) {
	src := "<!-- a\nmulti-line comment -->\n--- SEAL [---] # NOUN ---\nSEAL # the verb\n- * BORDER [192] <!-- closes -->\n- * DRAFT [###]\n- * PACT [25?]\n"
	d, err := Parse(strings.NewReader(src), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	v := d.Verbs[0]
	if v.Name != "SEAL" || !v.Code.Null || len(v.Patterns) != 1 || v.Patterns[0].Code.Event != "192" {
		t.Fatalf("got %+v", v)
	}
	if len(d.Warnings) != 2 || !strings.HasPrefix(d.Warnings[0], "c.txt:6: [###]") {
		t.Errorf("warnings %q", d.Warnings)
	}
}
