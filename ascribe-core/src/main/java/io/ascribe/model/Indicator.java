package io.ascribe.model;

import java.util.List;

/**
 * A STIX indicator: its pattern and the literal values the pattern compares against (IP
 * addresses, domains, hashes), lower-cased, for matching observed indicators.
 */
public record Indicator(String id, String pattern, List<String> values) {}
