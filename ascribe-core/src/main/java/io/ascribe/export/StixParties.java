package io.ascribe.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.alias.Names;
import io.ascribe.geo.Countries;
import io.ascribe.model.Tlp;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code identity} and {@code location} objects for the parties of claims: claimants,
 * accused parties, states, and the knowledge sources that make sponsor claims.
 *
 * <p>A party's id is named from its normalised name and country, so "the FBI" in two documents
 * is one identity. A party with a country is {@code located-at} that country's {@code location}.
 * A party is an {@code individual} when its name carries a person's role (spokesperson,
 * minister, ...), else an {@code organization}; a party whose name is its country's name is the
 * state itself ({@code sectors: government-national}).
 */
final class StixParties {
  private static final Pattern PERSON_ROLE = Pattern.compile(
      "\\b(spokes(person|man|woman)|minister|secretary|president|director|ambassador|senator|chair(man|woman)?"
          + "|prime|chancellor|premier|commissioner|general|attorney|official|analyst|researcher|mr|ms|mrs|dr)\\b");

  private final StixBundleBuilder bundle;
  private final Countries countries;

  StixParties(StixBundleBuilder bundle) {
    this(bundle, new Countries());
  }

  /** Parties in {@code bundle} that share a country table built once (it is read-only). */
  StixParties(StixBundleBuilder bundle, Countries countries) {
    this.bundle = bundle;
    this.countries = countries;
  }

  /** The identity of a party as a text names it, with its country (ISO alpha-2) or null. */
  String party(String name, String country, Tlp marking) {
    String id = StixIds.of("identity", "party", Names.normalize(name), country == null ? "" : country);
    boolean isNew = !bundle.contains(id);
    ObjectNode o = bundle.object("identity", id, marking);
    if (isNew) {
      o.put("name", name);
      boolean state = country != null && country.equals(countries.toIso2(name));
      o.put("identity_class", state || !PERSON_ROLE.matcher(name.toLowerCase(Locale.ROOT)).find()
          ? "organization" : "individual");
      if (state) {
        o.putArray("sectors").add("government-national");
        o.put("description", "The state of " + Countries.displayName(country) + ".");
      }
    }
    if (country != null) {
      String location = location(country, marking);
      bundle.relationship(StixIds.of("relationship", "located-at", id, location), "located-at", id, location, marking);
    }
    return id;
  }

  /** The identity of a state, by ISO alpha-2 code. */
  String state(String country, Tlp marking) {
    return party(Countries.displayName(country), country, marking);
  }

  /** The identity of a knowledge source or vendor (an organization, no country). */
  String source(String name, Tlp marking) {
    return party(name, null, marking);
  }

  /** The location of a country (or the EU), by code. */
  String location(String country, Tlp marking) {
    String id = StixIds.of("location", "country", country);
    boolean isNew = !bundle.contains(id);
    ObjectNode o = bundle.object("location", id, marking);
    if (isNew) {
      o.put("name", Countries.displayName(country));
      o.put("country", country);
    }
    return id;
  }
}
