package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

// corpusDB writes a small SQLite corpus (the store suite's fixtures) and
// returns its path.
func corpusDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, d := range []string{"2024-03-04", "2024-03-11"} {
		doc := storetest.Fixture(string(rune('a'+i)), d, strings.Repeat(" Extra sentence number one.", i+1))
		if _, err := st.PutDoc(context.Background(), doc, nil); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestQueryCommand(t *testing.T) {
	db := corpusDB(t)
	cases := []struct {
		args []string
		code int
		want string // in stdout (code 0) or stderr
	}{
		{[]string{"query", "--db", db, "events", "--dyad", "RURGOV,FRE"}, 0, "CONSULT"},
		{[]string{"query", "--db", db, "events", "--format", "csv", "--code", "036"}, 0, "doc_id,cluster,seq,day"},
		{[]string{"query", "--db", db, "timeline", "--bucket", "week", "--format", "json"}, 0, `"bucket": "2024-03-04"`},
		{[]string{"query", "--db", db, "network"}, 0, "RURGOV"},
		{[]string{"query", "--db", db, "quotes", "--speaker", "spokesman"}, 0, "1,200 families"},
		{[]string{"query", "--db", db, "figures", "--category", "displaced"}, 0, "1200"},
		{[]string{"query", "--db", db, "search", "Geneva"}, 0, "Talks to resume"},
		{[]string{"query", "--db", db, "events", "--from", "2024-02-30"}, 2, `from "2024-02-30": not a calendar date`},
		{[]string{"query", "--db", db, "events", "--quad", "7"}, 2, `quad "7": unknown QuadClass`},
		{[]string{"query", "--db", db, "quotes", "--code", "19"}, 2, "filter code does not apply"},
		{[]string{"query", "--db", db, "events", "--format", "xml"}, 2, `--format "xml"`},
		{[]string{"query", "--db", db, "wars"}, 2, `unknown kind "wars"`},
		{[]string{"query", "--db", filepath.Join(t.TempDir(), "none.db"), "events"}, 1, "no corpus there"},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(c.args...)
		got := out
		if c.code != 0 {
			got = errOut
		}
		if code != c.code || !strings.Contains(got, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", c.args[3:], code, out, errOut, c.code, c.want)
		}
	}
}
