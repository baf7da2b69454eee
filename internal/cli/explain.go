package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/annotate/events"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func init() { extra = append(extra, explainCmd) }

func explainCmd(env *Env) *cobra.Command {
	var published string
	c := &cobra.Command{
		Use:   "explain [--date YYYY-MM-DD] \"sentence\"...",
		Short: "show the parse, the actors and why each event was or was not coded",
		Long: `explain runs the pipeline on the given text and prints, sentence by sentence, the
dependency parse (word, UPOS, head, relation), the actors found, every word that the event
table knows with the pattern tried and the decision taken, and the events coded.`,
		Example: `  sitrep explain "Azerbaijan closed the Lachin corridor to the Armenians of Karabakh."
  sitrep explain --date 2023-08-17 "The UNSC held an emergency meeting yesterday."`,
		Args: argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := ingest.CheckPublished(published); err != nil {
				return usageErr{err}
			}
			reg, err := pipeline.Default()
			if err != nil {
				return err
			}
			text := strings.Join(args, " ")
			d, err := ingest.FromBytes("explain", []byte(text), ingest.Text, ingest.Meta{Published: published})
			if err != nil {
				return err
			}
			if err := reg.Run(env.Ctx, d); err != nil {
				return err
			}
			code := events.Code
			if pipeline.NullTargets() {
				code = events.CodePartial
			}
			_, trace, err := code(d, true)
			if err != nil {
				return err
			}
			writeExplain(env.Stdout, d, trace)
			return nil
		},
	}
	c.Flags().StringVar(&published, "date", "", "publication date YYYY-MM-DD (relative dates resolve against it)")
	return c
}

func writeExplain(w io.Writer, d *doc.Doc, trace []events.Decision) {
	for si, s := range d.Sentences {
		fmt.Fprintf(w, "sentence %d: %s\n  parse:\n", si, d.Slice(s.Span))
		for i, t := range d.Tokens[s.TokStart:s.TokEnd] {
			head := "root"
			if t.Head > 0 {
				head = d.Tokens[s.TokStart+t.Head-1].Text
			}
			fmt.Fprintf(w, "    %2d %-16s %-5s %2d %-12s (-> %s)\n", i+1, t.Text, t.UPOS, t.Head, t.Rel, head)
		}
		fmt.Fprintln(w, "  actors:")
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if s.Span.Contains(m.Span) {
					code := e.Actor
					if code == "" {
						code = "(no actor code)"
					}
					fmt.Fprintf(w, "    %q %s %s\n", d.Slice(m.Span), e.Type, code)
				}
			}
		}
		fmt.Fprintln(w, "  decisions:")
		for _, t := range trace {
			if t.Sentence != si {
				continue
			}
			mark := "not coded"
			if t.Coded {
				mark = "coded"
			}
			fmt.Fprintf(w, "    %q %s [%s]: %s\n", t.Word, mark, t.Pattern, t.Why)
		}
		fmt.Fprintln(w, "  events:")
		for _, e := range d.Events {
			if e.Sentence != si {
				continue
			}
			fmt.Fprintf(w, "    %s -> %s %s (root %s, quad %d, Goldstein %.1f, PLOVER %s) negated=%v hypothetical=%v reported_by=%q date=%q location=%q pattern=%s evidence=%q\n",
				orNone(e.Source), orNone(e.Target), e.Code, e.Root, e.Quad, e.Goldstein, orNone(e.Plover),
				e.Negated, e.Hypothetical, e.ReportedBy, e.Date, e.Location, e.Pattern, d.Slice(e.Evidence))
		}
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
