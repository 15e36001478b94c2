/**
 * Reading knowledge sources: STIX 2.0/2.1 bundles and MISP galaxy cluster files, streamed object
 * by object into {@link io.ascribe.kb.KbObject}s, with precise errors ({@link
 * io.ascribe.kb.KbFormatException}) for every kind of bad input.
 *
 * <p>To add a new source format, add a value to {@link io.ascribe.kb.KbFormat}, teach {@link
 * io.ascribe.kb.KbDocumentReader} to recognise its top-level shape, and map its records in {@link
 * io.ascribe.model.KnowledgeGraphBuilder}.
 */
package io.ascribe.kb;
