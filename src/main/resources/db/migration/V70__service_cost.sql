-- п.3: the MIO pays the act's cost "within the guaranteed sum". psu-acts.csv may carry the act's cost
-- (service_cost, optional); where it is below G the record reimburses the cost (docs/rules.md). Empty
-- (null) when the file had no cost: the record reimburses G, as before.
alter table act_intake add column service_cost numeric(14, 2);
alter table rejected_act add column service_cost text;
alter table reimbursement_record add column service_cost numeric(14, 2);
