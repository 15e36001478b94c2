package io.ascribe.cli.bench.eset;

import io.ascribe.attribution.EvidenceKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * One evidence configuration of the ESET benchmark: which kinds of the held-out publication's
 * evidence reach the engine, and which kinds of the other publications' corpus links become
 * actor facts. {@link #BEHAVIOUR} is the engine as it was before the corpus: techniques and
 * software only, no document facts.
 */
public enum Arm {
  BEHAVIOUR("techniques and software only", behaviour(), EnumSet.noneOf(EvidenceKind.class)),
  INDICATORS("+ indicators (infrastructure)", with(EvidenceKind.INDICATOR), EnumSet.of(EvidenceKind.INDICATOR)),
  CORPUS_TOOLS("+ corpus tools", behaviour(), EnumSet.of(EvidenceKind.SOFTWARE)),
  CORPUS_TECHNIQUES("+ corpus techniques", behaviour(), EnumSet.of(EvidenceKind.TECHNIQUE)),
  VICTIMS("+ victims", with(EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR),
      EnumSet.of(EvidenceKind.VICTIM_COUNTRY, EvidenceKind.VICTIM_SECTOR)),
  ALL("all evidence", EnumSet.allOf(EvidenceKind.class), EnumSet.allOf(EvidenceKind.class));

  private final String label;
  private final Set<EvidenceKind> evidence;
  private final Set<EvidenceKind> corpus;

  Arm(String label, Set<EvidenceKind> evidence, Set<EvidenceKind> corpus) {
    this.label = label;
    this.evidence = evidence;
    this.corpus = corpus;
  }

  /** How the arm is printed. */
  public String label() {
    return label;
  }

  /** The kinds of held-out evidence the engine sees. */
  public Set<EvidenceKind> evidence() {
    return evidence;
  }

  /** The kinds of corpus links that become actor facts. */
  public Set<EvidenceKind> corpus() {
    return corpus;
  }

  private static Set<EvidenceKind> behaviour() {
    return EnumSet.of(EvidenceKind.TECHNIQUE, EvidenceKind.SOFTWARE);
  }

  private static Set<EvidenceKind> with(EvidenceKind... more) {
    Set<EvidenceKind> s = behaviour();
    s.addAll(Set.of(more));
    return s;
  }
}
