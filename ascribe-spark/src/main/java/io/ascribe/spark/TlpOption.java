package io.ascribe.spark;

import io.ascribe.model.Tlp;
import picocli.CommandLine.ITypeConverter;

/** Reads a TLP level from the command line ({@code AMBER+STRICT}, {@code amber_strict}, {@code TLP:RED}). */
final class TlpOption implements ITypeConverter<Tlp> {
  @Override
  public Tlp convert(String value) {
    return Tlp.parse(value);
  }
}
