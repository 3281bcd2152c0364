-- The console's users (scripts/reimbursement user add|disable|list) and their failed logins.
create table console_user (
    id             bigserial primary key,
    name           varchar(64) not null unique,
    password_hash  varchar(200) not null,
    role           varchar(16) not null check (role in ('OFFICER', 'ACCOUNTANT', 'AUDITOR')),
    enabled        boolean not null default true,
    failed_logins  int not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz not null default now()
);

-- One audit trail for the command line and the console: the console's actions (login, upload,
-- download, trace) are longer names, and each entry says through which it came.
alter table run_audit alter column action type varchar(32);
alter table run_audit add column channel varchar(16) not null default 'command line';
create index run_audit_at on run_audit (at desc);
