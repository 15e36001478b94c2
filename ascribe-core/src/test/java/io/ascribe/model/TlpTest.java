package io.ascribe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlpTest {
  @Test
  void parses_labels_in_their_usual_spellings() {
    assertThat(Tlp.parse("TLP:AMBER+STRICT")).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(Tlp.parse("amber_strict")).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(Tlp.parse(" red ")).isEqualTo(Tlp.RED);
    assertThat(Tlp.parse("WHITE")).isEqualTo(Tlp.CLEAR);
    assertThatThrownBy(() -> Tlp.parse("PURPLE")).hasMessageContaining("PURPLE").hasMessageContaining("AMBER+STRICT");
  }

  @Test
  void a_reader_sees_their_level_and_below_only() {
    assertThat(Tlp.GREEN.visibleUpTo(Tlp.AMBER)).isTrue();
    assertThat(Tlp.AMBER.visibleUpTo(Tlp.AMBER)).isTrue();
    assertThat(Tlp.AMBER_STRICT.visibleUpTo(Tlp.AMBER)).isFalse();
    assertThat(Tlp.RED.visibleUpTo(Tlp.AMBER_STRICT)).isFalse();
    assertThat(Tlp.RED.label()).isEqualTo("TLP:RED");
  }
}
