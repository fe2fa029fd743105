package candor.cli;

import candor.auth.Principal;
import candor.auth.Role;
import candor.auth.TokensFile;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code token new}: a fresh team-mode token, printed once, and the line for the tokens file. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Team-mode tokens.",
    subcommands = {TokenCommand.New.class})
public final class TokenCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "new", mixinStandardHelpOptions = true,
      description = "Print a new random token (shown once; only its hash is kept) and its line for the tokens file.")
  static final class New implements Callable<Integer> {
    @Option(names = "--role", required = true, paramLabel = "rep|leader", description = "rep: sees their own results; leader: their team's.")
    String role;

    @Option(names = "--team", required = true, paramLabel = "TEAM", description = "Team name.")
    String team;

    @Option(names = "--rep", paramLabel = "ADDRESS", description = "For a rep: the mail address their audited mail is sent from.")
    String rep;

    @Override
    public Integer call() {
      Role r = switch (role.toLowerCase(Locale.ROOT)) {
        case "rep" -> Role.REP;
        case "leader" -> Role.LEADER;
        default -> null;
      };
      if (r == null) {
        System.err.println("--role must be rep or leader, not '" + role + "'.");
        return 2;
      }
      String address = rep == null ? null : rep.strip().toLowerCase(Locale.ROOT);
      String problem = TokensFile.problem(r, team == null ? null : team.strip(), address);
      if (problem != null) {
        System.err.println(problem + ".");
        return 2;
      }
      String token = TokensFile.newToken();
      System.out.println("Token (shown only now; give it to its holder, it cannot be recovered):");
      System.out.println("  " + token);
      System.out.println("Add this line to the tokens file (tab-separated):");
      System.out.println(TokensFile.line(token, new Principal(r, team.strip(), address)));
      return 0;
    }
  }
}
