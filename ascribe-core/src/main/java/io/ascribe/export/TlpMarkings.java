package io.ascribe.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.model.Tlp;
import java.util.Locale;

/**
 * The STIX 2.1 marking definitions of TLP 2.0, as the OASIS TLP 2.0 extension defines them: a
 * {@code marking-definition} with no {@code definition_type}, whose level is the {@code tlp_2_0}
 * property of the extension {@value #EXTENSION_ID}. (The STIX 2.1 {@code definition_type: tlp}
 * form only knows TLP 1.0's white/green/amber/red.) These objects validate against the OASIS
 * 2.1 schema for marking definitions, which accepts extension-based definitions.
 */
final class TlpMarkings {
  static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
  private static final String CREATED = "2022-10-01T00:00:00.000Z";

  private TlpMarkings() {}

  static ObjectNode definition(Tlp tlp) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put("type", "marking-definition");
    d.put("spec_version", "2.1");
    d.put("id", tlp.stixMarkingId());
    d.put("created", CREATED);
    d.put("name", tlp.label());
    ObjectNode ext = d.putObject("extensions").putObject(EXTENSION_ID);
    ext.put("extension_type", "property-extension");
    ext.put("tlp_2_0", tlp.label().substring(4).toLowerCase(Locale.ROOT));
    return d;
  }
}
