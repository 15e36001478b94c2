package io.ascribe.export;

import java.util.regex.Pattern;

/**
 * One ATT&amp;CK technique on a Navigator layer, with a note on why it is there.
 *
 * @param techniqueId ATT&amp;CK id: {@code T1059} or {@code T1059.001}
 * @param name the technique's name, or null
 * @param comment why it is on this side (a report, a sentence, a count), or null
 */
public record LayerTechnique(String techniqueId, String name, String comment) {
  private static final Pattern ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

  /**
   * @throws IllegalArgumentException when the id is not an ATT&amp;CK technique id
   */
  public LayerTechnique {
    if (techniqueId == null || !ID.matcher(techniqueId).matches()) {
      throw new IllegalArgumentException("techniqueId must look like T1059 or T1059.001, got '" + techniqueId + "'");
    }
  }
}
