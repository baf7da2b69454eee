// Command evalevents runs sitrep's pipeline over an event benchmark
// (JSON Lines with a "text" per record, e.g. ../shared/bench/
// plover_cameo_gsr.jsonl) and writes the predictions file that
// ../shared/bench/score_events.py reads: one {"id","events":[...]} line
// per input line, in order. Negated and hypothetical events are left out:
// the benchmarks code asserted acts only.
//
//	go run ./internal/annotate/events/cmd/evalevents ../shared/bench/plover_cameo_gsr.jsonl > /tmp/pred.jsonl
//	python3 ../shared/bench/score_events.py ../shared/bench/plover_cameo_gsr.jsonl /tmp/pred.jsonl --by-root
//
// One half only, with its gold, for the studied/unseen split:
//
//	go run ./internal/annotate/events/cmd/evalevents -half odd -gold-half /tmp/gold-odd.jsonl ../shared/bench/plover_cameo_gsr.jsonl > /tmp/pred-odd.jsonl
//	python3 ../shared/bench/score_events.py /tmp/gold-odd.jsonl /tmp/pred-odd.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/events"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

type record struct {
	ID     string `json:"id"`
	Seq    int    `json:"seq"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Events []struct {
		Code string `json:"code"`
	} `json:"events"`
}

type predEvent struct {
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
	Code   string `json:"code"`
	Root   string `json:"root"`
	Plover string `json:"plover,omitempty"`
}

var (
	nullTargets = flag.Bool("null-targets", false, "run the event stage with NullTargets (see events.Stage)")
	traceTo     = flag.String("trace", "", "write the coder's decisions for every record to this file, for error analysis")
	traceEven   = flag.Bool("trace-even", false, "trace only records with an even seq (the half kept for error analysis)")
	half        = flag.String("half", "", "code only the records whose seq is even (the half studied for error analysis) or odd (the unseen half)")
	goldHalf    = flag.String("gold-half", "", "with -half: write that half's gold records to this file, to score against")
)

func main() {
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: evalevents BENCH.jsonl > predictions.jsonl")
		os.Exit(2)
	}
	if err := run(flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "evalevents:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	stages := pipeline.Stages()
	if *nullTargets {
		stages = pipeline.WithNullTargets(stages)
	}
	reg, err := annotate.NewRegistry(stages...)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var tr *bufio.Writer
	if *traceTo != "" {
		tf, err := os.Create(*traceTo)
		if err != nil {
			return err
		}
		defer tf.Close()
		tr = bufio.NewWriter(tf)
		defer tr.Flush()
	}
	keep, gold, err := halfFilter()
	if err != nil {
		return err
	}
	if gold != nil {
		defer gold.Close()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if !keep(r.Seq) {
			continue
		}
		if gold != nil {
			if _, err := gold.Write(append(sc.Bytes(), '\n')); err != nil {
				return err
			}
		}
		d, err := ingest.FromBytes(r.ID, []byte(r.Text), ingest.Text, ingest.Meta{ID: r.ID, Published: isoDate(r.Date)})
		if err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if err := reg.Run(context.Background(), d); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
		line, _ := json.Marshal(struct {
			ID     string      `json:"id"`
			Events []predEvent `json:"events"`
		}{r.ID, asserted(d)})
		out.Write(append(line, '\n'))
		if tr != nil && (!*traceEven || r.Seq%2 == 0) {
			trace(tr, d, r)
		}
	}
	return sc.Err()
}

// halfFilter reads -half and -gold-half. The benchmarks are split by seq
// parity so that rules are written from one half and the other half
// measures whether they generalise.
func halfFilter() (keep func(seq int) bool, gold *os.File, err error) {
	switch *half {
	case "":
		if *goldHalf != "" {
			return nil, nil, fmt.Errorf("-gold-half needs -half")
		}
		return func(int) bool { return true }, nil, nil
	case "even", "odd":
	default:
		return nil, nil, fmt.Errorf("-half %q: want even or odd", *half)
	}
	want := 0
	if *half == "odd" {
		want = 1
	}
	if *goldHalf != "" {
		if gold, err = os.Create(*goldHalf); err != nil {
			return nil, nil, err
		}
	}
	return func(seq int) bool { return seq%2 == want }, gold, nil
}

func asserted(d *doc.Doc) []predEvent {
	out := []predEvent{}
	for _, e := range d.Events {
		if e.Negated || e.Hypothetical {
			continue
		}
		out = append(out, predEvent{Source: e.Source, Target: e.Target, Code: e.Code, Root: e.Root, Plover: e.Plover})
	}
	return out
}

// isoDate turns the PETRARCH "20080804" form into 2008-08-04; ISO dates
// pass through, anything else is dropped.
func isoDate(s string) string {
	switch {
	case len(s) == 8:
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	case len(s) == 10 && s[4] == '-':
		return s
	}
	return ""
}

// trace writes one record's gold codes, predictions and the coder's
// decision at every known trigger word.
func trace(w *bufio.Writer, d *doc.Doc, r record) {
	fmt.Fprintf(w, "### %s seq=%d gold=", r.ID, r.Seq)
	for _, e := range r.Events {
		fmt.Fprintf(w, "%s ", e.Code)
	}
	fmt.Fprintf(w, "\n%s\n", r.Text)
	for _, e := range d.Events {
		fmt.Fprintf(w, "  EVENT %s>%s %s neg=%v hyp=%v %s %q\n", e.Source, e.Target, e.Code, e.Negated, e.Hypothetical, e.Pattern, d.Slice(e.Evidence))
	}
	code := events.Code
	if *nullTargets {
		code = events.CodePartial
	}
	_, dec, _ := code(d, true)
	for _, t := range dec {
		fmt.Fprintf(w, "  %q coded=%v [%s] %s\n", t.Word, t.Coded, t.Pattern, t.Why)
	}
	var b []byte
	for _, t := range d.Tokens {
		b = fmt.Appendf(b, "%s/%s/%d/%s ", t.Text, t.UPOS, t.Head, t.Rel)
	}
	w.Write(append(b, '\n'))
	var a []byte
	for _, e := range d.Entities {
		a = fmt.Appendf(a, "[%s %s %s] ", e.Name, e.Type, e.Actor)
	}
	w.Write(append(a, '\n'))
}
