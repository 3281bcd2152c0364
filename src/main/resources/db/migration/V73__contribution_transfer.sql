-- п.10: CBD's word on the OPV and OSMS the MIO actually transferred for an assistant and service month
-- (opv-osms-transfers*.csv). A confirmation matches the records of that assistant, month and MIO not
-- confirmed before, by their sums; each record then shows when its contributions were transferred.
create table contribution_transfer (
    id              bigserial primary key,
    assistant_iin   varchar(12) not null,
    service_month   varchar(7) not null,
    mio_bin         varchar(12) not null,
    opv             numeric(14, 2) not null,
    osms            numeric(14, 2) not null,
    transferred_on  date not null,
    cycle_month     varchar(7) not null,        -- the cycle whose inbox delivered it
    input_file_id   bigint not null references input_file (id),
    line            int not null
);
create index contribution_transfer_assistant on contribution_transfer (assistant_iin, service_month);

-- One row per record whose contributions a confirmation covered: a record is confirmed once.
create table record_contribution (
    record_id                  bigint primary key,
    contribution_transfer_id   bigint not null references contribution_transfer (id)
);
