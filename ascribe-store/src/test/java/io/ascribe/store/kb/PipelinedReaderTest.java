package io.ascribe.store.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.kb.KbFormatException;
import io.ascribe.kb.KbInput;
import io.ascribe.kb.KbObject;
import io.ascribe.kb.KbObjectSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse-on-one-thread, store-on-another pipeline used by every import. */
class PipelinedReaderTest {
  private static final int OBJECTS = 600;

  @TempDir Path tmp;

  private Path bundle() throws Exception {
    StringBuilder sb = new StringBuilder("{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-000000000000\", \"objects\": [\n");
    for (int i = 0; i < OBJECTS; i++) {
      sb.append(i == 0 ? "" : ",\n").append(String.format(
          "{\"type\": \"x-thing\", \"id\": \"x-thing--00000000-0000-4000-8000-%012d\", \"n\": %d}", i, i));
    }
    return Files.writeString(tmp.resolve("b.json"), sb.append("\n]}").toString());
  }

  /**
   * Regression: when the consumer was slower than the parser, the queue was full as parsing
   * ended, and putting the end marker dropped a queued object (20,047 of ATT&CK's 20,048
   * relationships were stored). Every object must arrive, in order.
   */
  @Test
  void read_consumerSlowerThanParser_deliversEveryObjectInOrder() throws Exception {
    Path file = bundle();
    List<String> keys = new ArrayList<>();
    try (KbInput.Opened opened = KbInput.of(file.toString()).open(null)) {
      PipelinedReader.read(opened, file.toString(), (KbObjectSink) o -> {
        keys.add(o.key());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      assertThat(opened.sha256()).hasSize(64);
    }
    assertThat(keys).hasSize(OBJECTS);
    for (int i = 0; i < OBJECTS; i++) {
      assertThat(keys.get(i)).endsWith(String.format("%012d", i));
    }
  }

  @Test
  void read_consumerFails_stopsTheParserAndRethrows() throws Exception {
    Path file = bundle();
    try (KbInput.Opened opened = KbInput.of(file.toString()).open(null)) {
      assertThatThrownBy(() -> PipelinedReader.read(opened, file.toString(), (KbObject o) -> {
            if (o.key().endsWith("000000000010")) {
              throw new KbFormatException(file.toString(), o.line(), 0, "refused");
            }
          }))
          .isInstanceOf(KbFormatException.class)
          .hasMessage(file + ":12: refused");
    }
  }
}
