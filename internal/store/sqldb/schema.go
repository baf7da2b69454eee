package sqldb

import "strings"

// Schema returns the shared schema, version 1, for a dialect: the same
// tables and indexes, with the backend's names for an auto-increment key and
// a byte column. Booleans are stored as integers 0/1 on both.
func Schema(serial, blob string) string {
	r := strings.NewReplacer("SERIAL", serial, "BLOB", blob)
	return r.Replace(`
CREATE TABLE documents (
	seq SERIAL,
	id TEXT NOT NULL UNIQUE,
	hash TEXT NOT NULL UNIQUE,
	simhash BIGINT NOT NULL,
	b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL,
	cluster TEXT NOT NULL,
	published TEXT NOT NULL DEFAULT '',
	outlet TEXT NOT NULL DEFAULT '',
	url TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	genre TEXT NOT NULL DEFAULT '',
	language TEXT NOT NULL DEFAULT '',
	version TEXT NOT NULL,
	tone DOUBLE PRECISION NOT NULL DEFAULT 0,
	nevents INTEGER NOT NULL DEFAULT 0,
	text TEXT NOT NULL,
	raw BLOB,
	json BLOB NOT NULL
);
CREATE INDEX documents_b0 ON documents (b0);
CREATE INDEX documents_b1 ON documents (b1);
CREATE INDEX documents_b2 ON documents (b2);
CREATE INDEX documents_b3 ON documents (b3);
CREATE INDEX documents_cluster ON documents (cluster);
CREATE INDEX documents_published ON documents (published, id);
CREATE INDEX documents_version ON documents (version, id);

CREATE TABLE entities (
	doc INTEGER NOT NULL, eid TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
	actor TEXT NOT NULL, mentions INTEGER NOT NULL, published TEXT NOT NULL,
	PRIMARY KEY (doc, eid)
);
CREATE INDEX entities_actor ON entities (actor, published);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
	doc INTEGER NOT NULL, eid TEXT NOT NULL, start_ INTEGER NOT NULL, end_ INTEGER NOT NULL,
	PRIMARY KEY (doc, start_, end_, eid)
);

CREATE TABLE events (
	doc INTEGER NOT NULL, seq INTEGER NOT NULL,
	day TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
	code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
	plover TEXT NOT NULL, negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL,
	reported_by TEXT NOT NULL, location TEXT NOT NULL, date TEXT NOT NULL,
	sentence INTEGER NOT NULL, start_ INTEGER NOT NULL, end_ INTEGER NOT NULL, evidence TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
);
CREATE INDEX events_day ON events (day, quad, hedged, dup);
CREATE INDEX events_source ON events (source, target, day);
CREATE INDEX events_target ON events (target, day);
CREATE INDEX events_code ON events (code, day);
CREATE INDEX events_root ON events (root, day);

CREATE TABLE quotes (
	doc INTEGER NOT NULL, seq INTEGER NOT NULL, speaker TEXT NOT NULL, kind TEXT NOT NULL,
	start_ INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE quantities (
	doc INTEGER NOT NULL, seq INTEGER NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT NOT NULL,
	about TEXT NOT NULL, category TEXT NOT NULL, qualifier TEXT NOT NULL,
	start_ INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
);
CREATE INDEX quantities_category ON quantities (category);

CREATE TABLE times (
	doc INTEGER NOT NULL, seq INTEGER NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL,
	start_ INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
);

CREATE TABLE inputs (
	source TEXT NOT NULL, key TEXT NOT NULL, hash TEXT NOT NULL,
	state TEXT NOT NULL DEFAULT 'pending',
	doc_id TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (source, key, hash)
);
CREATE INDEX inputs_state ON inputs (source, state);
`)
}
