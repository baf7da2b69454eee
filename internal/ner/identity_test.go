package ner

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"testing"
)

// tagsDigest is the SHA-256 of every tag the committed model gives on
// CoNLL testa and testb, sentence by sentence (Tag) and document by
// document (TagDocument). Speed work on the tagger must leave it unchanged;
// retraining the model changes it, and then it is updated with the model.
const tagsDigest = "56900b16ed4a0f16d2d77cd564fe727a50d4dfb4bc41468444abada6a1cfbd09"

func TestTagsUnchanged(t *testing.T) {
	m := mustLoad(t)
	h := sha256.New()
	for _, split := range []string{"eng.testa.gz", "eng.testb.gz"} {
		sents := loadSplit(t, split)
		for _, s := range sents {
			h.Write([]byte(strings.Join(m.Tag(s.Words), " ") + "\n"))
		}
		for _, d := range splitDocs(sents) {
			var words [][]string
			for _, s := range sents[d[0]:d[1]] {
				words = append(words, s.Words)
			}
			for _, tags := range m.TagDocument(words) {
				h.Write([]byte(strings.Join(tags, " ") + "\n"))
			}
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != tagsDigest {
		t.Fatalf("tags digest %s, want %s: the tagger's output changed", got, tagsDigest)
	}
}

// TestSaveLoadedModel checks that the inference form keeps the file's
// weights exactly: saving the loaded model gives the committed file's
// contents back.
func TestSaveLoadedModel(t *testing.T) {
	m := mustLoad(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	want, got := gunzip(t, embeddedModel), gunzip(t, buf.Bytes())
	if !bytes.Equal(got, want) {
		t.Fatalf("saved model differs from the committed one (%d vs %d bytes)", len(got), len(want))
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
