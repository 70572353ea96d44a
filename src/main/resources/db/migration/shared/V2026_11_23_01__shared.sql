-- Locks that keep a scheduled job to one node at a time (ShedLock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- CSV imports started from the upload page: progress and outcome, readable from any node.
create table import_jobs (
    id            varchar(36)   not null primary key,
    dataset       varchar(64)   not null,
    username      varchar(100)  not null,
    file_name     varchar(300),
    status        varchar(16)   not null,
    phase         varchar(16),
    rows_done     bigint        not null default 0,
    imported      bigint,
    problem_count bigint        not null default 0,
    problems      text,
    started_at    timestamp with time zone     not null,
    finished_at   timestamp with time zone
);
create index import_jobs_user on import_jobs (username, started_at);

-- Spring Modulith's event publication registry: events handed to listeners after commit, until each completes.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
