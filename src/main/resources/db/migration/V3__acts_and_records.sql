-- The 14th: acts of completed work taken from PSU, rejections, OOP's answers, reimbursement records.

-- One row per acts file taken for a cycle: what state its intake is in (see ActIntakeTasklet docs).
create table act_file (
    cycle_month  varchar(7) primary key,
    file_name    text not null,
    sha256       varchar(64) not null,
    status       varchar(16) not null check (status in ('LOADING', 'LOADED', 'ACCEPTED', 'REFUSED')),
    lines_read   int,
    accepted     int,
    rejected     int,
    updated_at   timestamptz not null default now()
);

-- Acts of one cycle that passed the row checks, waiting for the duplicate checks and calculation.
create table act_intake (
    cycle_month      varchar(7) not null,
    line             int not null,
    act_number       text not null,
    act_received     date not null,
    service_month    varchar(7) not null,
    order_number     text not null,
    decision_number  text not null,
    oblast           text not null,
    region           text not null,
    mio_bin          varchar(12) not null,
    person_iin       varchar(12) not null,
    person_name      text not null,
    supplier_id      varchar(12) not null,
    supplier_name    text not null,
    assistant_iin    varchar(12) not null,
    assistant_name   text not null,
    service_days     int not null,
    hours            numeric(7, 2) not null,
    supplier_iban    varchar(20) not null,
    supplier_bic     varchar(11) not null,
    primary key (cycle_month, line)
);
create index act_intake_act_number on act_intake (act_number);

-- Acts not accepted: the input as it came, with the line, a reason code and a Russian message.
create table rejected_act (
    cycle_month      varchar(7) not null,
    line             int not null,
    reason_code      varchar(40) not null,
    reason           text not null,
    act_number       text,
    act_received     text,
    service_month    text,
    order_number     text,
    decision_number  text,
    oblast           text,
    region           text,
    mio_bin          text,
    person_iin       text,
    person_name      text,
    supplier_id      text,
    supplier_name    text,
    assistant_iin    text,
    assistant_name   text,
    service_days     text,
    hours            text,
    supplier_iban    text,
    supplier_bic     text,
    primary key (cycle_month, line)
);

-- OOP's answer for a cycle. A row in exemption_answer_received means the answer was complete.
create table exemption_answer_received (
    cycle_month  varchar(7) primary key,
    source       text not null,
    asked        int not null,
    exempt       int not null,
    received_at  timestamptz not null default now()
);

create table exemption (
    cycle_month  varchar(7) not null,
    iin          varchar(12) not null,
    opv_exempt   boolean not null,
    osms_exempt  boolean not null,
    basis        text,
    valid_from   date,
    valid_to     date
);
create index exemption_cycle_iin on exemption (cycle_month, iin);

-- Reimbursement records for CBD (Appendix 2). record_id is cycle*10^7 + line of the act: the same
-- file gives the same ids, however often the run was interrupted.
create table reimbursement_record (
    record_id        bigint primary key,
    cycle_month      varchar(7) not null,
    line             int not null,
    act_number       text not null,
    act_received     date not null,
    service_month    varchar(7) not null,
    order_number     text not null,
    decision_number  text not null,
    oblast           text not null,
    region           text not null,
    mio_bin          varchar(12) not null references mio (mio_bin),
    person_iin       varchar(12) not null,
    person_name      text not null,
    supplier_id      varchar(12) not null,
    supplier_name    text not null,
    assistant_iin    varchar(12) not null,
    assistant_name   text not null,
    service_days     int not null,
    hours            numeric(7, 2) not null,
    supplier_iban    varchar(20) not null,
    supplier_bic     varchar(11) not null,
    hour_rate        numeric(14, 4) not null,
    guaranteed       numeric(14, 2) not null,
    opv              numeric(14, 2) not null,
    osms             numeric(14, 2) not null,
    to_supplier      numeric(14, 2) not null,
    opv_exempt       boolean not null,
    osms_exempt      boolean not null,
    state            varchar(10) not null default 'FORMED'
        check (state in ('FORMED', 'REQUESTED', 'FUNDED', 'SENT', 'PAID', 'RETURNED', 'REQUEUED', 'REFUNDED')),
    formed_at        timestamptz not null default now(),
    -- An act is reimbursed once, across all cycles; one order is claimed once per service month.
    constraint reimbursement_record_act_once unique (act_number),
    constraint reimbursement_record_order_month_once unique (order_number, service_month),
    constraint reimbursement_record_parts check (to_supplier = guaranteed - opv - osms)
);
create index reimbursement_record_cycle on reimbursement_record (cycle_month, mio_bin);
create index reimbursement_record_assistant_month on reimbursement_record (assistant_iin, service_month);

-- Social contributions (SO) per assistant, service month and MIO, paid by the MIO on top of G,
-- with the OPV and OSMS it transfers. so_due is what this cycle adds (late acts: the difference).
create table social_contribution (
    cycle_month    varchar(7) not null,
    mio_bin        varchar(12) not null,
    assistant_iin  varchar(12) not null,
    service_month  varchar(7) not null,
    assistant_name text not null,
    acts           int not null,
    guaranteed     numeric(14, 2) not null,
    opv            numeric(14, 2) not null,
    osms           numeric(14, 2) not null,
    so_base        numeric(14, 2) not null,
    so_total       numeric(14, 2) not null,
    so_due         numeric(14, 2) not null,
    primary key (cycle_month, mio_bin, assistant_iin, service_month)
);
create index social_contribution_assistant_month on social_contribution (assistant_iin, service_month);
