package io.ascribe.extract.technique;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence normalisation: values that name one machine or file become placeholders. */
class TokensTest {
  @Test
  void of_indicators_becomePlaceholders() {
    assertThat(Tokens.of("It beacons to hxxps://evil[.]com/a.php and 10.1.2.3:443 or bad-domain[.]ru, hash "
        + "d41d8cd98f00b204e9800998ecf8427e, at 0x7ffe offset 1,024."))
        .containsExactly("it", "beacons", "to", "_url_", "and", "_ip_", "or", "_domain_", "hash", "_hash_", "at",
            "_hex_", "offset", "_num_");
  }

  @Test
  void of_paths_keepTheFileNameAndExtension() {
    assertThat(Tokens.of("Dropped C:\\Users\\Public\\svchost.exe and ran /tmp/x/run.sh then %APPDATA%\\Intel\\"))
        .containsExactly("dropped", "_path_", "svchost.exe", "_ext_exe", "and", "ran", "_path_", "run.sh", "_ext_sh",
            "then", "_path_", "intel");
  }

  @Test
  void of_registryKey_keepsItsComponents() {
    assertThat(Tokens.of("Adds HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run value"))
        .containsExactly("adds", "_regkey_", "software", "microsoft", "windows", "currentversion", "run", "value");
  }

  @Test
  void of_fileNamesAndTechniqueIds_keptWhole() {
    assertThat(Tokens.of("Uses rundll32.exe (T1218.011), e.g. for comsvcs.dll."))
        .containsExactly("uses", "rundll32.exe", "_ext_exe", "t1218", "t1218_011", "e.g", "for", "comsvcs.dll", "_ext_dll");
  }

  @Test
  void of_valuesWithoutDigitsOrUpperCase_stillRecognised() {
    assertThat(Tokens.of("Key hkcu\\software\\run and hash deadbeefdeadbeefdeadbeefdeadbeef [at] night"))
        .containsExactly("key", "_regkey_", "software", "run", "and", "hash", "_hash_", "night");
  }
}
