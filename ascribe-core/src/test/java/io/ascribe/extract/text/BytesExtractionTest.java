package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextExtractor#fromBytes}: charset detection, HTML sniffing and binary input. */
class BytesExtractionTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String FRENCH = "Le ministère a déclaré que l'attaque était l'œuvre d'un"
      + " groupe étranger et que les données des élèves n'avaient pas été volées.";

  private final TextExtractor extractor = new TextExtractor();

  @Test
  void fromBytes_windows1252PlainText_decodesAccents() {
    CleanText t = extractor.fromBytes(("Accueil | Actualités\n\n" + FRENCH + "\n")
        .getBytes(WINDOWS_1252), "article.txt");

    assertThat(t.text()).isEqualTo(FRENCH);
    assertThat(t.language()).isEqualTo("fr");
  }

  @Test
  void fromBytes_htmlDeclaringLatin1InContentType_decodesAsWindows1252() {
    String html = "<html><body><p>" + FRENCH + " Il a ajouté : « c'est inacceptable ».</p>"
        + "</body></html>";
    CleanText t = extractor.fromBytes(html.getBytes(WINDOWS_1252), "text/html; charset=ISO-8859-1");

    assertThat(t.text()).startsWith("Le ministère a déclaré").contains("« c'est inacceptable »");
  }

  @Test
  void fromBytes_htmlMetaCharset_isHonoured() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
        + " charset=windows-1252\"></head><body><p>" + FRENCH + "</p></body></html>";

    assertThat(extractor.fromBytes(html.getBytes(WINDOWS_1252), null).text()).isEqualTo(FRENCH);
  }

  @Test
  void fromBytes_utf8WithBom_stripsBomAndSniffsHtml() {
    String html = "<!DOCTYPE html><html><head><title>Café hack exposes card data</title></head>"
        + "<body><p>Attackers planted skimming code on the café chain's website, and thousands of"
        + " customers had their card numbers stolen, the company said.</p></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    CleanText t = extractor.fromBytes(bytes, "page.bin");

    assertThat(t.title()).isEqualTo("Café hack exposes card data");
    assertThat(t.text()).startsWith("Attackers planted skimming code on the café chain's website");
  }

  @Test
  void fromBytes_utf8WithBomPlainText_titleHasNoBom() {
    byte[] body = ("Breach at the city council\n12 May 2022\n" + "The city council said that"
        + " hackers had copied the personal data of residents from an old server.")
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    CleanText t = extractor.fromBytes(bytes, null);

    assertThat(t.title()).isEqualTo("Breach at the city council");
    assertThat(t.published()).isEqualTo("2022-05-12");
  }

  @Test
  void fromBytes_utf16WithBom_isDecoded() {
    byte[] body = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE);

    assertThat(extractor.fromBytes(body, null).text()).isEqualTo(FRENCH);
  }

  @Test
  void fromBytes_validUtf8WithoutDeclaration_isUtf8() {
    String text = "Хакеры атаковали сеть компании, сообщили в пресс-службе во вторник утром.";

    assertThat(extractor.fromBytes(text.getBytes(StandardCharsets.UTF_8), null).text())
        .isEqualTo(text);
  }

  @Test
  void fromBytes_randomJunk_returnsEmptyText() {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      byte[] junk = new byte[1 + random.nextInt(200_000)];
      random.nextBytes(junk);
      CleanText t = extractor.fromBytes(junk, round % 2 == 0 ? "x.html" : null);

      assertThat(t.text()).as("seed %d, round %d", seed, round).isEmpty();
    }
  }

  @Test
  void fromBytes_pdfMagic_isBinary() {
    byte[] pdf = "%PDF-1.7\nThe agency said the attack was contained within two days, officials said.\n"
        .getBytes(StandardCharsets.US_ASCII);

    assertThat(extractor.fromBytes(pdf, "report.pdf")).isEqualTo(CleanText.empty());
  }

  @Test
  void fromBytes_empty_returnsEmpty() {
    assertThat(extractor.fromBytes(new byte[0], null)).isEqualTo(CleanText.empty());
  }

  @Test
  void fromBytes_null_throwsWithMessage() {
    assertThatThrownBy(() -> extractor.fromBytes(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bytes must not be null");
  }

  @Test
  void isUtf8_overlongAndTruncatedSequences_areInvalid() {
    assertThat(DecodedBytes.isUtf8("é€𝄞".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(DecodedBytes.isUtf8(new byte[] {(byte) 0xc0, (byte) 0xaf})).isFalse();
    assertThat(DecodedBytes.isUtf8(new byte[] {(byte) 0xe2, (byte) 0x82})).isFalse();
    assertThat(DecodedBytes.isUtf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isFalse();
    assertThat(DecodedBytes.isUtf8(new byte[] {(byte) 0xe9})).isFalse();
  }
}
