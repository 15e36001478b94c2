package io.ascribe.store.kb;

import io.ascribe.model.AttackReference;
import io.ascribe.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ATT&CK ids name in the stored knowledge base: techniques, groups and software from the
 * linked entities ({@code kb_entity}), campaigns, tactics and mitigations from the stored objects.
 * Only the ids asked for are read, so a page with a handful of ids costs a handful of rows.
 */
public final class AttackNames {
  private static final Map<AttackReference.Kind, String> OBJECT_TYPES = Map.of(
      AttackReference.Kind.CAMPAIGN, "campaign",
      AttackReference.Kind.TACTIC, "x-mitre-tactic",
      AttackReference.Kind.MITIGATION, "course-of-action");

  private final Store store;

  public AttackNames(Store store) {
    this.store = store;
  }

  /**
   * The references {@code ids} make, once each in the order given, with names where the knowledge
   * base has them; values that are not ATT&CK ids are left out.
   */
  public List<AttackReference> resolve(Collection<String> ids) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : ids) {
      if (AttackReference.kindOf(id).isPresent()) {
        wanted.add(id);
      }
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    store.jdbi().useHandle(h -> {
      h.createQuery("select attack_id, name from kb_entity where attack_id in (<ids>)")
          .bindList("ids", List.copyOf(wanted))
          .map((rs, ctx) -> names.putIfAbsent(rs.getString(1), rs.getString(2)))
          .forEach(x -> { });
      for (String id : wanted) {
        String type = OBJECT_TYPES.get(AttackReference.kindOf(id).orElseThrow());
        if (type != null) {
          Optional<String> name = h.createQuery("select name from kb_object where object_type = :type "
                  + "and body like :ref order by revoked, deprecated")
              .bind("type", type).bind("ref", "%\"external_id\":\"" + id + "\"%")
              .mapTo(String.class).findFirst();
          name.ifPresent(n -> names.put(id, n));
        }
      }
    });
    List<AttackReference> out = new ArrayList<>();
    for (String id : wanted) {
      out.add(new AttackReference(id, AttackReference.kindOf(id).orElseThrow(), names.get(id)));
    }
    return out;
  }
}
