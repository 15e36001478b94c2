package io.ascribe.store.bulk;

/**
 * What one bulk load did.
 *
 * @param read documents read from the source
 * @param added documents stored by this load
 * @param skipped documents whose sha256 was stored already (a re-run adds nothing)
 * @param claims claims stored with the added documents
 */
public record LoadSummary(long read, long added, long skipped, long claims) {}
