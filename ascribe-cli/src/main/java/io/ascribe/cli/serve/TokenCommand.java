package io.ascribe.cli.serve;

import io.ascribe.access.Role;
import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.TlpConverter;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.access.TokenStore;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe token}: API tokens for the server. */
@Command(
    name = "token",
    header = "Create, list and revoke the API tokens of the server.",
    mixinStandardHelpOptions = true,
    description = {
      "API tokens. Roles: viewer reads; analyst also ingests and edits incidents; admin also manages "
          + "tokens and the knowledge base. --tlp is the highest marking the token may see: nothing above it "
          + "appears anywhere for that token. Only a hash of each token is stored; the secret is shown once.",
      "",
      "Examples:",
      "  ascribe token create --name alice --role analyst --tlp AMBER",
      "  ascribe token list",
      "  ascribe token revoke alice"
    },
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand {
  /** {@code ascribe token create}. */
  @Command(name = "create",
      header = "Create a token and print its secret once.",
      mixinStandardHelpOptions = true, description = {
      "Create a token and print its secret once (on stdout; what was created goes to stderr).",
      "",
      "Examples:",
      "  ascribe token create --name alice --role analyst --tlp AMBER",
      "  ascribe token create --role viewer          # named token-viewer-<date>-<time>",
      "  ascribe token create --name ci --role admin --tlp RED --json"
    })
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Option(names = "--name", description = "Who or what uses it (shown in the audit log; default: "
        + "token-<role>-<yyyyMMdd-HHmmss>, made unique).")
    String name;

    @Option(names = "--role", required = true, description = "viewer, analyst or admin.")
    String role;

    @Option(names = "--tlp", paramLabel = "MAX", defaultValue = "GREEN", converter = TlpConverter.class,
        description = "Highest TLP marking it may see (default: ${DEFAULT-VALUE}).")
    Tlp tlp;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws Exception {
      Role r = Role.parse(role);
      TokenStore.NewToken t;
      try (Store store = home.open()) {
        TokenStore tokens = new TokenStore(store);
        t = tokens.create(name != null ? name : TokenNames.generate(r, LocalDateTime.now(), names(tokens)), r, tlp,
            Actor.current());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        Json.print(out, t);
      } else {
        out.println(t.secret());
        spec.commandLine().getErr().printf("Token '%s' (%s, up to %s) created; the secret above is shown only now.%n",
            t.info().name(), t.info().role().id(), t.info().maxTlp().label());
        if (name == null) {
          spec.commandLine().getErr().printf("No --name was given, so it is named '%s'; revoke it with: "
              + "ascribe token revoke %s%n", t.info().name(), t.info().name());
        }
      }
      return 0;
    }

    private static Set<String> names(TokenStore tokens) {
      return tokens.list().stream().map(TokenStore.TokenInfo::name).collect(Collectors.toSet());
    }
  }

  /** {@code ascribe token list}. */
  @Command(name = "list",
      header = "List tokens (never their secrets).",
      mixinStandardHelpOptions = true,
      description = {
        "List tokens (never their secrets).",
        "",
        "Examples:",
        "  ascribe token list",
        "  ascribe token list --json"
      })
  static final class ListTokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws Exception {
      List<TokenStore.TokenInfo> tokens;
      try (Store store = home.open()) {
        tokens = new TokenStore(store).list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        Json.print(out, tokens);
        return 0;
      }
      int width = Math.max(20, tokens.stream().mapToInt(t -> t.name().length()).max().orElse(0));
      String row = "%-" + width + "s %-8s %-18s %-22s %s%n";
      out.printf(row, "name", "role", "up to", "created", "status");
      for (TokenStore.TokenInfo t : tokens) {
        out.printf(row, t.name(), t.role().id(), t.maxTlp().label(),
            t.createdAt().toString().substring(0, 19).replace('T', ' '), t.revokedAt() == null ? "live" : "revoked");
      }
      return 0;
    }
  }

  /** {@code ascribe token revoke}. */
  @Command(name = "revoke",
      header = "Revoke a token by name.",
      mixinStandardHelpOptions = true,
      description = {
        "Revoke a token by name.",
        "",
        "Example:",
        "  ascribe token revoke alice"
      })
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Parameters(paramLabel = "NAME", description = "The token's name.")
    String name;

    @Override
    public Integer call() throws Exception {
      boolean revoked;
      try (Store store = home.open()) {
        revoked = new TokenStore(store).revoke(name, Actor.current());
      }
      if (!revoked) {
        throw new IllegalArgumentException("no live token named '" + name + "' (see `ascribe token list`)");
      }
      spec.commandLine().getOut().println("revoked " + name);
      return 0;
    }
  }
}
