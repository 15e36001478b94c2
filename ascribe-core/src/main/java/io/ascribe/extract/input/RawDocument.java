package io.ascribe.extract.input;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document read from an input, ready for {@link
 * io.ascribe.extract.DocumentExtractor#extract(String, byte[], String)}: the three arguments that
 * method takes.
 *
 * <p>Two documents are equal when their sources, hints and byte contents are equal. The array is
 * not copied: do not change it after handing it over.
 *
 * @param source where the document came from: a file path, a URL, or {@code <file>#<target-uri>}
 *     for a page inside a web archive
 * @param bytes the document's bytes: text or HTML as found, or UTF-8 text taken from a PDF
 * @param nameOrContentType a file name or content type such as {@code text/html; charset=utf-8},
 *     the hint the text extractor uses to decode and sniff the bytes; never null
 */
public record RawDocument(String source, byte[] bytes, String nameOrContentType) {
  public RawDocument {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    Objects.requireNonNull(nameOrContentType, "nameOrContentType must not be null");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument d && source.equals(d.source) && Arrays.equals(bytes, d.bytes)
        && nameOrContentType.equals(d.nameOrContentType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, Arrays.hashCode(bytes), nameOrContentType);
  }

  @Override
  public String toString() {
    return "RawDocument[source=" + source + ", bytes=" + bytes.length + " bytes, nameOrContentType="
        + nameOrContentType + "]";
  }
}
