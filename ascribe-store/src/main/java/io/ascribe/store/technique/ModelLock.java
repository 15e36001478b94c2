package io.ascribe.store.technique;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An exclusive lock on a home's technique model, held while one training reads the knowledge base
 * and replaces the files: a lock on {@code techniques.lock} beside the model, which keeps out other
 * processes (a team's commands beside its server on PostgreSQL) and, since the JDK refuses a second
 * lock on the same file within one process, other threads too. Waiting is said once.
 */
final class ModelLock implements AutoCloseable {
  private static final long POLL_MILLIS = 200;
  private final FileChannel channel;
  private final FileLock lock;

  private ModelLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** What runs under the lock. */
  interface Body<T> {
    T run() throws IOException;
  }

  /** Runs {@code body} holding the lock on {@code file}, waiting for it first when another holds it. */
  static <T> T holding(Path file, Consumer<String> waiting, Body<T> body) throws IOException {
    try (ModelLock lock = acquire(file, waiting)) {
      lock.checkHeld();
      return body.run();
    }
  }

  private void checkHeld() {
    if (!lock.isValid()) {
      throw new IllegalStateException("the lock on " + lock.channel() + " was lost");
    }
  }

  /** Waits for the lock on {@code file}, telling {@code waiting} once when another holds it. */
  private static ModelLock acquire(Path file, Consumer<String> waiting) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    boolean said = false;
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new ModelLock(channel, lock);
        }
        if (!said) {
          waiting.accept("the technique model is being trained elsewhere (in the background or by another "
              + "command); waiting for it");
          said = true;
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the technique model's training");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
