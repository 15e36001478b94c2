package io.ascribe.spark.claims;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The web archives of the claims job's tests, written with jwarc: short news pages made up for
 * the tests (a story with claims and its wire copies, a page without claims, a German page, an
 * exact copy, an image), a truncated record, and a JSONL file.
 */
final class NewsArchives {
  static final String STORY_URL = "https://news.example.com/2024/03/grid-attack";
  static final String EXACT_COPY_URL = "https://mirror.example.net/grid-attack";
  static final String WIRE_COPY_URL = "https://daily.example.org/world/grid";
  static final String EDITED_COPY_URL = "https://courier.example.co.uk/news/grid-hackers";
  static final String PLAIN_URL = "https://news.example.com/2024/03/marathon";
  static final String GERMAN_URL = "https://nachrichten.example.de/cyberangriff";
  static final String SECOND_STORY_URL = "https://news.example.com/2024/03/ministry";
  static final String IMAGE_URL = "https://news.example.com/logo.png";
  static final String TRUNCATED_URL = "https://news.example.com/2024/03/cut-short";
  static final String JSONL_URL = "https://wire.example.com/denial";

  private static final String STORY = """
      <p>The United States on Tuesday accused Russia of a cyberattack that cut power to thousands of homes in \
      three states last winter, officials said.</p>
      <p>The Justice Department said hackers working for Russian military intelligence broke into the networks \
      of two regional utilities in January and switched off substations.</p>
      <p>"We will hold those responsible to account," Secretary of State Jane Miller said in a statement on \
      Tuesday.</p>
      <p>The hackers, a group known as Alpha Panda, sent phishing emails to engineers and used stolen passwords \
      to reach the control systems, according to the indictment.</p>
      <p>Moscow denied any involvement. Kremlin spokesman Dmitry Peskov told reporters the accusations were \
      unfounded and hostile.</p>
      <p>Power was restored within two days, and the utilities said no customer data had been taken.</p>
      """;

  private NewsArchives() {}

  static String page(String title, String site, String body) {
    return "<!doctype html><html lang=\"" + (site.endsWith(".de") ? "de" : "en") + "\"><head><meta charset=\"utf-8\">"
        + "<title>" + title + "</title></head><body><nav><a href=\"/\">" + site + "</a> | <a href=\"/world\">World</a>"
        + " | <a href=\"/tech\">Technology</a></nav><article><h1>" + title + "</h1>" + body + "</article>"
        + "<footer>Copyright 2024 " + site + ". All rights reserved.</footer></body></html>";
  }

  static String story() {
    return page("US accuses Russia of attack on power grid", "news.example.com", STORY);
  }

  static String wireCopy() {
    return page("US blames Russia for grid hack", "daily.example.org",
        STORY + "<p>Reporting by the Daily staff; editing by Tom Brown.</p>");
  }

  static String editedCopy() {
    return page("Russia accused over grid cyberattack", "courier.example.co.uk", STORY.replace(
        "Power was restored within two days, and the utilities said no customer data had been taken.",
        "Both utilities restored power after two days and said they had lost no customer records."));
  }

  static String plain() {
    return page("City marathon draws record field", "news.example.com", """
        <p>More than twenty thousand runners took part in the city marathon on Sunday, a record for the race.</p>
        <p>The winner finished in two hours and nine minutes, and crowds lined the river path all morning.</p>
        <p>Organisers said next year's race would start an hour earlier to avoid the afternoon heat.</p>
        """);
  }

  static String german() {
    return page("Bundesregierung wirft Russland Cyberangriff vor", "nachrichten.example.de", """
        <p>Die Bundesregierung hat Russland am Dienstag einen Cyberangriff auf das Stromnetz vorgeworfen.</p>
        <p>Nach Angaben des Innenministeriums drangen Hacker eines russischen Geheimdienstes in die Netze von \
        zwei Versorgern ein und schalteten Umspannwerke ab.</p>
        <p>Moskau wies die Vorwürfe zurück und sprach von einer feindseligen Kampagne.</p>
        """);
  }

  static String secondStory() {
    return page("Ministry says China behind email breach", "news.example.com", """
        <p>The British government on Monday accused China of breaking into the email systems of the defence \
        ministry, the foreign secretary told parliament.</p>
        <p>The National Cyber Security Centre said the intruders used a flaw in a mail server that had not been \
        patched, and reached the inboxes of several senior staff.</p>
        <p>The Chinese embassy rejected the accusation as groundless and said Beijing opposes all hacking.</p>
        """);
  }

  /** {@code a.warc.gz}: the story, its exact copy, its wire copy, the page without claims, an image. */
  static Path first(Path dir) throws IOException {
    Path file = dir.resolve("a.warc.gz");
    try (WarcWriter w = writer(file)) {
      w.write(html(STORY_URL, story()));
      w.write(html(EXACT_COPY_URL, story()));
      w.write(html(WIRE_COPY_URL, wireCopy()));
      w.write(html(PLAIN_URL, plain()));
      w.write(response(IMAGE_URL, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    }
    return file;
  }

  /** {@code b.warc.gz}: the edited copy, the German page, a second story, then a record cut short. */
  static Path second(Path dir) throws IOException {
    Path file = dir.resolve("b.warc.gz");
    try (WarcWriter w = writer(file)) {
      w.write(html(EDITED_COPY_URL, editedCopy()));
      w.write(html(GERMAN_URL, german()));
      w.write(html(SECOND_STORY_URL, secondStory()));
      w.write(html(TRUNCATED_URL, page("Cut short", "news.example.com", "<p>" + "Words of a long page. ".repeat(200)
          + "</p>")));
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 120));
    return file;
  }

  /** {@code c.jsonl}: one good line with a denial, one that is not JSON, one without text. */
  static Path jsonl(Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"url\": \"" + JSONL_URL + "\", \"text\": \"Iran denies hacking charges\\n\\n"
        + "Iran on Friday denied that it was behind a cyberattack on a water utility in Pennsylvania, "
        + "calling the charges baseless.\"}\n"
        + "{\"url\": \"https://wire.example.com/broken\", \"text\": \"unterminated\n"
        + "{\"url\": \"https://wire.example.com/no-text\"}\n", StandardCharsets.UTF_8);
    return file;
  }

  private static WarcWriter writer(Path file) throws IOException {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP);
  }

  private static WarcResponse html(String uri, String html) {
    return response(uri, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private static WarcResponse response(String uri, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] message = new byte[head.length + body.length];
    System.arraycopy(head, 0, message, 0, head.length);
    System.arraycopy(body, 0, message, head.length, body.length);
    return new WarcResponse.Builder(URI.create(uri)).body(MediaType.HTTP_RESPONSE, message).build();
  }
}
