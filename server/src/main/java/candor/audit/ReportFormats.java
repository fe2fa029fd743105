package candor.audit;

import java.util.Locale;
import java.util.Map;

/** The report as plain text (for a terminal) or CSV (one row per rep and week; week "all" for totals). */
public final class ReportFormats {
  private ReportFormats() {}

  public static String text(Report r) {
    StringBuilder out = new StringBuilder();
    Report.Totals t = r.team();
    out.append(String.format(Locale.ROOT, "Team: %d messages; pressure in %s, overpromise in %s, unanswered in %s%n",
        t.messages(), share(t.pressure(), t.messages()), share(t.overpromise(), t.messages()),
        share(t.unanswered(), t.messages())));
    if (r.reps().isEmpty()) return out.append("No audited messages.\n").toString();
    int w = Math.max(3, r.reps().stream().mapToInt(x -> x.rep().length()).max().orElse(3));
    out.append('\n').append(String.format(Locale.ROOT, "%-" + w + "s %8s %14s %14s %14s  %s%n", "rep", "messages",
        "pressure", "overpromise", "unanswered", "most frequent types"));
    for (Report.Rep rep : r.reps()) {
      out.append(String.format(Locale.ROOT, "%-" + w + "s %8d %14s %14s %14s  %s%n", rep.rep(), rep.messages(),
          share(rep.pressure(), rep.messages()), share(rep.overpromise(), rep.messages()),
          share(rep.unanswered(), rep.messages()), topTypes(rep.byType())));
    }
    if (!r.examples().isEmpty()) {
      out.append("\nWorst examples (per rep, one a message: the most confident of each category, then of each rule):\n");
      for (Report.Example e : r.examples()) {
        String marked = e.sentence().substring(0, e.start()) + "[" + e.sentence().substring(e.start(), e.end()) + "]"
            + e.sentence().substring(e.end());
        out.append(String.format(Locale.ROOT, "  %s  %s  %s/%s  \"%s\"%n    %s%n", e.rep(),
            e.date() == null ? "(undated)" : e.date().substring(0, 10), e.category(), e.type(), oneLine(e.subject()),
            oneLine(marked)));
      }
    }
    return out.toString();
  }

  public static String csv(Report r) {
    StringBuilder out = new StringBuilder("rep,week,messages,pressure,overpromise,unanswered\n");
    Report.Totals t = r.team();
    row(out, "(team)", "all", t.messages(), t.pressure(), t.overpromise(), t.unanswered());
    for (Report.Rep rep : r.reps()) {
      row(out, rep.rep(), "all", rep.messages(), rep.pressure(), rep.overpromise(), rep.unanswered());
      for (Report.Week wk : rep.weekly()) {
        row(out, rep.rep(), wk.week(), wk.messages(), wk.pressure(), wk.overpromise(), wk.unanswered());
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String rep, String week, int... counts) {
    out.append(cell(rep)).append(',').append(cell(week));
    for (int c : counts) out.append(',').append(c);
    out.append('\n');
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets never run it as a formula. */
  static String cell(String s) {
    String v = s == null ? "" : s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String share(int n, int of) {
    return of == 0 ? "0" : String.format(Locale.ROOT, "%d (%d%%)", n, Math.round(100.0 * n / of));
  }

  private static String topTypes(Map<String, Integer> byType) {
    return byType.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("-");
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t]+", " ");
  }
}
