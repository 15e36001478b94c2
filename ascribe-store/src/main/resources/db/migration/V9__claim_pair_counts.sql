-- Who accuses whom at corpus scale (issue 14): attribution and counter-accusation counts per claimant
-- state, accused state, period and TLP marking, kept in step with the claims by every writer
-- (DocumentStore.add and delete, BulkLoader) in the writer's transaction, so the summary sums at most
-- a few thousand rows per year instead of grouping a million claims (ClaimMatrix).
--
-- Each claim is counted in the period '*' (all time) and, when dated, in its year ('2024') and its
-- month ('2024-03'). Only the claims of the copy of a document that readers see are counted: the
-- newest copy of its bytes (a newer copy is always less restrictive, so a reader who may see an
-- older copy sees the newest one too); its marking is the row's tlp.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create table claim_pair_count (
  claimant_country    varchar(8)  not null,
  accused_country     varchar(8)  not null,
  period              varchar(7)  not null,
  tlp                 varchar(16) not null,
  attributions        bigint      not null,
  counter_accusations bigint      not null,
  constraint claim_pair_count_pk primary key (period, tlp, claimant_country, accused_country)
);

insert into claim_pair_count (claimant_country, accused_country, period, tlp, attributions, counter_accusations)
select claimant_country, accused_country, period, tlp, sum(attributions), sum(counter_accusations) from (
  select c.claimant_country, c.accused_country, d.tlp, '*' as period,
         case when c.type = 'attribution' then 1 else 0 end as attributions,
         case when c.type = 'counter_accusation' then 1 else 0 end as counter_accusations
  from claim c join doc_document d on d.id = c.document_id
  where c.type in ('attribution', 'counter_accusation') and c.claimant_country is not null
    and c.accused_country is not null
    and not exists (select 1 from doc_document o where o.sha256 = d.sha256 and o.id > d.id)
  union all
  select c.claimant_country, c.accused_country, d.tlp, substring(c.claim_date, 1, 4) as period,
         case when c.type = 'attribution' then 1 else 0 end as attributions,
         case when c.type = 'counter_accusation' then 1 else 0 end as counter_accusations
  from claim c join doc_document d on d.id = c.document_id
  where c.type in ('attribution', 'counter_accusation') and c.claimant_country is not null
    and c.accused_country is not null and c.claim_date is not null
    and not exists (select 1 from doc_document o where o.sha256 = d.sha256 and o.id > d.id)
  union all
  select c.claimant_country, c.accused_country, d.tlp, substring(c.claim_date, 1, 7) as period,
         case when c.type = 'attribution' then 1 else 0 end as attributions,
         case when c.type = 'counter_accusation' then 1 else 0 end as counter_accusations
  from claim c join doc_document d on d.id = c.document_id
  where c.type in ('attribution', 'counter_accusation') and c.claimant_country is not null
    and c.accused_country is not null and c.claim_date is not null
    and not exists (select 1 from doc_document o where o.sha256 = d.sha256 and o.id > d.id)
) counted
group by claimant_country, accused_country, period, tlp;
