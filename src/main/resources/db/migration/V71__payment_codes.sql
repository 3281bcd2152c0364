-- п.16: a Kazakh payment order carries the beneficiary code (Кбе) and the payment purpose code (КНП).
-- Reference data per kind of supplier (docs/rules.md, "What a payment order carries"): loaded from the
-- reference folder's payment-codes.csv when it has one; these rows are the shipped sample values.
create table payment_code (
    supplier_kind  varchar(16) primary key check (supplier_kind in ('NGO', 'SOLE_PROPRIETOR', 'PERSON')),
    kbe            varchar(2) not null check (kbe ~ '^[12][0-9]$'),
    knp            varchar(3) not null check (knp ~ '^[0-9]{3}$')
);
insert into payment_code (supplier_kind, kbe, knp) values
    ('NGO', '18', '859'),
    ('SOLE_PROPRIETOR', '19', '859'),
    ('PERSON', '19', '859');

-- п.16: the two working days to pay count from the day the MIO's money arrived: the business day of
-- the payment-orders run that took the transfer (its payment order's own date is the MIO's).
alter table mio_transfer add column received_on date;
update mio_transfer t set received_on = (select f.read_at::date from input_file f where f.id = t.input_file_id);
alter table mio_transfer alter column received_on set not null;
alter table mio_transfer alter column received_on set default current_date;
