package eval

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/ingest"
)

// Run analyses every gold document's text with the registry (metadata from
// the gold file, as the contract's meta) and scores it.
func Run(ctx context.Context, reg *annotate.Registry, golds []*Gold) (*Report, error) {
	r := newReport()
	for _, g := range golds {
		d := ingest.NewDoc(g.Text, ingest.Meta{ID: g.ID, Outlet: g.Meta.Outlet, Published: g.Meta.Published})
		if err := reg.Run(ctx, d); err != nil {
			return nil, err
		}
		r.Score(g, d.ToJSON())
	}
	return r, nil
}
