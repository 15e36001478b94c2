package io.ascribe.extract.layout;

import java.util.List;

/**
 * A blog post as a browser's "save as text" gives it: the site's menus, a breadcrumb, the title, a
 * byline with date and read time and share buttons before the article; tags, related posts, a
 * newsletter box and the footer after it. The furniture is the project's own, generic to security
 * blogs.
 */
final class ScrapedPage {
  private static final List<String> BEFORE_TITLE = List.of(
      "Skip to main content", "Menu", "Products", "Solutions", "Research", "Blog", "Company", "Contact us",
      "Search", "Home / Blog / Threat Research");
  private static final List<String> AFTER_TITLE = List.of(
      "By the Threat Research Team | March 14, 2023 | 7 min read", "Share", "Twitter", "LinkedIn", "Email");
  private static final List<String> AFTER_BODY = List.of(
      "Tags: threat intelligence, malware analysis, incident response", "Share this article", "Related posts",
      "Inside a new loader family", "March 2, 2023", "What we saw at the conference this year", "February 21, 2023",
      "Subscribe to our newsletter", "Get our latest research in your inbox every week.", "Email address",
      "Subscribe", "Products", "Company", "Careers", "Press", "Privacy Policy | Terms of Use | Cookie Settings",
      "© 2023 Example Security, Inc. All rights reserved.");

  private ScrapedPage() {}

  static String render(String title, List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    BEFORE_TITLE.forEach(line -> out.append(line).append('\n'));
    out.append(title).append('\n');
    AFTER_TITLE.forEach(line -> out.append(line).append('\n'));
    paragraphs.forEach(p -> out.append(p).append('\n'));
    AFTER_BODY.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
