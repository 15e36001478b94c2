-- The claims ledger's first page at corpus scale (issue 14): a page filtered by country and type
-- (and dates) is read from an index in the ledger's own order, so it touches about a page of
-- claims, and its total is summed from counts kept in step with the claims instead of counting the
-- claims themselves (LedgerPages, LedgerCounts).
-- Portable SQL: the same migration serves H2 and PostgreSQL.

-- One ordered range per (country, type): LedgerPages reads a country filter as two arms, the claimant
-- side and the accused side; with a type, each arm now starts and stays inside its type.
create index claim_claimant_type_date_id on claim (claimant_country, type, claim_date, id);
create index claim_accused_type_date_id on claim (accused_country, type, claim_date, id);

-- Claims per country (claimant or accused, a claim counted once per country it names; '*' for every
-- claim), type, period (all time '*', year, month, as claim_pair_count) and TLP marking, over the
-- copy of each document that readers see (the newest, which is the least restrictive).
create table claim_ledger_count (
  country varchar(8)  not null,
  type    varchar(24) not null,
  period  varchar(7)  not null,
  tlp     varchar(16) not null,
  claims  bigint      not null,
  constraint claim_ledger_count_pk primary key (country, type, period, tlp)
);

insert into claim_ledger_count (country, type, period, tlp, claims)
select country, type, period, tlp, count(*) from (
  select case s.side when 1 then '*' when 2 then cur.claimant_country else cur.accused_country end as country,
         cur.type, cur.tlp,
         case p.part when 1 then '*' when 2 then substring(cur.claim_date, 1, 4)
           else substring(cur.claim_date, 1, 7) end as period
  from (
    select c.claimant_country, c.accused_country, c.type, c.claim_date, d.tlp
    from claim c join doc_document d on d.id = c.document_id
    where not exists (select 1 from doc_document o where o.sha256 = d.sha256 and o.id > d.id)
  ) cur
  cross join (select 1 as side union all select 2 union all select 3) s
  cross join (select 1 as part union all select 2 union all select 3) p
  where (s.side = 1 or (s.side = 2 and cur.claimant_country is not null)
         or (s.side = 3 and cur.accused_country is not null
             and (cur.claimant_country is null or cur.claimant_country <> cur.accused_country)))
    and (p.part = 1 or cur.claim_date is not null)
    and (p.part <> 3 or length(cur.claim_date) >= 7)
) counted
group by country, type, period, tlp;
