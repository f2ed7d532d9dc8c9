-- Scheduled work run once across instances (issue 19): every instance's timers fire, and the one
-- that claims the (job, slot) row runs the work. The claim is inserted in a transaction held open
-- while the work runs, so a run that fails or dies (its connection gone) leaves no row and the slot
-- stays claimable; a committed row means the slot's work was done. Rows older than two days are
-- removed by the claims themselves (a few thousand rows at most).
create table platform_scheduled_run (
    job        varchar(80)  not null,
    slot       timestamptz  not null,
    instance   varchar(200) not null,
    started_at timestamptz  not null,
    primary key (job, slot)
);
