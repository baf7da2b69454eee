package syntax

import (
	"encoding/gob"
	"os"
	"path/filepath"
	"testing"
)

type linDump struct {
	NC   int
	Keys []uint64
	W    []float32
}

func dumpLin(l *linear) linDump { return linDump{l.nclass, rowKeys(l), l.w[:l.rows*l.nclass]} }

func TestTrainTmp(t *testing.T) {
	if os.Getenv("SYNTAX_TRAIN") == "" {
		t.Skip()
	}
	dir := filepath.Join("..", "..", "..", "shared", "bench", "ud")
	var tr []TreeSentence
	for _, f := range []string{"en_ewt-ud-train.conllu.gz", "en_gum-ud-train.open.conllu.gz"} {
		s, err := ReadCoNLLUFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		tr = append(tr, s...)
	}
	dv, _ := ReadCoNLLUFile(filepath.Join(dir, "en_ewt-ud-dev.conllu.gz"))
	m := Train(TrainConfig{Train: tr, Dev: dv, TagEpochs: 10, ParseEpochs: 12, LabelEpochs: 6, Folds: 4, Explore: 0.9, Seed: 1, Log: os.Stderr})
	f, _ := os.Create("/tmp/syntax_lin.gob")
	enc := gob.NewEncoder(f)
	for _, x := range []any{m.upos.tags, dumpLin(m.upos.lin), dumpLin(m.upos.dict), m.upos.dictTags,
		m.xpos.tags, dumpLin(m.xpos.lin), dumpLin(m.xpos.dict), m.xpos.dictTags,
		dumpLin(m.parser.lin), m.labeler.rels, dumpLin(m.labeler.lin)} {
		if err := enc.Encode(x); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
}
