-- The text read from each document (Tika, or Tesseract for scans) and where that work stands. The state lives here,
-- not in memory, so work left undone when a node stops is picked up again by the next sweep on any node.
alter table documents add column text_state varchar(20) default 'PENDING' not null;
alter table documents add column text_reason varchar(500);
alter table documents add column extracted_text varchar(1000000);
alter table documents add column ocr_confidence numeric(5,2);
alter table documents add column pages_done integer default 0 not null;
alter table documents add column pages_total integer default 0 not null;
alter table documents add column text_claimed_at timestamp;
create index documents_text_state on documents (text_state);

-- A ZIP of scans with a manifest, and one line per manifest row saying what became of it.
create table document_batches (
    id            varchar(36)   primary key,
    username      varchar(100)  not null,
    file_name     varchar(300)  not null,
    status        varchar(20)   not null,
    rows_total    integer       not null,
    rows_done     integer       not null,
    linked        integer       not null,
    already       integer       not null,
    failed        integer       not null,
    problem       varchar(1000),
    started_at    timestamp     not null,
    finished_at   timestamp
);
create table document_batch_rows (
    batch_id      varchar(36)   not null references document_batches (id),
    row_no        integer       not null,
    file_name     varchar(300)  not null,
    outcome       varchar(20)   not null,
    reason        varchar(1000),
    document_id   bigint,
    primary key (batch_id, row_no)
);
