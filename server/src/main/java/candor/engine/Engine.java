package candor.engine;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.LanguageCheck;
import candor.detect.ConcernAdvice;
import candor.detect.ConcernFinder;
import candor.detect.Coverage;
import candor.detect.CustomerFocus;
import candor.detect.PatternDetector;
import candor.detect.Topics;
import candor.rules.RuleMatch;
import candor.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * thread -> annotated text -> detectors -> findings. Immutable and thread-safe: the HTTP API, the
 * CLI and the batch audit share one instance. The active rules come from a supplier so that team
 * packs can be reloaded without a restart.
 */
public final class Engine {
  private final AnnotationCache cache;
  private final Supplier<RuleSet> rules;
  private final LanguageCheck language = new LanguageCheck();
  private final PatternDetector patterns = new PatternDetector();
  private final ConcernFinder concerns = new ConcernFinder();
  private final Coverage coverage = new Coverage();

  public Engine(Annotator annotator, Supplier<RuleSet> rules, int cacheCapacity) {
    this.cache = new AnnotationCache(annotator, cacheCapacity);
    this.rules = rules;
  }

  /** The engine with OpenNLP's English models and the built-in packs. */
  public static Engine standard(int cacheCapacity) {
    RuleSet builtIn = RuleSet.builtIn();
    return new Engine(Annotator.english(), () -> builtIn, cacheCapacity);
  }

  public RuleSet rules() {
    return rules.get();
  }

  public Analysis analyze(AnalysisRequest request) {
    long t0 = System.nanoTime();
    RuleSet ruleSet = rules.get();
    Draft draft = request.draft();
    List<String> warnings = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();

    int ownEnd = QuotedHistory.start(draft.text());
    String own = draft.text().substring(0, ownEnd);
    LanguageCheck.Result lang = language.check(own + " " + draft.subject());
    AnnotatedText draftText = cache.annotate(draft.text());
    if (lang.english()) {
      findings.addAll(toFindings(patterns.detect(ruleSet, draftText, ownEnd), Field.TEXT));
      if (!draft.subject().isBlank()) {
        AnnotatedText subject = cache.annotate(draft.subject());
        findings.addAll(toFindings(patterns.detect(ruleSet, subject, draft.subject().length()), Field.SUBJECT));
      }
    } else {
      warnings.add("The draft looks like it is not in English (detected: " + lang.language()
          + "); pressure and overpromise checks only support English, so none were run.");
    }

    List<Concern> open = unanswered(request, draftText, ownEnd);
    double pressure = maxConfidence(findings, "pressure");
    double overpromise = maxConfidence(findings, "overpromise");
    Analysis.Scores scores = new Analysis.Scores(pressure, overpromise, CustomerFocus.of(own));
    return new Analysis(findings, open, scores, warnings, (System.nanoTime() - t0) / 1e6);
  }

  private List<Finding> toFindings(List<PatternDetector.Hit> hits, Field field) {
    List<Finding> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PatternDetector.Hit h : hits) {
      RuleMatch m = h.match();
      String span = m.groups().get(0);
      String key = m.rule().id() + "|" + field + "|" + span.toLowerCase(Locale.ROOT);
      int nth = seen.merge(key, 1, Integer::sum);
      String id = Ids.of(m.rule().id(), field.wire(), span, nth == 1 ? "" : Integer.toString(nth));
      List<String> suggestions = new ArrayList<>();
      for (String s : m.rule().suggestions()) suggestions.add(m.fill(s));
      out.add(new Finding(id, m.rule().id(), m.rule().category(), m.rule().type(), field, m.start(), m.end(), span,
          m.fill(m.rule().message()), suggestions, m.rule().level(), round(h.confidence())));
    }
    return out;
  }

  private List<Concern> unanswered(AnalysisRequest request, AnnotatedText draftText, int draftLimit) {
    List<ThreadMessage> thread = request.thread();
    List<Role> roles = Roles.infer(request.draft(), thread);
    List<Concern> out = new ArrayList<>();
    for (int i = 0; i < thread.size(); i++) {
      if (roles.get(i) != Role.CUSTOMER) continue;
      String text = thread.get(i).text();
      AnnotatedText annotated = cache.annotate(text);
      int limit = QuotedHistory.start(text);
      List<Coverage.Reply> replies = new ArrayList<>();
      for (int j = i + 1; j < thread.size(); j++) {
        if (roles.get(j) == Role.REP) {
          String rt = thread.get(j).text();
          replies.add(new Coverage.Reply(cache.annotate(rt), QuotedHistory.start(rt)));
        }
      }
      replies.add(new Coverage.Reply(draftText, draftLimit));
      Concern previous = null;
      int previousSentence = -2;
      for (ConcernFinder.Candidate c : concerns.find(annotated, limit)) {
        String span = text.substring(c.start(), c.end());
        String topic = Topics.of(span);
        Coverage.Verdict v = coverage.judge(annotated, c.start(), c.end(), topic, replies);
        int sentenceIndex = annotated.sentences().indexOf(c.sentence());
        if (v == Coverage.Verdict.ANSWERED) {
          previous = null;
          continue;
        }
        Concern.Status status = v == Coverage.Verdict.DEFERRED ? Concern.Status.DEFERRED : Concern.Status.UNANSWERED;
        // One concern often takes two sentences ("We have a strict rule that PHI stays in our VPC. Is there
        // a way to keep data in-region?"): adjacent open sentences on one topic are reported as one item.
        if (previous != null && sentenceIndex == previousSentence + 1 && previous.topic().equals(topic)
            && previous.status() == status) {
          String merged = text.substring(previous.start(), c.end());
          previous = new Concern(Ids.of("unanswered", Integer.toString(i), merged), i, previous.start(), c.end(), merged,
              topic, status, previous.suggestion());
          out.set(out.size() - 1, previous);
        } else {
          previous = new Concern(Ids.of("unanswered", Integer.toString(i), span), i, c.start(), c.end(), span, topic,
              status, ConcernAdvice.of(topic, status == Concern.Status.DEFERRED));
          out.add(previous);
        }
        previousSentence = sentenceIndex;
      }
    }
    return out;
  }

  private static double maxConfidence(List<Finding> findings, String category) {
    double max = 0;
    for (Finding f : findings) if (f.category().equals(category)) max = Math.max(max, f.confidence());
    return max;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
