package io.ascribe.server.web;

import io.ascribe.model.Tlp;
import io.ascribe.server.Services;
import io.ascribe.store.documents.DocumentLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a page names the documents it refers to: by title (a shortened hash when untitled), linked
 * to the document, but only for documents within the reader's clearance; any other is named by its
 * shortened hash alone, without a link and without its title.
 */
final class DocumentTitles {
  private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");
  private final Map<String, String> visible;

  private DocumentTitles(Map<String, String> visible) {
    this.visible = visible;
  }

  /** The titles of {@code sha256s} that a reader cleared for {@code max} may see. */
  static DocumentTitles of(Services services, Collection<String> sha256s, Tlp max) {
    return new DocumentTitles(new DocumentLibrary(services.store()).titles(sha256s, max));
  }

  /** Every SHA-256 (64 lowercase hex digits) in {@code text}. */
  static List<String> hashesIn(String text) {
    Matcher m = SHA256.matcher(text == null ? "" : text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The link text for a document: its title, else its shortened hash. */
  static String label(String title, String sha256) {
    return title != null && !title.isBlank() ? title.strip() : shortHash(sha256);
  }

  /** The first twelve hex digits of a hash and an ellipsis. */
  static String shortHash(String sha256) {
    return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
  }

  /** True when the reader may see the document. */
  boolean visible(String sha256) {
    return visible.containsKey(sha256);
  }

  /** The title of a visible document ("" when untitled), or null. */
  String title(String sha256) {
    return visible.get(sha256);
  }

  /** A link to the document named by its title, or its shortened hash unlinked when hidden. */
  Html link(String sha256, String cls) {
    if (!visible(sha256)) {
      return new Html().el("span", shortHash(sha256), "class", "mono small muted", "title", "a document outside your clearance");
    }
    return new Html().link(Urls.document(sha256), label(visible.get(sha256), sha256), "class", cls == null ? "doc-link"
        : "doc-link " + cls, "title", "SHA-256 " + sha256);
  }

  /**
   * Free text (an audit entry) with every document hash in it replaced by a link named by the
   * document's title; a title the text quotes right after the hash (" 'Title'") is dropped, since
   * the link carries it, also when the document is hidden, so the text leaks no title either.
   */
  Html text(String text) {
    Html h = new Html();
    Matcher m = SHA256.matcher(text);
    int at = 0;
    while (m.find()) {
      h.text(text.substring(at, m.start()));
      h.add(link(m.group(), null));
      at = m.end();
      String quoted = quotedTitleAt(text, at);
      if (quoted != null) {
        at += quoted.length();
      }
    }
    return h.text(text.substring(at));
  }

  /** The " 'Title'" that follows a hash at {@code at} and ends the text, or null. */
  private static String quotedTitleAt(String text, int at) {
    String rest = text.substring(at);
    return rest.startsWith(" '") && rest.endsWith("'") && rest.length() > 3 ? rest : null;
  }
}
