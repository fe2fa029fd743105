package candor.engine;

/**
 * A buyer's question or concern the draft leaves open. {@code message} indexes the thread;
 * offsets are UTF-16 units into that message's text. {@code confidence} is the chance that the item
 * is a point the buyer made and the draft really leaves open (see {@code OpenConfidence}).
 */
public record Concern(String id, int message, int start, int end, String text, String topic, Status status,
    String suggestion, double confidence) {
  public enum Status {
    UNANSWERED, DEFERRED;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
