package io.ascribe.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LineJoin}: hyphens, hashes, URLs and cut tokens at line ends. */
class LineJoinTest {
  private static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String MD5 = "098f6bcd4621d373cade4e832627b4f6";

  private static String join(String before, String next, boolean alone, boolean full) {
    return LineJoin.join(before, next, alone, full, w -> false);
  }

  @Test
  void join_hyphenatedWord_dropsTheHyphen() {
    assertThat(join("data exfil-", "tration began", false, true)).isEqualTo("data exfiltration began");
    assertThat(join("state-spon-", "sored actors", false, false)).isEqualTo("state-sponsored actors");
  }

  @Test
  void join_hyphenatedWordTheDocumentWritesSo_keepsTheHyphen() {
    assertThat(LineJoin.join("the command-and-", "control server", false, true,
        Set.of("command-and-control")::contains)).isEqualTo("the command-and-control server");
  }

  @Test
  void join_hyphenBeforeCapitalOrDigit_isARealHyphen() {
    assertThat(join("pro-", "Russian", false, true)).isEqualTo("pro- Russian");
    assertThat(join("COVID-", "19", false, true)).isEqualTo("COVID- 19");
  }

  @Test
  void join_hashCutAtTheLineEnd_isWhole() {
    assertThat(join("sha256 " + SHA256.substring(0, 50), SHA256.substring(50) + " dropper", false, true))
        .isEqualTo("sha256 " + SHA256 + " dropper");
    assertThat(join(SHA256.substring(0, 40), SHA256.substring(40), true, true)).isEqualTo(SHA256);
  }

  @Test
  void join_afterALineThatIsNotFull_keepsTheSpace() {
    assertThat(join("sha256 " + SHA256.substring(0, 50), SHA256.substring(50), false, false))
        .isEqualTo("sha256 " + SHA256.substring(0, 50) + " " + SHA256.substring(50));
  }

  @Test
  void join_twoWholeHashes_stayApart() {
    assertThat(join(MD5, MD5, true, true)).isEqualTo(MD5 + " " + MD5);
    assertThat(join(SHA256, MD5, true, true)).isEqualTo(SHA256 + " " + MD5);
  }

  @Test
  void join_defangedUrlCutAtTheLineEnd_isWhole() {
    assertThat(join("hxxps://evil[.]example[.]com/static/", "loader.bin", true, true))
        .isEqualTo("hxxps://evil[.]example[.]com/static/loader.bin");
    assertThat(join("see hxxp://a[.]example/", "path", false, true))
        .isEqualTo("see hxxp://a[.]example/path");
  }

  @Test
  void join_longTokenFillingItsLine_isWhole() {
    assertThat(join("C:\\Users\\Public\\Libraries\\upd", "ate.exe was run", true, true))
        .isEqualTo("C:\\Users\\Public\\Libraries\\update.exe was run");
  }

  @Test
  void join_ordinaryWords_getOneSpace() {
    assertThat(join("the actors", "used a loader", false, true)).isEqualTo("the actors used a loader");
    assertThat(join("", "first", false, false)).isEqualTo("first");
  }

  @Test
  void word_stripsEdgePunctuationAndCase() {
    assertThat(LineJoin.word("(Command-and-Control),")).isEqualTo("command-and-control");
  }
}
