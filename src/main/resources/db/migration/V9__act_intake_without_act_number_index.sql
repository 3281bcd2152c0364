-- act_intake is a staging table filled by COPY with a million rows a month. Its act_number index
-- served no query: the repeat checks sort the cycle's acts by act number (window) or join them to
-- reimbursement_record's own unique index. Keeping it cost a random b-tree insert per act.
drop index if exists act_intake_act_number;
