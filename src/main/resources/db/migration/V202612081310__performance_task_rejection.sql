-- The committee may reject a version awaiting approval, with its reason (shown to the proposer).
alter table task_plan add column rejection_reason varchar(2000);
alter table task_plan add column rejected_at timestamptz;
