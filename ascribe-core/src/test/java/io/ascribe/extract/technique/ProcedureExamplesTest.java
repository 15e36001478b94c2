package io.ascribe.extract.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascribe.kb.KbFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ATT&CK procedure examples from a STIX bundle, cleaned into plain prose. */
class ProcedureExamplesTest {
  private static final String APT = "intrusion-set--00000000-0000-4000-8000-000000000001";
  private static final String MALWARE = "malware--00000000-0000-4000-8000-000000000002";
  private static final String PS = "attack-pattern--00000000-0000-4000-8000-000000000003";
  private static final String OLD = "attack-pattern--00000000-0000-4000-8000-000000000004";

  @TempDir
  Path dir;

  private static String pattern(String id, String attackId, String name, boolean revoked) {
    return """
        {"type": "attack-pattern", "id": "%s", "name": "%s", "revoked": %s,
         "external_references": [{"source_name": "mitre-attack", "external_id": "%s"}]}"""
        .formatted(id, name, revoked, attackId);
  }

  private static String uses(int n, String source, String target, String description) {
    return """
        {"type": "relationship", "id": "relationship--00000000-0000-4000-8000-0000000001%02d",
         "relationship_type": "uses", "source_ref": "%s", "target_ref": "%s"%s}"""
        .formatted(n, source, target, description == null ? "" : ", \"description\": \"" + description + "\"");
  }

  @Test
  void read_smallBundle_cleanExamplesOfLiveTechniques() throws Exception {
    String bundle = "{\"type\": \"bundle\", \"id\": \"bundle--00000000-0000-4000-8000-000000000000\", \"objects\": ["
        + String.join(",",
            uses(1, APT, PS, "[APT Test](https://attack.mitre.org/groups/G9999) has used "
                + "[PowerShell](https://attack.mitre.org/techniques/T1059/001) to run `Invoke-Thing`.(Citation: Vendor 2020)"),
            uses(2, MALWARE, PS, "[Evil](https://attack.mitre.org/software/S9999) can launch "
                + "[Cobalt Strike](https://attack.mitre.org/software/S0154) with PowerShell; Evil also uses Test-Evil.(Citation: A)(Citation: B (2021))"),
            uses(3, APT, OLD, "Revoked technique example."),
            uses(4, APT, PS, null),
            uses(5, APT, MALWARE, "[APT Test](https://attack.mitre.org/groups/G9999) uses Evil."),
            """
            {"type": "intrusion-set", "id": "%s", "name": "APT Test", "aliases": ["APT Test", "Test Team"]}""".formatted(APT),
            """
            {"type": "malware", "id": "%s", "name": "Evil", "x_mitre_aliases": ["Evil"]}""".formatted(MALWARE),
            pattern(PS, "T1059.001", "PowerShell", false),
            pattern(OLD, "T1086", "PowerShell", true))
        + "]}";
    Path file = dir.resolve("bundle.json");
    Files.writeString(file, bundle);

    ProcedureExamples examples = ProcedureExamples.read(file);

    assertThat(examples.examples()).containsExactly(
        new ProcedureExamples.Example("T1059.001", "The group has used PowerShell to run Invoke-Thing."),
        new ProcedureExamples.Example("T1059.001",
            "The malware can launch the software with PowerShell; the malware also uses Test-Evil."));
    assertThat(examples.techniqueNames()).containsExactly(java.util.Map.entry("T1059.001", "PowerShell"));
  }

  @Test
  void clean_citationInsideSentence_removedWithItsSpace() {
    assertThat(ProcedureExamples.clean("It [dumps](https://attack.mitre.org/techniques/T1003) creds (Citation: X) quickly.",
        null, List.of())).isEqualTo("It dumps creds quickly.");
  }

  @Test
  void read_malformedBundle_namesFileAndLine() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"type\": \"bundle\", \"objects\": [\n{\"type\": \"relationship\",,}]}");

    assertThatThrownBy(() -> ProcedureExamples.read(file))
        .isInstanceOf(KbFormatException.class)
        .hasMessageStartingWith(file + ":2:");
  }
}
