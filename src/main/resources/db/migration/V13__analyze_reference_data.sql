-- The reference tables hold a handful of rows, fewer than autovacuum's threshold of 50 changes, so
-- they never got statistics and the planner took 490 rows for each (a million records hashed to
-- learn which of three MIOs have any). The importer analyzes them from now on; this covers the
-- homes imported before.
analyze mio, authorized_organization, rate, calendar_day;
