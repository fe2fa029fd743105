package candor.cli;

import candor.audit.AuditException;
import candor.audit.AuditSource;
import candor.audit.AuditStore;
import candor.audit.Auditor;
import candor.audit.MessageAuditor;
import candor.audit.Sources;
import candor.config.Config;
import candor.engine.Engine;
import candor.mail.MailReader;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Audits the team's sent mail into the audit store; safe to rerun or resume after a kill. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit the team's sent mail (mbox files, folders of .eml files, IMAP folders) into the audit store.")
public final class AuditCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "An mbox file, a folder of .eml files, or imaps://USER@HOST[:PORT]/FOLDER "
          + "(password from CANDOR_IMAP_PASSWORD, or CANDOR_IMAP_OAUTH2_TOKEN for XOAUTH2, or a prompt on a terminal).")
  List<String> sources;

  @Option(names = "--team-domain", paramLabel = "DOMAIN",
      description = "The team's mail domain (repeatable); only mail sent from it is audited. Default: auditTeamDomains in the config.")
  List<String> teamDomains = new ArrayList<>();

  @Option(names = "--keep-bodies", description = "Also store each message's new text (not kept by default).")
  boolean keepBodies;

  @Option(names = "--workers", description = "Messages analysed at once (default: CPU count).")
  Integer workers;

  @Mixin
  AuditStoreOptions store;

  @Override
  public Integer call() {
    try {
      return run();
    } catch (AuditException e) {
      System.err.println("candor audit: " + e.getMessage());
      return 2;
    }
  }

  private int run() {
    Config c = store.load();
    List<String> domains = new ArrayList<>(teamDomains);
    if (domains.isEmpty() && !c.auditTeamDomains.isBlank()) domains.addAll(Arrays.asList(c.auditTeamDomains.split(",")));
    MailReader mail = new MailReader();
    // Fail fast on bad arguments, before the store opens and the models load.
    new MessageAuditor(null, domains, keepBodies);
    for (String spec : sources) {
      if (!spec.contains("://") && !java.nio.file.Files.exists(java.nio.file.Path.of(spec))) {
        throw new AuditException(spec + ": no such file or folder.");
      }
    }
    try (AuditStore db = AuditStore.open(c.auditDb)) {
      Instant cutoff = c.auditRetentionDays > 0 ? Instant.now().minus(Duration.ofDays(c.auditRetentionDays)) : null;
      if (cutoff != null) {
        int gone = db.purge(cutoff);
        if (gone > 0) System.err.println("Retention: removed " + gone + " message(s) older than " + c.auditRetentionDays + " days.");
      }
      MessageAuditor auditor = new MessageAuditor(Engine.standard(c.cacheEntries), domains, keepBodies);
      int n = workers != null ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
      Auditor runner = new Auditor(db, auditor, n, cutoff);
      for (String spec : sources) {
        try (AuditSource src = Sources.open(spec, mail, System.getenv(), System.console())) {
          Auditor.Result r;
          try (Progress p = Progress.forOutput(src.describe(), src.total())) {
            r = runner.run(src, p::update);
          }
          System.out.printf(Locale.ROOT,
              "%s: %d read, %d audited, %d already stored, %d not from the team, %d past retention, %d failed; %.1f s, %.1f messages/s%n",
              src.describe(), r.read(), r.audited(), r.alreadyStored(), r.notTeam(), r.tooOld(), r.failed(), r.seconds(),
              r.perSecond());
        }
      }
      System.out.println("Audit store: " + AuditStore.redact(c.auditDb) + " (" + db.messageCount() + " messages)");
    }
    return 0;
  }

  /** A progress bar on a terminal; otherwise a plain line every few seconds on stderr. */
  private abstract static class Progress implements AutoCloseable {
    abstract void update(int done, Integer total);

    @Override
    public abstract void close();

    static Progress forOutput(String name, Integer total) {
      if (System.console() != null) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("audit").setInitialMax(total == null ? -1 : total)
            .setStyle(ProgressBarStyle.ASCII).setUnit(" msg", 1).showSpeed().setUpdateIntervalMillis(250)
            .continuousUpdate().build();
        return new Progress() {
          @Override
          synchronized void update(int done, Integer t) {
            bar.stepTo(done);
          }

          @Override
          public void close() {
            bar.close();
          }
        };
      }
      PrintStream err = System.err;
      long t0 = System.nanoTime();
      return new Progress() {
        long last = t0;
        int lastDone;

        @Override
        synchronized void update(int done, Integer t) {
          lastDone = Math.max(lastDone, done);
          long now = System.nanoTime();
          if (now - last >= 5_000_000_000L) {
            last = now;
            print(now, t);
          }
        }

        void print(long now, Integer t) {
          double secs = (now - t0) / 1e9;
          double rate = secs > 0 ? lastDone / secs : 0;
          String eta = t == null || rate <= 0 ? "?" : Duration.ofSeconds(Math.round((t - lastDone) / rate)).toString().substring(2).toLowerCase(Locale.ROOT);
          err.printf(Locale.ROOT, "audit %s: %d/%s messages, %.1f msg/s, ETA %s%n", name, lastDone,
              t == null ? "?" : t.toString(), rate, eta);
        }

        @Override
        public synchronized void close() {
          print(System.nanoTime(), total); // the last line shows where it ended
        }
      };
    }
  }
}
