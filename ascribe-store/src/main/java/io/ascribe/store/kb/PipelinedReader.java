package io.ascribe.store.kb;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.kb.KbDocumentReader;
import io.ascribe.kb.KbFormat;
import io.ascribe.kb.KbFormatException;
import io.ascribe.kb.KbInput;
import io.ascribe.kb.KbObject;
import io.ascribe.kb.KbObjectSink;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads a knowledge document on a helper thread and hands its objects to a sink on the calling
 * thread, so that JSON parsing overlaps with database writes (the calling thread owns the
 * transaction). A bounded queue keeps memory flat whatever the document size.
 */
final class PipelinedReader {
  private static final int QUEUE = 256;
  private static final Item END = new Item(null, null);

  private record Item(KbObject object, JsonNode tree) {}

  private PipelinedReader() {}

  /**
   * Reads {@code opened} to its end (so its hash covers every byte) and feeds every object to
   * {@code sink} on this thread. Errors from either side stop both and are rethrown here.
   */
  static KbFormat read(KbInput.Opened opened, String location, KbObjectSink sink) throws KbFormatException {
    BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    Thread[] producerThread = new Thread[1];
    CompletableFuture<KbFormat> producer = new CompletableFuture<>();
    producerThread[0] = Thread.ofPlatform().name("ascribe-read").daemon().start(() -> {
      try {
        KbFormat format = new KbDocumentReader().read(opened.stream(), location, new KbObjectSink() {
          @Override
          public void accept(KbObject object) {
            throw new IllegalStateException("the reader always passes the parsed tree");
          }

          @Override
          public void accept(KbObject object, JsonNode tree) throws KbFormatException {
            try {
              queue.put(new Item(object, tree));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new KbFormatException(location, 0, 0, "import cancelled");
            }
          }
        });
        try {
          opened.drain();
        } catch (IOException e) {
          throw new KbFormatException(location, 0, 0, "cannot read to the end: " + e.getMessage(), e);
        }
        producer.complete(format);
      } catch (Throwable t) {
        producer.completeExceptionally(t);
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          // the consumer stopped early and interrupted us: nobody is waiting for the end marker
          Thread.currentThread().interrupt();
        }
      }
    });
    try {
      while (true) {
        Item item = queue.take();
        if (item == END) {
          break;
        }
        sink.accept(item.object(), item.tree());
      }
      return producer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KbFormatException(location, 0, 0, "import interrupted");
    } catch (CompletionException e) {
      if (e.getCause() instanceof KbFormatException k) {
        throw k;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new KbFormatException(location, 0, 0, "cannot read: " + e.getCause(), e.getCause());
    } finally {
      // after an error on this side the producer may be blocked on a full queue: release it
      producerThread[0].interrupt();
      queue.clear();
    }
  }
}
