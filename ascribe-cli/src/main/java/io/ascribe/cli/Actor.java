package io.ascribe.cli;

/** Who the command line acts as in the audit log: {@code cli:<OS user>}. */
public final class Actor {
  private Actor() {}

  /** The audit-log name of whoever runs this command. */
  public static String current() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
