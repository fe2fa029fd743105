package candor.cli;

import candor.audit.AuditException;
import candor.audit.AuditStore;
import candor.audit.Dates;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Deletes audit results of messages sent before a date. */
@Command(name = "purge", mixinStandardHelpOptions = true, description = "Delete audit results of messages sent before a date.")
public final class PurgeCommand implements Callable<Integer> {
  @Option(names = "--before", required = true, paramLabel = "DATE", description = "YYYY-MM-DD (UTC): results of older messages are deleted.")
  String before;

  @Mixin
  AuditStoreOptions store;

  @Override
  public Integer call() {
    try {
      Instant t = Dates.parse(before);
      var c = store.load();
      try (AuditStore db = AuditStore.open(c.auditDb)) {
        int n = db.purge(t);
        System.out.println("Deleted " + n + " message(s) sent before " + t + " (" + db.messageCount() + " left).");
      }
      return 0;
    } catch (AuditException e) {
      System.err.println("candor purge: " + e.getMessage());
      return 2;
    }
  }
}
