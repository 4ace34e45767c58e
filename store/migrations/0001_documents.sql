-- Version 1: the documents seen, the runs that stored them, and which run
-- wrote which version of a document.

-- One row per document id, holding its latest content.
CREATE TABLE documents (
	id          TEXT PRIMARY KEY,
	path        TEXT NOT NULL,             -- where it was read from when last stored
	text        TEXT NOT NULL,             -- the text parsed (UTF-8); offsets refer to it
	hash        TEXT NOT NULL,             -- hex SHA-256 of text
	date        TEXT NOT NULL DEFAULT '',  -- YYYY, YYYY-MM or YYYY-MM-DD; '' when unknown
	date_source TEXT NOT NULL,             -- flag, header, outlet, dateline or none
	outlet      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	encoding    TEXT NOT NULL DEFAULT 'utf8', -- what the input was decoded from
	first_seen  TEXT NOT NULL,             -- UTC, fixed-width RFC 3339: sorts as text
	updated     TEXT NOT NULL,             -- when the content last changed
	recency     TEXT NOT NULL              -- sort key: first day of date, else of first_seen
) STRICT;

CREATE INDEX documents_by_recency ON documents (recency DESC, first_seen DESC, id);

-- One row per run that opened the index to store documents.
CREATE TABLE runs (
	id        INTEGER PRIMARY KEY,
	started   TEXT NOT NULL,
	finished  TEXT,                        -- NULL while running, or for a run that was killed
	added     INTEGER NOT NULL DEFAULT 0,
	updated   INTEGER NOT NULL DEFAULT 0,
	unchanged INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One row per document a run added or changed, written in the same
-- transaction as the document: its hash is the hash the document got.
CREATE TABLE run_documents (
	run     INTEGER NOT NULL REFERENCES runs (id),
	doc     TEXT NOT NULL REFERENCES documents (id),
	outcome TEXT NOT NULL CHECK (outcome IN ('added', 'updated')),
	hash    TEXT NOT NULL,
	PRIMARY KEY (run, doc)
) STRICT;

CREATE INDEX run_documents_by_doc ON run_documents (doc, run);
