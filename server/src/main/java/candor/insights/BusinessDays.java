package candor.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Business days between two instants, by calendar date in UTC: Saturdays and Sundays do not count, and
 * a message sent at the weekend counts as sent on the Monday. A reply the next business day is 1; a
 * question on Friday answered on Monday is 1, on Tuesday 2.
 */
final class BusinessDays {
  private BusinessDays() {}

  static int between(Instant asked, Instant answered) {
    LocalDate from = asked.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate to = answered.atZone(ZoneOffset.UTC).toLocalDate();
    while (weekend(from)) from = from.plusDays(1);
    if (!to.isAfter(from)) return 0;
    long days = to.toEpochDay() - from.toEpochDay();
    long weeks = days / 7;
    int count = (int) Math.min(Integer.MAX_VALUE, weeks * 5);
    for (LocalDate d = from.plusDays(weeks * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
      if (!weekend(d)) count++;
    }
    return count;
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
