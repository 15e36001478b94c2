-- Closing access leaks (issue 16). Portable SQL: the same migration serves H2 and PostgreSQL.

-- A token's name is unique among live tokens only, so a revoked token's name can be given to its
-- successor. active_name is the name while the token is live and null once it is revoked (a unique
-- constraint allows many nulls in both databases), so two live tokens never share a name.
alter table api_token add column active_name varchar(200);
update api_token set active_name = name where revoked_at is null;
alter table api_token drop constraint api_token_name;
alter table api_token add constraint api_token_active_name unique (active_name);
