package io.ascribe.spark.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.input.DocumentInputs;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.spark.claims.ExtractedRows.Origin;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;

/**
 * One input file of the claims job read into rows ({@link ExtractedRows#EXTRACTED}), one per
 * record: a web archive (WARC or WET, plain or gzip) through {@link DocumentInputs#readArchive}, or
 * JSONL of {@code {"url": ..., "text": ...}} objects (named {@code *.jsonl} or {@code *.jsonl.gz}).
 * Each document goes through the {@link DocumentExtractor}; a record that cannot be read or
 * extracted becomes an error row, never an exception.
 */
final class InputFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentInputs inputs;
  private final DocumentExtractor extractor;
  private final String tlp;

  InputFile(DocumentInputs inputs, DocumentExtractor extractor, String tlp) {
    this.inputs = inputs;
    this.extractor = extractor;
    this.tlp = tlp;
  }

  /** Reads {@code name}, whose bytes {@code bytes} opens at any offset, into {@code rows}. */
  void read(String name, DocumentInputs.ArchiveBytes bytes, Consumer<Row> rows) {
    if (isJsonl(name)) {
      readJsonl(name, bytes, rows);
    } else {
      inputs.readArchive(name, bytes,
          (page, recordId, date) -> rows.accept(extract(page, new Origin(page.source(), target(name, page.source()),
              recordId, date))),
          problem -> rows.accept(ExtractedRows.error(new Origin(problem.source(), null, null, null),
              problem.message())));
    }
  }

  static boolean isJsonl(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
  }

  private void readJsonl(String name, DocumentInputs.ArchiveBytes bytes, Consumer<Row> rows) {
    long line = 0;
    try (InputStream raw = new BufferedInputStream(bytes.openAt(0), 64 * 1024);
        BufferedReader in = new BufferedReader(new InputStreamReader(
            name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw,
            StandardCharsets.UTF_8))) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (!text.isBlank()) {
          rows.accept(jsonlRecord(name, line, text));
        }
      }
    } catch (IOException | RuntimeException e) {
      rows.accept(ExtractedRows.error(new Origin(name, null, name + ":" + (line + 1), null),
          "truncated or unreadable after line " + line + ": " + message(e)));
    }
  }

  private Row jsonlRecord(String name, long line, String text) {
    String recordId = name + ":" + line;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return ExtractedRows.error(new Origin(name, null, recordId, null), "line " + line + ": not JSON: "
          + e.getOriginalMessage());
    }
    JsonNode url = node.get("url");
    JsonNode body = node.get("text");
    if (url == null || !url.isTextual() || body == null || !body.isTextual()) {
      return ExtractedRows.error(new Origin(name, null, recordId, null),
          "line " + line + ": expected an object with string fields \"url\" and \"text\"");
    }
    RawDocument document = new RawDocument(url.asText(), body.asText().getBytes(StandardCharsets.UTF_8), "text/plain");
    return extract(document, new Origin(url.asText(), url.asText(), recordId, null));
  }

  private Row extract(RawDocument page, Origin origin) {
    ExtractedDocument d;
    try {
      d = extractor.extract(page.source(), page.bytes(), page.nameOrContentType());
    } catch (RuntimeException | StackOverflowError e) {
      return ExtractedRows.error(origin, "extraction failed: " + message(e));
    }
    return ExtractedRows.document(origin, d, tlp);
  }

  /** The page's URL: what follows {@code <file>#} in its source. */
  private static String target(String name, String source) {
    return source.startsWith(name + "#") ? source.substring(name.length() + 1) : null;
  }

  private static String message(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
