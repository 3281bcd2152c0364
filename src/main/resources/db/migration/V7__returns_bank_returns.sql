-- Returns taken from the banks' files (п.17): one row per returned payment, with the delivery it came
-- in, so that return-notifications.csv of a cycle can be rebuilt from the database at any time.
create table bank_return (
    payment_reference  varchar(35) primary key references payment (payment_reference),
    record_id          bigint not null references reimbursement_record (record_id),
    cycle_month        varchar(7) not null,   -- the cycle whose inbox delivered the return
    amount             numeric(14, 2) not null,
    returned_on        date not null,
    reason             text not null,
    input_file_id      bigint not null references input_file (id),
    line               int not null
);
create index bank_return_cycle on bank_return (cycle_month);
create index bank_return_record on bank_return (record_id);
