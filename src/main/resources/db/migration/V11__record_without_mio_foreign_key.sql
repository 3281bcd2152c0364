-- The calculation COPYs a million records a month. The foreign key mio_bin -> mio ran a trigger
-- query per record (SELECT ... FOR KEY SHARE on the MIO row) and made the calculation's parallel
-- partitions share row locks on the same three MIO rows. The link it guarded holds by construction:
-- act-intake rejects an act whose MIO is not in the registry (UNKNOWN_MIO) before any record exists,
-- and the reference import only adds or updates MIOs, it never deletes one.
alter table reimbursement_record drop constraint if exists reimbursement_record_mio_bin_fkey;
