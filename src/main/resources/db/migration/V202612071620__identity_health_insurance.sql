-- What the National Health Insurance Service holds for the eligibility certificate (건강보험
-- 자격득실확인서): a person's periods of coverage, their kind, the employer or household each went
-- through, and the dates acquired and lost. The built-in adapter answers from this table; a
-- deployment reads the NHIS behind the same port (identity/domain/HealthInsuranceRegister).
create table health_insurance_coverage (
    id          bigserial    primary key,
    name        varchar(100) not null,
    birth_date  date         not null,
    kind        varchar(10)  not null check (kind in ('WORKPLACE', 'LOCAL', 'DEPENDANT')),
    through     varchar(200) not null,
    acquired    date         not null,
    lost        date,
    check (lost is null or lost >= acquired)
);
create index health_insurance_coverage_person_idx on health_insurance_coverage (name, birth_date);
