package io.ascribe.attribution;

/**
 * Words for probabilities: the ICD 203 estimative-language bands, and the STIX 2.1 confidence value
 * for each band (STIX 2.1, appendix "Confidence scales", DNI scale).
 */
public enum Likelihood {
  ALMOST_NO_CHANCE("almost no chance", 0.05, 5),
  VERY_UNLIKELY("very unlikely", 0.20, 15),
  UNLIKELY("unlikely", 0.45, 30),
  ROUGHLY_EVEN_CHANCE("roughly even chance", 0.55, 50),
  LIKELY("likely", 0.80, 70),
  VERY_LIKELY("very likely", 0.95, 85),
  ALMOST_CERTAIN("almost certain", 1.0, 95);

  private final String words;
  private final double upper;
  private final int stixConfidence;

  Likelihood(String words, double upper, int stixConfidence) {
    this.words = words;
    this.upper = upper;
    this.stixConfidence = stixConfidence;
  }

  /** The band a probability falls in (upper bounds inclusive, as ICD 203 writes them). */
  public static Likelihood of(double probability) {
    if (Double.isNaN(probability) || probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
    for (Likelihood l : values()) {
      if (probability <= l.upper) {
        return l;
      }
    }
    return ALMOST_CERTAIN;
  }

  /** The ICD 203 words, e.g. "roughly even chance". */
  public String words() {
    return words;
  }

  /** The STIX 2.1 confidence value (0-100) that the DNI scale gives this band. */
  public int stixConfidence() {
    return stixConfidence;
  }
}
