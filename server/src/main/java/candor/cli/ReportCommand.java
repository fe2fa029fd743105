package candor.cli;

import candor.audit.AuditException;
import candor.audit.AuditStore;
import candor.audit.Dates;
import candor.audit.Report;
import candor.audit.ReportFormats;
import candor.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the audit report: per rep, per week, and the worst examples. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Print the team audit report.")
public final class ReportCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  @Option(names = "--format", description = "text (default), json or csv.")
  Format format = Format.text;

  @Option(names = "--since", paramLabel = "DATE", description = "Only messages sent on or after this date (YYYY-MM-DD, UTC).")
  String since;

  @Mixin
  AuditStoreOptions store;

  @Override
  public Integer call() {
    try {
      Instant from = since == null ? null : Dates.parse(since);
      var c = store.load();
      Report r;
      try (AuditStore db = AuditStore.open(c.auditDb)) {
        r = Report.of(db.messages(from, null));
      }
      System.out.print(switch (format) {
        case text -> ReportFormats.text(r);
        case csv -> ReportFormats.csv(r);
        case json -> Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r) + "\n";
      });
      return 0;
    } catch (AuditException e) {
      System.err.println("candor report: " + e.getMessage());
      return 2;
    } catch (JsonProcessingException e) {
      System.err.println("candor report: " + e.getOriginalMessage());
      return 2;
    }
  }
}
