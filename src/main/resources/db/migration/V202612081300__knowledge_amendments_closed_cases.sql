-- A statute article noted as amended by one knowledge article (usually its legal reference): every
-- other article in force citing the same act and article needs review until a version of it
-- published after the note is in force.
create table knowledge_amendment (
    id                   bigserial     primary key,
    act                  varchar(200)  not null,
    article_no           varchar(20)   not null,
    amended_on           date          not null,
    noted_in_article_id  bigint        not null references knowledge_article (id),
    noted_by             varchar(100)  not null,
    noted_at             timestamptz   not null,
    unique (act, article_no, amended_on)
);
create index knowledge_citation_statute_idx on knowledge_citation (act, article_no);

-- A case an article was used for came to a decision: counted as "closed with this article".
alter table knowledge_case_use add column closed_at timestamptz;
alter table knowledge_case_use add column closed_as varchar(12);
