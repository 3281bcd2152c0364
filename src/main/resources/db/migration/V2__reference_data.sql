-- Reference data (formats.md): loaded by `reimbursement reference import DIR`, changeable by an operator.

create table mio (
    mio_bin    varchar(12) primary key,
    name       text not null,
    oblast     text not null,
    region     text not null
);

create table authorized_organization (
    bic        varchar(11) primary key,
    bank_code  varchar(3) not null unique,
    name       text not null
);

-- Values by year (domain.md, "Calculation"). The hour price is 13.64 % of the MRP, kept as a
-- generated column so that SQL and Java use one and the same number.
create table rate (
    year             int primary key,
    mrp              numeric(12, 2) not null check (mrp > 0),
    mzp              numeric(12, 2) not null check (mzp > 0),
    so_rate          numeric(6, 4) not null check (so_rate >= 0),
    so_min_base_mzp  numeric(6, 2) not null check (so_min_base_mzp >= 0),
    opv_cap_mzp      numeric(6, 2) not null check (opv_cap_mzp > 0),
    osms_cap_mzp     numeric(6, 2) not null check (osms_cap_mzp > 0),
    hour_rate        numeric(14, 4) generated always as (round(mrp * 0.1364, 4)) stored
);

-- Exceptions to Monday-Friday: public holidays and moved days off (holiday), working Saturdays (workday).
create table calendar_day (
    day   date primary key,
    kind  varchar(8) not null check (kind in ('holiday', 'workday'))
);
