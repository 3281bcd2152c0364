-- The State Corporation's half of the cycle (domain.md п.12–23): funding need and requests, MIO
-- transfers, payments and payment registers, bank returns, new bank details, refunds.

-- Every delivered input file is read once: a redelivery (same content) changes nothing.
create table input_file (
    id           bigserial primary key,
    kind         varchar(32) not null,          -- mio-transfers | bank-returns | psu-requisites
    cycle_month  varchar(7) not null,
    file_name    text not null,
    sha256       varchar(64) not null,
    rows_read    int not null default 0,
    rows_taken   int not null default 0,
    rows_refused int not null default 0,
    read_at      timestamptz not null default now(),
    constraint input_file_once unique (kind, sha256)
);

-- Rows of input files that were not taken (bad row, unmatched or repeated return ...), with the reason.
create table input_exception (
    id            bigserial primary key,
    input_file_id bigint not null references input_file (id),
    line          int not null,
    reason_code   varchar(40) not null,
    reason        text not null,
    raw           text not null
);

-- Which need (funding-need of which cycle month) a record went into (п.13: later records go to the next need).
alter table reimbursement_record add column requested_in varchar(7);
alter table reimbursement_record add column funded_at timestamptz;
alter table reimbursement_record add column state_changed_at timestamptz;
create index reimbursement_record_state on reimbursement_record (state, mio_bin);

-- The need per MIO and service month (п.12), and the request to each MIO (п.14).
create table funding_need (
    cycle_month    varchar(7) not null,
    mio_bin        varchar(12) not null references mio (mio_bin),
    service_month  varchar(7) not null,
    records        int not null,
    guaranteed     numeric(16, 2) not null,
    to_supplier    numeric(16, 2) not null,
    primary key (cycle_month, mio_bin, service_month)
);

create table funding_request (
    cycle_month  varchar(7) not null,
    mio_bin      varchar(12) not null references mio (mio_bin),
    formed_on    date not null,
    due_by       date not null,               -- two working days for the MIO to transfer (п.15)
    records      int not null,
    amount       numeric(16, 2) not null,     -- what the State Corporation pays out: the sums to suppliers
    primary key (cycle_month, mio_bin)
);

-- Money from the MIOs (п.15): one row per payment order, whatever file it came in.
create table mio_transfer (
    id                    bigserial primary key,
    mio_bin               varchar(12) not null references mio (mio_bin),
    payment_order_number  text not null,
    payment_order_date    date not null,
    amount                numeric(16, 2) not null check (amount > 0),
    cycle_month           varchar(7) not null,  -- the cycle whose inbox delivered it (which need it funds)
    input_file_id         bigint not null references input_file (id),
    line                  int not null,
    constraint mio_transfer_once unique (mio_bin, payment_order_number, payment_order_date)
);

-- A payment register: payment orders to one authorized organization, run n of a cycle (п.16).
create table payment_register (
    id            bigserial primary key,
    cycle_month   varchar(7) not null,
    bic           varchar(11) not null references authorized_organization (bic),
    run_number    int not null,
    message_id    text not null unique,
    payments      int not null,
    total         numeric(16, 2) not null,
    created_at    timestamptz not null default now(),
    constraint payment_register_run unique (cycle_month, bic, run_number)
);

-- One payment of a record to a supplier's account; a record paid again after a return has attempt 2, 3 ...
-- At most one payment of a record is ever open (SENT or PAID): the partial unique index.
create table payment (
    payment_reference  varchar(35) primary key,    -- EndToEndId in pain.001
    record_id          bigint not null references reimbursement_record (record_id),
    attempt            int not null,
    register_id        bigint references payment_register (id),
    bic                varchar(11) not null,
    supplier_iban      varchar(34) not null,
    amount             numeric(14, 2) not null check (amount > 0),
    state              varchar(10) not null check (state in ('SENT', 'PAID', 'RETURNED')),
    from_returned_money boolean not null default false,   -- повторное финансирование (п.19)
    sent_at            timestamptz not null default now(),
    returned_at        date,
    return_reason      text,
    constraint payment_attempt_once unique (record_id, attempt)
);
create unique index payment_one_open_per_record on payment (record_id) where state in ('SENT', 'PAID');
create index payment_by_register on payment (register_id);

-- New bank details of a supplier from PSU (п.19).
create table supplier_requisites (
    id             bigserial primary key,
    supplier_id    varchar(12) not null,
    supplier_iban  varchar(34) not null,
    supplier_bic   varchar(11) not null,
    changed_on     date not null,
    input_file_id  bigint not null references input_file (id),
    line           int not null
);
create index supplier_requisites_supplier on supplier_requisites (supplier_id, changed_on);

-- Returned sums given back to the MIO (п.20).
create table refund (
    record_id     bigint primary key references reimbursement_record (record_id),
    cycle_month   varchar(7) not null,
    mio_bin       varchar(12) not null,
    amount        numeric(14, 2) not null,
    refunded_on   date not null
);
