package candor.engine;

import candor.annotate.AnnotatedText;
import candor.detect.ConcernFinder;
import candor.detect.Coverage;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the engine derives from one thread message, kept by content so an unchanged thread costs
 * nothing on the next keystroke: its annotation, the sender's own text, the buyer concerns in it,
 * and its sentences prepared as a reply. The last two are derived on first use: a rep's message is
 * only ever read as a reply, a buyer's only for its concerns.
 */
final class MessageView {
  private final AnnotatedText annotated;
  private final OwnText own;
  private final Lazy<List<ConcernFinder.Candidate>> concerns;
  private final Lazy<Coverage.Reply> asReply;

  MessageView(AnnotatedText annotated, OwnText own, ConcernFinder finder) {
    this.annotated = annotated;
    this.own = own;
    this.concerns = new Lazy<>(() -> finder.find(annotated, own::contains));
    this.asReply = new Lazy<>(() -> new Coverage.Reply(annotated, own::contains));
  }

  AnnotatedText annotated() {
    return annotated;
  }

  OwnText own() {
    return own;
  }

  List<ConcernFinder.Candidate> concerns() {
    return concerns.get();
  }

  Coverage.Reply asReply() {
    return asReply.get();
  }

  /** Computed once, then shared; views are read by concurrent analyses through the cache. */
  private static final class Lazy<T> {
    private Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
      this.compute = compute;
    }

    T get() {
      T v = value;
      if (v != null) return v;
      synchronized (this) {
        if (value == null) {
          value = compute.get();
          compute = null;
        }
        return value;
      }
    }
  }
}
