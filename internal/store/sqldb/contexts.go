package sqldb

import "strings"

// PLOVER contexts (policy areas such as "humanitarian", "territory") are
// kept in one column of events, contexts, as ";humanitarian;territory;":
// each name between semicolons, sorted, "" for none. A filter is then
// `contexts LIKE '%;humanitarian;%'`, the same SQL on both backends.
//
// Why a column and not an event_contexts(context, doc, seq) table with an
// index: there are a few dozen contexts and the common ones are carried by
// a large share of events, so an index on the name alone is unselective;
// every event query is ordered and ranged by day and usually narrowed by
// actor, and the indexes that already serve those hand the LIKE a small
// set of rows to test. The row also carries its contexts with no join and
// no aggregate (group_concat and string_agg differ between the backends),
// and reannotate replaces them with the event, in the same row.
//
// What the column cannot do fast is a context over the whole corpus (a
// listing must sort every match, a timeline count every match): the
// tl_ctx rollup (events per context, day, QuadClass, hedged, dup; next
// migration) answers those timelines and lets Events read only the days
// of its page (window.go), as tl_actor does for actors. Measured over 1M
// events: BenchmarkQuery1M context-* cases (README figures).
//
// Events stored before this migration get their contexts from the stored
// document JSON (the "contexts" backfill): documents analysed by a
// pipeline older than the contexts have none to give until `sitrep
// reannotate` rebuilds them.
const contextSchema = `
ALTER TABLE events ADD COLUMN contexts TEXT NOT NULL DEFAULT '';
INSERT INTO backfills (name) VALUES ('contexts');
`

// ContextSchema is the migration that adds events.contexts.
func ContextSchema() string { return contextSchema }

// contextDaySchema adds tl_ctx. Its "context_days" backfill counts the
// contexts already in events.contexts; the "contexts" backfill (which runs
// after it, by name) adds the events whose contexts it fills in.
const contextDaySchema = `
CREATE TABLE tl_ctx (context TEXT NOT NULL, day TEXT NOT NULL, quad INTEGER NOT NULL, hedged INTEGER NOT NULL,
	dup INTEGER NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (context, day, quad, hedged, dup));
INSERT INTO backfills (name) VALUES ('context_days');
`

// ContextDaySchema is the migration that adds the tl_ctx rollup.
func ContextDaySchema() string { return contextDaySchema }

// contextsCol encodes an event's contexts for the contexts column. Names
// are lower-case words from the lexicon; one holding the separator or a
// LIKE wildcard could never be asked for, so it is left out rather than
// corrupt the column.
func contextsCol(cs []string) string {
	var b strings.Builder
	for _, c := range cs {
		if c == "" || strings.ContainsAny(c, ";%\\") {
			continue
		}
		if b.Len() == 0 {
			b.WriteByte(';')
		}
		b.WriteString(c)
		b.WriteByte(';')
	}
	return b.String()
}

// parseContexts decodes the contexts column; never nil, so that the JSON
// of an event row always has an array.
func parseContexts(col string) []string {
	out := []string{}
	for _, c := range strings.Split(col, ";") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// contextLike is the LIKE pattern matching events with context c ("_" in
// names such as human_rights is escaped, not a wildcard).
func contextLike(c string) string {
	return "%;" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(c) + ";%"
}
