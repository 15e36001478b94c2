package io.ascribe.model;

/**
 * A STIX external reference: a citation ({@code source_name} plus description and URL) or an
 * identifier in another system ({@code external_id}, e.g. ATT&CK's {@code G1017}).
 */
public record ExternalReference(String sourceName, String url, String externalId, String description) {}
