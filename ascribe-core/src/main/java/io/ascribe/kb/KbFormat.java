package io.ascribe.kb;

/** The knowledge-source formats Ascribe reads: STIX 2.x bundles and MISP galaxy cluster files. */
public enum KbFormat {
  /** A STIX 2.0 or 2.1 bundle: {@code {"type":"bundle","objects":[...]}}. */
  STIX,
  /** A MISP galaxy cluster file: {@code {"type":"threat-actor","values":[...]}}. */
  MISP
}
