package cli

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/spf13/cobra"
)

func init() { extra = append(extra, statsCmd) }

func statsCmd(env *Env) *cobra.Command {
	var db string
	var asJSON bool
	c := &cobra.Command{
		Use:   "stats [--db DSN] [--json]",
		Short: "summarise the corpus: documents, clusters, entities, events, quotes, figures, versions, dates",
		Args:  argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			st, err := openCorpus(env.Ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(env.Ctx)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			w := env.Stdout
			fmt.Fprintf(w, "documents        %d (%.1f MB of text)\n", s.Documents, float64(s.TextBytes)/1e6)
			fmt.Fprintf(w, "dup. clusters    %d (%d documents)\n", s.Clusters, s.Clustered)
			fmt.Fprintf(w, "entities         %d (%d mentions)\n", s.Entities, s.Mentions)
			fmt.Fprintf(w, "events           %d\n", s.Events)
			fmt.Fprintf(w, "quotes           %d\n", s.Quotes)
			fmt.Fprintf(w, "figures          %d\n", s.Figures)
			fmt.Fprintf(w, "times            %d\n", s.Times)
			fmt.Fprintf(w, "dates            %s .. %s\n", s.From, s.To)
			fmt.Fprintf(w, "inputs           %d done (%d failed)\n", s.Inputs, s.InputsFail)
			vs := make([]string, 0, len(s.Versions))
			for v := range s.Versions {
				vs = append(vs, v)
			}
			sort.Strings(vs)
			for _, v := range vs {
				fmt.Fprintf(w, "pipeline version %d docs: %s\n", s.Versions[v], v)
			}
			return nil
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: a SQLite file (default ./sitrep.db) or postgres://...")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}
