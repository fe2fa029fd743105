package candor.insights;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.engine.Draft;
import candor.engine.OwnText;
import candor.engine.ThreadMessage;
import candor.mail.ReplySplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Coaching insights about a deal thread: missing next step, stalls, going dark, single-threading,
 * budget/decision maker/need, slow replies and the draft's customer focus (rules in
 * {@code package-info.java}). Immutable and thread-safe; no I/O and no logging, so no message body
 * is ever written anywhere.
 */
public final class InsightDetector {
  private final Function<String, AnnotatedText> annotate;
  private final ReplySplitter splitter = new ReplySplitter();
  private final List<InsightRule> rules = List.of(new NextStep(), new Stalls(), new GoingDark(), new Stakeholders(),
      new Qualification(), new SlowResponse(), new FocusBalance());

  /** Annotates each message with {@code annotator} (no caching). */
  public InsightDetector(Annotator annotator) {
    this(annotator::annotate);
  }

  /**
   * Annotates through {@code annotate}, which must be thread-safe and return the annotation of the whole
   * string it is given. The engine can pass its cache ({@code cache::annotate}) so that messages it has
   * already read are not tagged twice.
   */
  public InsightDetector(Function<String, AnnotatedText> annotate) {
    this.annotate = Objects.requireNonNull(annotate, "annotate");
  }

  /**
   * @param draft the rep's reply being written (counts as the newest rep message)
   * @param resolvedThread {@code Analysis.thread()}: oldest first, roles filled in (a null role is read as
   *     the buyer's), dates optional
   * @return insights in the order of {@link Insight#TYPES}, each type's in thread order
   */
  public List<Insight> detect(Draft draft, List<ThreadMessage> resolvedThread) {
    return detect(draft, resolvedThread, annotate);
  }

  /** As {@link #detect(Draft, List)}, annotating through {@code annotate} (e.g. the engine's per-analysis memo). */
  public List<Insight> detect(Draft draft, List<ThreadMessage> resolvedThread, Function<String, AnnotatedText> annotate) {
    return detect(draft, resolvedThread, annotate, text -> OwnText.of(splitter, text));
  }

  /** As above, reading each body's own text through {@code own} (the engine's per-analysis split). */
  public List<Insight> detect(Draft draft, List<ThreadMessage> resolvedThread, Function<String, AnnotatedText> annotate,
      Function<String, OwnText> own) {
    Conversation c = new Conversation(draft, resolvedThread == null ? List.of() : resolvedThread, annotate, own);
    List<Insight> out = new ArrayList<>();
    for (InsightRule rule : rules) out.addAll(rule.detect(c));
    return List.copyOf(out);
  }
}
