package candor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates typed by users: 2026-03-01 (midnight UTC) or a full ISO instant/offset date-time. */
public final class Dates {
  private Dates() {}

  public static Instant parse(String s) {
    String v = s.trim();
    try {
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e2) {
        try {
          return Instant.parse(v);
        } catch (DateTimeParseException e3) {
          throw new AuditException("Not a date: '" + v + "' (use YYYY-MM-DD, e.g. 2026-03-01).");
        }
      }
    }
  }
}
