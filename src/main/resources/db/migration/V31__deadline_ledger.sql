-- п.26 deadline ledger: the business day an input file was taken (п.15 money, п.17 returns, п.19 new
-- details count from it), and п.22's event the system does not see by itself: the MIO's signed
-- reconciliation act coming back on paper (scripts/reimbursement record act-signed).
alter table input_file add column business_date date;

create table act_signed (
    cycle_month  varchar(7) not null,
    mio_bin      varchar(12) not null,
    received_on  date not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (cycle_month, mio_bin)
);
