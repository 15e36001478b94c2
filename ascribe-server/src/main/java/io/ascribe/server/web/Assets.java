package io.ascribe.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the WebJar scripts are served: the paths carry the versions of the jars on the class path
 * (read from their Maven metadata), so a dependency update needs no code change.
 *
 * @param htmxVersion the htmx.org WebJar's version
 * @param cytoscapeVersion the cytoscape WebJar's version
 */
record Assets(String htmxVersion, String cytoscapeVersion) {
  /** Reads the versions from the class path; fails when a WebJar is missing. */
  static Assets fromClasspath() {
    return new Assets(version("htmx.org"), version("cytoscape"));
  }

  String htmx() {
    return "/webjars/htmx.org/" + htmxVersion + "/dist/htmx.min.js";
  }

  String cytoscape() {
    return "/webjars/cytoscape/" + cytoscapeVersion + "/dist/cytoscape.min.js";
  }

  private static String version(String artifact) {
    String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " WebJar is not on the class path (" + path + ")");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
