package io.ascribe.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers: {@code type--UUIDv5}, named from stable keys under a fixed
 * Ascribe namespace, so that exporting the same data twice gives the same ids.
 *
 * <p>The name hashed is the type followed by each key part, separated by U+001F (a character no
 * name or key contains), so {@code ("a|b", "c")} and {@code ("a", "b|c")} differ.
 */
public final class StixIds {
  /** The namespace of every id Ascribe names (a random UUID fixed once, never to change). */
  public static final UUID NAMESPACE = UUID.fromString("d2bf9496-2688-43aa-9118-c205796e4ec2");

  private static final char SEPARATOR = '\u001f';

  private StixIds() {}

  /**
   * The id of an object of {@code type} named by {@code keyParts}.
   *
   * @throws IllegalArgumentException when the type is not a STIX type name or no key is given
   */
  public static String of(String type, String... keyParts) {
    if (type == null || !type.matches("[a-z][a-z0-9-]*[a-z0-9]")) {
      throw new IllegalArgumentException("STIX type must be lower-case letters, digits and '-', got '" + type + "'");
    }
    if (keyParts.length == 0) {
      throw new IllegalArgumentException("a STIX id for " + type + " needs at least one key part");
    }
    StringBuilder name = new StringBuilder(type);
    for (String part : keyParts) {
      name.append(SEPARATOR).append(part == null ? "" : part);
    }
    return type + "--" + uuid5(NAMESPACE, name.toString());
  }

  /** A name-based UUID, version 5 (SHA-1), as RFC 9562 section 5.5 defines it. */
  static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
