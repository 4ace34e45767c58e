-- The index of dedupe on PostgreSQL (13 or later), for several workers
-- sharing one index. A design, not yet implemented: see docs/postgres.md.
-- It keeps the tables and meaning of the SQLite index (migrations/*.sql)
-- and adds what sharing needs: batches of work, a queue of work items,
-- and leases on them.
--
-- Apply as migration 1 under the migration lock:
--   SELECT pg_advisory_lock(hashtextextended('dedupe:migrate', 0));
--   ... this file, in one transaction, then INSERT INTO schema_version ...
--   SELECT pg_advisory_unlock(hashtextextended('dedupe:migrate', 0));

CREATE TABLE schema_version (
	version integer NOT NULL
);

-- One row per document id, holding its latest content. Putting a document
-- again is idempotent through the primary key (see docs/postgres.md for
-- the upsert).
CREATE TABLE documents (
	id          text PRIMARY KEY,
	path        text NOT NULL,             -- file, URL or feed the worker read it from
	text        text NOT NULL,             -- the text parsed; claim offsets refer to it
	hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'), -- hex SHA-256 of text
	date        text NOT NULL DEFAULT '' CHECK (date ~ '^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$'),
	date_source text NOT NULL,             -- a normalize.DateSource: flag, header, outlet, dateline, none
	outlet      text NOT NULL DEFAULT '',
	url         text NOT NULL DEFAULT '',
	encoding    text NOT NULL DEFAULT 'utf8',
	first_seen  timestamptz NOT NULL DEFAULT now(),
	updated     timestamptz NOT NULL DEFAULT now(),
	recency     date NOT NULL,             -- first day of date, else of first_seen
	analyzer    text NOT NULL DEFAULT ''   -- dedupe version whose claims are in claims ('' none)
);

CREATE INDEX documents_by_recency ON documents (recency DESC, first_seen DESC, id);
CREATE INDEX documents_by_url ON documents (url) WHERE url <> '';

-- A batch is one audit: the inputs of one night, say. Its name makes
-- creating it idempotent.
CREATE TABLE batches (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name        text NOT NULL UNIQUE,      -- 'nightly-2024-05-01'
	created     timestamptz NOT NULL DEFAULT now(),
	window_size integer NOT NULL DEFAULT 500 CHECK (window_size >= 0),
	compared_by bigint,                    -- the run that compares it (FK below)
	compared    timestamptz,               -- when its report was written
	report      jsonb                      -- the JSON report (version 1 contract)
);

-- One row per worker process run, like the SQLite runs table, plus a
-- heartbeat so that others can tell a dead run from a slow one.
CREATE TABLE runs (
	id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	worker    text NOT NULL,               -- host:pid
	batch     bigint REFERENCES batches (id),
	started   timestamptz NOT NULL DEFAULT now(),
	heartbeat timestamptz NOT NULL DEFAULT now(),
	finished  timestamptz,                 -- NULL while running or when the worker died
	added     integer NOT NULL DEFAULT 0,
	updated   integer NOT NULL DEFAULT 0,
	unchanged integer NOT NULL DEFAULT 0
);

CREATE INDEX runs_alive ON runs (heartbeat) WHERE finished IS NULL;

ALTER TABLE batches ADD FOREIGN KEY (compared_by) REFERENCES runs (id);

-- Which run wrote which version of a document: written in the same
-- transaction as the document.
CREATE TABLE run_documents (
	run     bigint NOT NULL REFERENCES runs (id),
	doc     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	outcome text NOT NULL CHECK (outcome IN ('added', 'updated')),
	hash    text NOT NULL,
	PRIMARY KEY (run, doc)
);

CREATE INDEX run_documents_by_doc ON run_documents (doc, run);

-- The queue: one row per input of a batch (a file, a URL, a feed). The
-- unique key makes enqueuing twice a no-op; workers claim rows with
-- FOR UPDATE SKIP LOCKED and hold a lease until done.
CREATE TABLE work_items (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	batch      bigint NOT NULL REFERENCES batches (id),
	source     text NOT NULL,              -- as given on the command line
	state      text NOT NULL DEFAULT 'pending'
	           CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
	claimed_by bigint REFERENCES runs (id),
	lease      timestamptz,                -- a claim older than this is taken back
	attempts   integer NOT NULL DEFAULT 0,
	error      text,                       -- the last failure, for state 'failed'
	UNIQUE (batch, source),
	CHECK ((state = 'claimed') = (claimed_by IS NOT NULL AND lease IS NOT NULL))
);

CREATE INDEX work_items_pending ON work_items (batch, id) WHERE state = 'pending';
CREATE INDEX work_items_claimed ON work_items (lease) WHERE state = 'claimed';

-- Which documents an item produced (a feed yields many): the compare step
-- and the report name their sources through it.
CREATE TABLE work_item_documents (
	item bigint NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
	doc  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	PRIMARY KEY (item, doc)
);

CREATE INDEX work_item_documents_by_doc ON work_item_documents (doc);

-- Optional, phase 2: the claims of each document as the analyzer named
-- in documents.analyzer split them, with their weighted terms, so that
-- the compare step can fetch candidate documents by rare terms instead
-- of loading the whole window. Derived data: rebuilt when the analyzer
-- version changes.
CREATE TABLE claims (
	doc      text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	seq      integer NOT NULL,             -- sentence index in the document
	part     integer NOT NULL DEFAULT 0,   -- clause of the sentence
	kind     text NOT NULL CHECK (kind IN ('claim', 'metadata', 'heading', 'caption')),
	start_at integer NOT NULL,             -- byte offsets into documents.text, end exclusive
	end_at   integer NOT NULL CHECK (end_at >= start_at),
	PRIMARY KEY (doc, seq, part)
);

CREATE TABLE claim_terms (
	term text NOT NULL,                    -- folded stem, or '@' + entity key
	doc  text NOT NULL,
	seq  integer NOT NULL,
	part integer NOT NULL,
	PRIMARY KEY (term, doc, seq, part),
	FOREIGN KEY (doc, seq, part) REFERENCES claims (doc, seq, part) ON DELETE CASCADE
);
