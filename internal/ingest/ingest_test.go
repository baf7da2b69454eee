package ingest

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/internal/errs"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		kind errs.Kind
		msg  string
	}{
		{"empty", []byte("  \n"), errs.Invalid, "empty input"},
		{"binary", []byte("\x7fELF\x02\x01\x00\x00abc"), errs.Invalid, "binary data"},
		{"invalid utf8", []byte("line one\nbad \xff byte"), errs.Invalid, "invalid UTF-8 at byte 13 (line 2)"},
	}
	for _, tt := range tests {
		err := Validate("in.txt", tt.data)
		if err == nil || errs.KindOf(err) != tt.kind || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), "in.txt") {
			t.Errorf("%s: got %v, want kind %d and %q naming the input", tt.name, err, tt.kind, tt.msg)
		}
	}
	if err := Validate("ok.txt", []byte("Talks resumed.")); err != nil {
		t.Errorf("valid text rejected: %v", err)
	}
}

func TestTooLarge(t *testing.T) {
	_, err := FromBytes("big.txt", bytes.Repeat([]byte("a"), MaxBytes+1), "", Meta{})
	if errs.KindOf(err) != errs.TooLarge || !strings.Contains(err.Error(), "big.txt") {
		t.Fatalf("got %v", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"Talks resumed in Baku.", Text},
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{`{"id":"a","text":"x"}` + "\n", JSONL},
		{"{not json at all", Text},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

const page = `<!DOCTYPE html><html><head><title>Convoy turned back</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Convoy turned back</h1>
<p>An aid convoy of 19 trucks was stopped at the checkpoint on Tuesday, officials said.</p>
<p>The drivers waited for six hours &amp; then returned to the depot near the border.</p>
<p>Local authorities said food stocks would last about two weeks at current rates of use.</p>
</article><footer>Copyright the demo desk</footer></body></html>`

func TestHTMLOffsetMap(t *testing.T) {
	d, err := FromHTML("page.html", []byte(page), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Copyright") || strings.Contains(d.Text, "Home") {
		t.Errorf("boilerplate kept: %q", d.Text)
	}
	for _, w := range []string{"19 trucks", "six hours & then", "two weeks"} {
		i := strings.Index(d.Text, w)
		if i < 0 {
			t.Fatalf("text lacks %q: %q", w, d.Text)
		}
		raw := d.Source.Raw(i)
		if raw < 0 || !strings.HasPrefix(page[raw:], strings.Fields(w)[0]) {
			t.Errorf("offset %d of %q maps to raw %d (%q)", i, w, raw, page[max(raw, 0):max(raw, 0)+10])
		}
	}
	if d.Meta.Title != "Convoy turned back" {
		t.Errorf("title %q", d.Meta.Title)
	}
}

func TestLinesGzipAndErrors(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"a","text":"One.","date":"2023-08-17T10:00:00Z","source":"Desk"}` + "\n" +
		"{broken\n\n" + `{"id":"c","html":"<p>Two.</p>"}` + "\n" + `{"id":"d"}`))
	zw.Close()
	var got []string
	err := Lines(&buf, 1<<20, func(l Line) error {
		d, err := ToDoc("c.jsonl.gz", l)
		if err != nil {
			got = append(got, "err:"+err.Error())
			return nil
		}
		got = append(got, d.ID+":"+d.Meta.Published+":"+d.Meta.Outlet+":"+d.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a:2023-08-17:Desk:One.", "err:c.jsonl.gz:2: malformed JSON", "c:::Two.", `err:c.jsonl.gz:5: record has neither`}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("line %d: got %q want prefix %q", i, got[i], want[i])
		}
	}
}

func FuzzFromBytes(f *testing.F) {
	f.Add([]byte(page))
	f.Add([]byte("Plain text.\nSecond line."))
	f.Add([]byte("<p>unclosed <b>bold"))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := FromBytes("fuzz", data, "", Meta{})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) || d.ID == "" {
			t.Fatalf("bad doc from %q", data)
		}
		if d.Source != nil {
			for _, s := range d.Source.Segments {
				if s.TextStart+s.Len > len(d.Text) || s.RawStart+s.RawLen > len(data) {
					t.Fatalf("segment %+v out of range", s)
				}
			}
		}
	})
}

func FuzzToDoc(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}`))
	f.Add([]byte(`{"html":"<p>x</p>","published":"2023-01-02"}`))
	f.Add([]byte(`{"text":1}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		d, err := ToDoc("fuzz", Line{No: 1, Data: line})
		if err == nil && (d == nil || !utf8.ValidString(d.Text)) {
			t.Fatalf("bad doc from %q", line)
		}
	})
}

func TestHTMLMetaPublished(t *testing.T) {
	page := `<html><head><meta itemprop="datePublished" content="2017-01-13T00:00:04-05:00"></head>
<body><article><p>The sanctions were lifted after a long review of the file by the ministry.</p></article></body></html>`
	d, err := FromHTML("p.html", []byte(page), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Published != "2017-01-13" {
		t.Errorf("published %q, want 2017-01-13", d.Meta.Published)
	}
}
