-- The acts file is read by several threads, each a range of whole records (RecordBoundaries). A
-- part's progress commits with the acts it took, so a restart resumes every part where it stopped.
create table act_file_part (
    cycle_month    varchar(7) not null references act_file (cycle_month) on delete cascade,
    part           int not null,
    charset        varchar(20) not null,
    from_byte      bigint not null,
    to_byte        bigint not null,
    first_line     bigint not null,
    records_taken  bigint not null default 0,
    primary key (cycle_month, part)
);

-- act_intake is a staging table filled by COPY with a million rows a month. Its act_number index
-- served no query: the repeat checks sort the cycle's acts by act number (window) or join them to
-- reimbursement_record's own unique index. Keeping it cost a random b-tree insert per act.
drop index if exists act_intake_act_number;
