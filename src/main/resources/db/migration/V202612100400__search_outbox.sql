-- Hibernate Search's outbox-polling coordination (MADANG_SEARCH_COORDINATION=outbox-polling, for
-- several instances over one Elasticsearch/OpenSearch index): each indexing change is written to
-- the outbox in the transaction that made it, and the instances' agents share the work out by
-- shard. The tables as Hibernate Search 7.2 maps them (checked by SearchOutboxIT, which validates
-- them against its mapping); empty and unused with the default coordination (none).
create table hsearch_agent (
    assignedshardindex integer,
    totalshardcount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null primary key,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenantid varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    payload bytea
);

create table hsearch_outbox_event (
    entityidhash integer not null,
    retries integer not null,
    processafter timestamp(6) with time zone not null,
    id uuid not null primary key,
    entityid varchar(256) not null,
    entityname varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenantid varchar(255),
    payload bytea not null
);

-- the agents read pending events by shard (entity id hash) in processing order
create index hsearch_outbox_event_entityidhash on hsearch_outbox_event (entityidhash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_processafter on hsearch_outbox_event (processafter);
