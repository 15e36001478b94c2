package io.ascribe.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link DocumentExtractor} needs of a knowledge base, as three plain tables: a distributed
 * job builds them once on its driver ({@link DocumentExtractor#knowledgeNames}), ships them as
 * bytes, and every worker builds the same extractor with {@link DocumentExtractor#forNames}.
 *
 * <p>The tables keep their iteration order (copied into insertion-ordered maps), so an extractor
 * built from a copy read back in the same order finds the same names in the same order.
 *
 * @param names every actor and software alias to look for, with what it names
 * @param techniques live ATT&amp;CK technique ids to their names
 * @param sponsors canonical actor names to the ISO alpha-2 code of the state their sources say sponsors them
 */
public record KnowledgeNames(
    Map<String, List<EntityRef>> names, Map<String, String> techniques, Map<String, String> sponsors) {
  public KnowledgeNames {
    Objects.requireNonNull(names, "names must not be null");
    Objects.requireNonNull(techniques, "techniques must not be null");
    Objects.requireNonNull(sponsors, "sponsors must not be null");
    Map<String, List<EntityRef>> copy = new LinkedHashMap<>();
    names.forEach((name, refs) -> copy.put(name, List.copyOf(refs)));
    names = Collections.unmodifiableMap(copy);
    techniques = Collections.unmodifiableMap(new LinkedHashMap<>(techniques));
    sponsors = Collections.unmodifiableMap(new LinkedHashMap<>(sponsors));
  }
}
