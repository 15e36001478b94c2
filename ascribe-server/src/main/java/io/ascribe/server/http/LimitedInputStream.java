package io.ascribe.server.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request's body stream that counts the bytes read and fails with {@link BodyTooLargeException}
 * as soon as they pass the limit, so no reader can take in more than the limit plus one buffer.
 * Once it has failed it keeps failing: nothing after the limit is read.
 */
final class LimitedInputStream extends ServletInputStream {
  private final ServletInputStream in;
  private final long limit;
  private long read;

  LimitedInputStream(ServletInputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    check(0);
    int b = in.read();
    if (b >= 0) {
      check(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check(0);
    int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
    if (n > 0) {
      check(n);
    }
    return n;
  }

  /** True once a read has gone past the limit. */
  boolean passedLimit() {
    return read > limit;
  }

  private void check(int more) throws BodyTooLargeException {
    read += more;
    if (read > limit) {
      throw new BodyTooLargeException(limit);
    }
  }

  @Override
  public boolean isFinished() {
    return in.isFinished();
  }

  @Override
  public boolean isReady() {
    return in.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    in.setReadListener(listener);
  }
}
