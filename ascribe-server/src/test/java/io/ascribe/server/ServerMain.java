package io.ascribe.server;

import io.ascribe.store.Store;
import java.nio.file.Path;

/**
 * A server in a child process for {@link ServerKillTest}: serves the home given as the first
 * argument on a free loopback port, prints "port N", and runs until it is killed.
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.open(Path.of(args[0]));
    AscribeServer server = new AscribeServer(new Services(store), AscribeServer.Settings.defaults()).start("127.0.0.1", 0);
    System.out.println("port " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
