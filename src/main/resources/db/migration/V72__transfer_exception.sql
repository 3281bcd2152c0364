-- п.15: the MIO transfers "within the request", within two working days of receiving it. A transfer
-- that exceeds what is still requested, arrives after the request's due day, or comes from an MIO
-- with no open request is still taken (the money is there and is accounted in the MIO's balance) and
-- is listed here with its reason, for transfer-exceptions.csv: never silently.
create table transfer_exception (
    mio_transfer_id  bigint not null references mio_transfer (id),
    reason_code      varchar(40) not null,
    reason           text not null,
    primary key (mio_transfer_id, reason_code)
);
