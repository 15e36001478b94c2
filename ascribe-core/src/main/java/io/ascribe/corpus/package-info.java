/**
 * The analyst's corpus as attribution evidence: what an ingested document ties to an actor.
 *
 * <p>{@link io.ascribe.corpus.CorpusLinker} reads an extracted document and, when the document
 * attributes activity to an actor (an analyst declared it, it is about one actor, or it carries an
 * attribution claim), links its indicators, software, techniques and victims to that actor, each
 * {@link io.ascribe.corpus.CorpusLink} with its {@link io.ascribe.corpus.Provenance}. {@link
 * io.ascribe.corpus.CorpusFacts} turns stored links into the engine's facts. The store persists the
 * links per document, so re-ingesting or deleting a document updates every profile it fed.
 */
package io.ascribe.corpus;
