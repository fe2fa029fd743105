package candor.insights;

import java.util.Objects;
import java.util.Set;

/**
 * One coaching observation about a deal thread. {@code offset}/{@code length} are UTF-16 units into
 * the draft text ({@code where = "draft"}) or into {@code thread[message].text} ({@code where =
 * "thread"}); both are null when the insight is about the thread or draft as a whole. {@code message}
 * is null for the draft, and for a thread-wide insight that points at no one message (for example
 * {@code money} when budget never came up).
 */
public record Insight(String type, String detail, String where, Integer message, Integer offset, Integer length) {
  public static final String NEXT_STEP = "next_step";
  public static final String STALL = "stall";
  public static final String GOING_DARK = "going_dark";
  public static final String STAKEHOLDERS = "stakeholders";
  public static final String MONEY = "money";
  public static final String AUTHORITY = "authority";
  public static final String NEED = "need";
  public static final String SLOW_RESPONSE = "slow_response";
  public static final String CUSTOMER_FOCUS = "customer_focus";

  /** Every type, in the order the detector reports them. */
  public static final java.util.List<String> TYPES = java.util.List.of(NEXT_STEP, STALL, GOING_DARK, STAKEHOLDERS,
      MONEY, AUTHORITY, NEED, SLOW_RESPONSE, CUSTOMER_FOCUS);

  public static final String DRAFT = "draft";
  public static final String THREAD = "thread";
  private static final Set<String> WHERE = Set.of(DRAFT, THREAD);

  public Insight {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
    if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown insight type " + type);
    if (!WHERE.contains(where)) throw new IllegalArgumentException("where must be draft or thread, not " + where);
    if (DRAFT.equals(where) && message != null) throw new IllegalArgumentException("a draft insight has no message index");
    if ((offset == null) != (length == null)) throw new IllegalArgumentException("offset and length go together");
    if (offset != null && (offset < 0 || length <= 0)) throw new IllegalArgumentException("bad span " + offset + "+" + length);
    if (offset != null && THREAD.equals(where) && message == null) {
      throw new IllegalArgumentException("a span in the thread needs its message index");
    }
  }

  static Insight draft(String type, String detail) {
    return new Insight(type, detail, DRAFT, null, null, null);
  }

  static Insight draft(String type, String detail, int start, int end) {
    return new Insight(type, detail, DRAFT, null, start, end - start);
  }

  static Insight thread(String type, String detail) {
    return new Insight(type, detail, THREAD, null, null, null);
  }

  static Insight thread(String type, String detail, int message, int start, int end) {
    return new Insight(type, detail, THREAD, message, start, end - start);
  }

  /** Whether the insight points at words (the sentence that shows it), not at the thread as a whole. */
  public boolean hasSpan() {
    return offset != null;
  }
}
