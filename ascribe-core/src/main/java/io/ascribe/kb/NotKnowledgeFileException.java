package io.ascribe.kb;

/**
 * A well-formed JSON file that is neither a STIX bundle nor a MISP galaxy cluster file (a JSON
 * schema, a MISP galaxy definition, ...). Folder imports skip such files; explicit arguments fail.
 */
public final class NotKnowledgeFileException extends KbFormatException {
  public NotKnowledgeFileException(String source, String reason) {
    super(source, 0, 0, reason);
  }
}
