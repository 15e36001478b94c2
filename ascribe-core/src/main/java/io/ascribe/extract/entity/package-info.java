/**
 * Named-entity matching in documents: {@link io.ascribe.extract.entity.NameMatcher} finds every
 * actor and software alias of the knowledge base in one pass.
 */
package io.ascribe.extract.entity;
