/**
 * The knowledge base as a graph of domain records: {@link io.ascribe.model.StixEntity}, {@link
 * io.ascribe.model.Relationship} and {@link io.ascribe.model.MispCluster}, assembled by {@link
 * io.ascribe.model.KnowledgeGraphBuilder} from stored objects.
 */
package io.ascribe.model;
