-- Version 2: each document's story signature and the inverted index built
-- from it, so that a run finds the earlier documents of today's stories by
-- content; and the findings each run reported, with the run that first
-- did. A file of version 1 gets the tables empty: its documents have no
-- signature until a run computes them (dedupe does, from their stored
-- text, before it first looks anything up), and its earlier findings are
-- unknown, so a finding first seen by this version is new.

-- One row per document whose signature is known: its terms as JSON
-- ([{"t": term, "n": claims holding it}, ...], sorted by term) and the
-- day its postings are filed under (documents.recency when written).
CREATE TABLE signatures (
	doc     TEXT PRIMARY KEY REFERENCES documents (id),
	version INTEGER NOT NULL,              -- compare.SignatureVersion it was computed with
	day     TEXT NOT NULL,
	terms   TEXT NOT NULL
) STRICT;

-- The inverted index: one row per term of a signature.
CREATE TABLE postings (
	term TEXT NOT NULL,
	day  TEXT NOT NULL,
	doc  TEXT NOT NULL REFERENCES documents (id),
	n    INTEGER NOT NULL,
	PRIMARY KEY (term, day, doc)
) STRICT, WITHOUT ROWID;

-- How many signatures hold each term: a term's rarity.
CREATE TABLE terms (
	term TEXT PRIMARY KEY,
	df   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- One row per finding id a run reported, with the first run that did.
CREATE TABLE findings (
	id         TEXT PRIMARY KEY,
	kind       TEXT NOT NULL,
	message    TEXT NOT NULL,
	first_run  INTEGER NOT NULL REFERENCES runs (id),
	first_seen TEXT NOT NULL,              -- the first run's start, as runs.started
	last_run   INTEGER NOT NULL REFERENCES runs (id)
) STRICT;
