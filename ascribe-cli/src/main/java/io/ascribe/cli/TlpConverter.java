package io.ascribe.cli;

import io.ascribe.model.Tlp;
import picocli.CommandLine.ITypeConverter;

/** Reads a TLP level from the command line ({@code AMBER+STRICT}, {@code amber_strict}, {@code TLP:RED}). */
public final class TlpConverter implements ITypeConverter<Tlp> {
  @Override
  public Tlp convert(String value) {
    return Tlp.parse(value);
  }
}
