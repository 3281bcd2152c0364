-- Who started, restarted or recovered which job for which month, and what came of it.
create table run_audit (
    id                bigserial primary key,
    at                timestamptz not null default now(),
    action            varchar(16) not null,
    job_name          varchar(100),
    cycle_month       varchar(7),
    job_execution_id  bigint,
    started_by        text not null,
    outcome           text
);
create index run_audit_job_month on run_audit (job_name, cycle_month);
