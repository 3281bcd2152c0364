-- The state of a reimbursement record moves out of the wide record (about 450 bytes, six indexes)
-- into a narrow table of its own (about 110 bytes, its primary key): a state change of a million
-- records (REQUESTED, FUNDED, SENT, PAID) rewrote the whole record and all six of its index entries;
-- now it is a HOT update of the narrow row (docs/performance.md). The record itself is written once,
-- by the calculation, and then only read (supplier_iban and supplier_bic change for returned
-- records, п.19).
--
-- A record without a row here is FORMED: funding-need inserts the row (REQUESTED) when it takes the
-- record into a need, so the primary key also makes "a record is requested once" a constraint.
-- cycle_month, mio_bin, act_received and to_supplier are copies of the record's own (fixed) values,
-- supplier_bic and supplier_iban the account the record is paid to: the act's, or the new details
-- bank-returns took for a returned record (п.19), written to both tables by the same statement.
-- MIO funding's balance and oldest-first queue and the payment per BIC read this table alone. No
-- foreign key to reimbursement_record: checking it would lock, and so write, every wide row that the
-- split is meant to leave alone; the rows come only from the record table itself.
create table record_state (
    record_id        bigint primary key,
    cycle_month      varchar(7) not null,
    mio_bin          varchar(12) not null,
    act_received     date not null,
    to_supplier      numeric(14, 2) not null,
    supplier_bic     varchar(11) not null,
    supplier_iban    varchar(20) not null,
    state            varchar(10) not null
        check (state in ('REQUESTED', 'FUNDED', 'SENT', 'PAID', 'RETURNED', 'REQUEUED', 'REFUNDED')),
    requested_in     varchar(7),
    funded_at        timestamptz,
    attempts         int not null default 0,     -- payments made for the record so far (п.16, п.19)
    state_changed_at timestamptz not null default now()
) with (fillfactor = 45);
-- No index names state (nor a predicate on it): a state change then is a HOT update, the new row
-- version on the same page and no index entry at all, for which fillfactor 45 keeps room on every
-- page for a new version of each of its rows (a statement changes all of a page's rows at once).
-- The queries by state scan this narrow table instead (about 30 MB per 100 000 records).
insert into record_state (record_id, cycle_month, mio_bin, act_received, to_supplier, supplier_bic, supplier_iban, state,
                          requested_in, funded_at, attempts, state_changed_at)
select r.record_id, r.cycle_month, r.mio_bin, r.act_received, r.to_supplier, r.supplier_bic, r.supplier_iban, r.state,
       r.requested_in, r.funded_at, (select count(*) from payment p where p.record_id = r.record_id),
       coalesce(r.state_changed_at, r.formed_at)
from reimbursement_record r where r.state <> 'FORMED';

-- Drops the index reimbursement_record_state (state, mio_bin) and the state check with them.
alter table reimbursement_record
    drop column state,
    drop column requested_in,
    drop column funded_at,
    drop column state_changed_at;

-- A record with its state, for reading (reports, checks, tests): FORMED when it has no state row.
create view record_with_state as
select r.*, coalesce(s.state, 'FORMED') as state, s.requested_in, s.funded_at, s.state_changed_at
from reimbursement_record r left join record_state s on s.record_id = r.record_id;

-- The payment step inserts a payment per record (a million at a million acts) in one statement from
-- the state rows it has just changed and the register it has just inserted. The foreign keys
-- payment -> reimbursement_record and payment -> payment_register ran one trigger query per payment,
-- and the first also locked (and so wrote) the wide record: about 40 % of the payment statement.
-- The payments are made by construction from those rows, payment_attempt_once and
-- payment_one_open_per_record stay, and no program deletes records or registers.
alter table payment drop constraint payment_record_id_fkey;
alter table payment drop constraint payment_register_id_fkey;
