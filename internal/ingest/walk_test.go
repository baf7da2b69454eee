package ingest

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "The council met on Monday and approved the budget.")
	write("sub/b.html", "<html><body><p>Rain closed the mountain road for two days.</p></body></html>")
	write("sub/c.jsonl", `{"id":"x1","text":"First record."}`+"\n\n"+`{"id":"x2","text":"Second record."}`+"\n")
	write(".hidden/d.txt", "never read")
	write("empty.txt", "  \n")
	write("doc.json", "{\n \"a\": 1\n}\n")
	var gz strings.Builder
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"z1","text":"Zipped record."}` + "\n"))
	zw.Close()
	write("z.jsonl.gz", gz.String())

	var got, bad []string
	err := Walk([]string{dir, filepath.Join(dir, "*.txt"), "-", filepath.Join(dir, "nope")},
		strings.NewReader("Standard input text."), func(it Item) error {
			d, err := Parse(it)
			if err != nil {
				t.Errorf("Parse(%s): %v", it.Name(), err)
				return nil
			}
			rel, _ := filepath.Rel(dir, it.Source)
			got = append(got, rel+" "+it.Key+" "+d.Text[:5])
			return nil
		}, func(name string, err error) { bad = append(bad, filepath.Base(name)) })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a.txt  The c", "sub/b.html  Rain ", "sub/c.jsonl line:1 First", "sub/c.jsonl line:3 Secon",
		"z.jsonl.gz line:1 Zippe", "a.txt  The c", "-"}
	if len(got) != len(want) {
		t.Fatalf("items:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want[:6] {
		if got[i] != want[i] {
			t.Errorf("item %d = %q, want %q", i, got[i], want[i])
		}
	}
	if got[6] != "  Stand" { // Rel fails for "-": the source stays "-"
		t.Errorf("stdin item = %q", got[6])
	}
	if strings.Join(bad, ",") != "doc.json,empty.txt,empty.txt,nope" {
		t.Errorf("bad sources = %v", bad)
	}
}

func TestItemHashStable(t *testing.T) {
	a := Item{Source: "s", Raw: []byte("abc")}
	if a.Hash() != (Item{Source: "t", Raw: []byte("abc")}).Hash() || a.Hash() == (Item{Raw: []byte("abd")}).Hash() {
		t.Error("Hash must depend on the bytes only")
	}
}
