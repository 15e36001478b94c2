-- Closing access leaks (issue 16). Portable SQL: the same migration serves H2 and PostgreSQL.

-- A token's name is unique among live tokens only, so a revoked token's name can be given to its
-- successor. active_name is the name while the token is live and null once it is revoked (a unique
-- constraint allows many nulls in both databases), so two live tokens never share a name.
alter table api_token add column active_name varchar(200);
update api_token set active_name = name where revoked_at is null;
alter table api_token drop constraint api_token_name;
alter table api_token add constraint api_token_active_name unique (active_name);

-- A document is stored once per marking: the same bytes may be held at TLP:RED and, uploaded by
-- someone who cannot see the RED copy, at TLP:AMBER, so an upload never reveals a copy above the
-- uploader's clearance. A new copy is only ever less restrictive than every copy before it (see
-- DocumentStore.add), so among the copies a reader may see, the newest is the least restrictive;
-- reads show that one. Every existing row keeps its id and marking.
alter table doc_document drop constraint doc_document_sha;
alter table doc_document add constraint doc_document_sha_tlp unique (sha256, tlp);
