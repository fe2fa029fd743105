package candor.engine;

/**
 * A buyer's question or concern the draft leaves open. {@code message} indexes the thread;
 * offsets are UTF-16 units into that message's text.
 */
public record Concern(String id, int message, int start, int end, String text, String topic, Status status,
    String suggestion) {
  public enum Status {
    UNANSWERED, DEFERRED;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
