package io.ascribe.spark.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Components}: union-find over sha256 links, rooted at each component's smallest sha256. */
class ComponentsTest {
  @Test
  void roots_chainsAndStars_smallestShaOfEachComponent() {
    Components c = new Components();
    c.link("e", "d");
    c.link("d", "c");
    c.link("x", "z");
    c.link("c", "b");
    c.link("y", "z");

    assertThat(c.roots()).containsOnly(Map.entry("b", "b"), Map.entry("c", "b"), Map.entry("d", "b"),
        Map.entry("e", "b"), Map.entry("x", "x"), Map.entry("y", "x"), Map.entry("z", "x"));
  }

  @Test
  void roots_anyOrderOfTheLinks_sameRoots() {
    List<String[]> links = new ArrayList<>();
    for (int i = 1; i < 200; i++) {
      links.add(new String[] {String.format("%03d", i), String.format("%03d", (i * 7) % (i < 100 ? 100 : 200))});
    }
    Components first = new Components();
    links.forEach(l -> first.link(l[0], l[1]));
    long seed = 14;
    Collections.shuffle(links, new Random(seed));
    Components shuffled = new Components();
    links.forEach(l -> shuffled.link(l[1], l[0]));

    assertThat(shuffled.roots()).as("seed %d", seed).isEqualTo(first.roots());
  }
}
