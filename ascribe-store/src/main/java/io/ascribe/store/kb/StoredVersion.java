package io.ascribe.store.kb;

/** What the store holds for one object key: enough to decide added / updated / unchanged. */
record StoredVersion(String contentHash, String modified) {}
