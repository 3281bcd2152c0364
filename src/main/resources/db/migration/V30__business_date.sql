-- The business date a run stands for (--date; a restart keeps the date of the run it resumes).
alter table run_audit add column business_date date;
-- A register's created_at is now the business day it belongs to (CreDtTm, ReqdExctnDt, "Реестр № n от");
-- when the row was written is kept apart, for the summary of the run that wrote it.
alter table payment_register add column written_at timestamptz not null default now();
