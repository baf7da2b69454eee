package sqldb

import (
	"context"
	"database/sql"

	"sitrep/internal/store"
)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// putLayers writes the normalised annotation rows of document seq. When the
// document joined an existing cluster, events already reported by an
// earlier member (same source, target, code and day) are marked dup so that
// EventFilter.DedupClusters counts them once.
func (s *DB) putLayers(ctx context.Context, tx *sql.Tx, seq int64, joined bool, cluster string, r *store.Record, dl *delta) error {
	seen := map[[4]string]bool{}
	if joined {
		rows, err := tx.QueryContext(ctx, s.q(`SELECT e.source, e.target, e.code, e.day FROM events e
			JOIN documents d ON d.seq = e.doc WHERE d.cluster = ? AND d.seq <> ?`), cluster, seq)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k [4]string
			if err := rows.Scan(&k[0], &k[1], &k[2], &k[3]); err != nil {
				rows.Close()
				return err
			}
			seen[k] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	pub := r.Meta.Published
	ents := map[entKey]int64{}
	for _, e := range r.Entities {
		ents[entKey{str(e.Actor), e.Name, e.Type}] += int64(len(e.Mentions))
	}
	dl.addEntities(ents, 1)
	for _, e := range r.Entities {
		if _, err := dl.exec(ctx, tx, s.q(`INSERT INTO entities (doc, eid, name, type, actor, mentions, published)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), seq, e.ID, e.Name, e.Type, str(e.Actor), len(e.Mentions), pub); err != nil {
			return err
		}
		for _, m := range e.Mentions {
			res, err := dl.exec(ctx, tx, s.q(`INSERT INTO mentions (doc, eid, start_, end_) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING`), seq, e.ID, m.Start, m.End)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			dl.count("mentions", n)
		}
	}
	dl.count("entities", int64(len(r.Entities)))
	for i, e := range r.Events {
		k := [4]string{str(e.Source), str(e.Target), e.Code, e.Day}
		ctxs := contextsCol(e.PloverCtx)
		dl.evs = append(dl.evs, rollEvent{source: k[0], target: k[1], day: e.Day, quad: e.Quad, hedged: b2i(e.Hedged),
			dup: b2i(seen[k]), sign: 1, location: str(e.Location), goldstein: e.Goldstein, contexts: ctxs})
		if _, err := dl.exec(ctx, tx, s.q(`INSERT INTO events (doc, seq, day, source, target, code, root, quad,
			goldstein, plover, negated, hypothetical, hedged, dup, reported_by, location, date, sentence,
			start_, end_, evidence, contexts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			seq, i, e.Day, k[0], k[1], e.Code, e.Root, e.Quad, e.Goldstein, e.Plover, b2i(e.Negated),
			b2i(e.Hypothetical), b2i(e.Hedged), b2i(seen[k]), str(e.ReportedBy), str(e.Location), str(e.Date),
			e.Sentence, e.Evidence.Start, e.Evidence.End, e.Evidence.Text, ctxs); err != nil {
			return err
		}
	}
	dl.count("events", int64(len(r.Events)))
	for i, q := range r.Quotes {
		if _, err := dl.exec(ctx, tx, s.q(`INSERT INTO quotes (doc, seq, speaker, kind, start_, end_, text)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), seq, i, str(q.Speaker), q.Kind, q.Start, q.End, q.Text); err != nil {
			return err
		}
	}
	dl.count("quotes", int64(len(r.Quotes)))
	for i, q := range r.Quantities {
		var c store.FigureClaim
		if i < len(r.Claims) {
			c = r.Claims[i]
		}
		if _, err := dl.exec(ctx, tx, s.q(`INSERT INTO quantities (doc, seq, value, unit, about, category,
			qualifier, start_, end_, text, claim_by, claim_how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), seq, i,
			q.Value, q.Unit, q.About, q.Category, q.Qualifier, q.Start, q.End, q.Text, c.By, c.How); err != nil {
			return err
		}
	}
	dl.count("figures", int64(len(r.Quantities)))
	for i, t := range r.Times {
		if _, err := dl.exec(ctx, tx, s.q(`INSERT INTO times (doc, seq, value, kind, start_, end_, text)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), seq, i, str(t.Value), t.Kind, t.Start, t.End, t.Text); err != nil {
			return err
		}
	}
	dl.count("times", int64(len(r.Times)))
	return nil
}

// layerTallies names the tally of each annotation table.
var layerTallies = []struct{ table, tally string }{{"entities", "entities"}, {"mentions", "mentions"},
	{"events", "events"}, {"quotes", "quotes"}, {"quantities", "figures"}, {"times", "times"}}

// deleteLayers removes the annotation rows of document seq (reannotate).
func (s *DB) deleteLayers(ctx context.Context, tx *sql.Tx, seq int64, dl *delta) error {
	evs, err := s.docEvents(ctx, tx, seq)
	if err != nil {
		return err
	}
	dl.evs = append(dl.evs, evs...)
	ents, err := s.docEntities(ctx, tx, seq)
	if err != nil {
		return err
	}
	dl.addEntities(ents, -1)
	for _, t := range layerTallies {
		res, err := tx.ExecContext(ctx, s.q(`DELETE FROM `+t.table+` WHERE doc = ?`), seq)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		dl.count(t.tally, -n)
	}
	return nil
}
