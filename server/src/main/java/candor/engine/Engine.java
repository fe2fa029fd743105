package candor.engine;

import static candor.rules.Text.overlaps;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.LanguageCheck;
import candor.detect.ConcernFinder;
import candor.detect.Coverage;
import candor.detect.ClaimCheck;
import candor.detect.CustomerFocus;
import candor.detect.ModelAdvice;
import candor.detect.ModelDetector;
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
  private final Lru<String, MessageView> views;
  private final boolean caching;
  private final Supplier<RuleSet> rules;
  private final LanguageCheck language = new LanguageCheck();
  private final PatternDetector patterns = new PatternDetector();
  private final ModelDetector model;
  private final Annotator annotator;
  private final candor.insights.InsightDetector insightDetector;
  private final ConcernFinder concerns = new ConcernFinder();
  private final Coverage coverage = new Coverage();
  private final ConcernListing listing;
  private final candor.mail.ReplySplitter splitter = new candor.mail.ReplySplitter();

  public Engine(Annotator annotator, Supplier<RuleSet> rules, int cacheCapacity) {
    this(annotator, rules, ModelDetector.standard(), cacheCapacity);
  }

  public Engine(Annotator annotator, Supplier<RuleSet> rules, ModelDetector model, int cacheCapacity) {
    this(annotator, rules, model, candor.detect.TopicDetector.standard(), cacheCapacity);
  }

  /** With another topic classifier than the packaged one (an evaluation's, trained on part of the corpus). */
  public Engine(Annotator annotator, Supplier<RuleSet> rules, ModelDetector model, candor.detect.TopicDetector topics, int cacheCapacity) {
    this(annotator, rules, model, topics, candor.detect.AnswerJudge.standard(), cacheCapacity);
  }

  /** With another answer judge than the packaged one; null leaves the coverage rules' verdict standing (how the judge's training data is made). */
  public Engine(Annotator annotator, Supplier<RuleSet> rules, ModelDetector model, candor.detect.TopicDetector topics,
      candor.detect.AnswerJudge judge, int cacheCapacity) {
    this.listing = new ConcernListing(topics, coverage, judge);
    this.cache = new AnnotationCache(annotator, cacheCapacity);
    this.views = new Lru<>(cacheCapacity);
    this.caching = cacheCapacity > 0;
    this.annotator = annotator;
    this.insightDetector = new candor.insights.InsightDetector(cache::annotate);
    this.rules = rules;
    this.model = model;
  }

  // The claim checker depends on the active packs: rebuilt only when a reload produced a new RuleSet.
  private volatile ClaimCheck claimCheck;
  private volatile RuleSet claimCheckFor;

  private ClaimCheck claimCheck(RuleSet ruleSet) {
    if (claimCheckFor != ruleSet) {
      List<String> approved = new ArrayList<>();
      for (candor.rules.RulePack p : ruleSet.packs()) approved.addAll(p.approvedClaims());
      claimCheck = new ClaimCheck(approved, annotator);
      claimCheckFor = ruleSet;
    }
    return claimCheck;
  }

  /** Ids, categories and types of the model-raised findings, for /v1/rules. */
  public static List<String[]> modelRules() {
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : candor.rules.Vocabulary.TYPES.entrySet()) {
      for (String type : e.getValue()) out.add(new String[] {modelRuleId(e.getKey(), type), e.getKey(), type});
    }
    out.sort(java.util.Comparator.comparing(r -> r[0]));
    return out;
  }

  static String modelRuleId(String category, String type) {
    return "MODEL_" + category.toUpperCase(Locale.ROOT) + "_" + type.toUpperCase(Locale.ROOT);
  }

  /** The engine with OpenNLP's English models and the built-in packs. */
  public static Engine standard(int cacheCapacity) {
    RuleSet builtIn = RuleSet.builtIn();
    return new Engine(Annotator.english(), () -> builtIn, cacheCapacity);
  }

  /** Sends every judged buyer point's evidence to {@code r} (null: none): the answer judge's training data. */
  void recordEvidence(ConcernListing.Recorder r) {
    listing.record(r);
  }

  public RuleSet rules() {
    return rules.get();
  }

  public Analysis analyze(AnalysisRequest request) {
    // Within one analysis each text is annotated once, even with the cache off.
    Map<String, AnnotatedText> memo = new HashMap<>();
    java.util.function.Function<String, AnnotatedText> annotate = t -> memo.computeIfAbsent(t, cache::annotate);
    long t0 = System.nanoTime();
    RuleSet ruleSet = rules.get();
    Draft draft = request.draft();
    List<String> warnings = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();

    OwnText own = OwnText.of(splitter, draft.text());
    // Likewise each body is split and each thread message's view derived once an analysis.
    Map<String, OwnText> owns = new HashMap<>();
    owns.put(draft.text(), own);
    java.util.function.Function<String, OwnText> ownOf = t -> owns.computeIfAbsent(t, x -> OwnText.withForwarded(splitter, x));
    Map<String, MessageView> viewMemo = new HashMap<>();
    java.util.function.Function<String, MessageView> viewOf = t -> viewMemo.computeIfAbsent(t, x -> view(x, annotate, ownOf));
    String ownText = own.text(draft.text());
    LanguageCheck.Result lang = language.check(ownText + " " + draft.subject());
    AnnotatedText draftText = annotate.apply(draft.text());
    if (lang.english()) {
      findings.addAll(detect(ruleSet, draftText, own::contains, Field.TEXT));
      if (!draft.subject().isBlank()) {
        findings.addAll(detect(ruleSet, annotate.apply(draft.subject()), (s, e) -> true, Field.SUBJECT));
      }
    } else {
      warnings.add("The draft looks like it is not in English (detected: " + lang.language()
          + "); pressure and overpromise checks only support English, so none were run.");
    }

    // Quoted history inside the draft becomes the thread's older messages, after those sent.
    List<ThreadMessage> thread = new ArrayList<>(request.thread());
    boolean extended = false;
    List<ThreadMessage> quoted = new ArrayList<>();
    for (candor.mail.QuotedMessage q : own.split().quoted()) {
      if (q.text().isBlank() || alreadyInThread(request.thread(), q.text())) continue;
      String domain = Roles.domain(q.from());
      Role role = domain != null && domain.equals(Roles.domain(draft.from())) ? Role.REP : Role.CUSTOMER;
      quoted.add(new ThreadMessage(q.from(), role, q.date(), q.text()));
    }
    if (!quoted.isEmpty()) {
      thread.addAll(quoted);
      extended = true;
    }
    // A draft sentence carrying a pressure finding answers no point (Coverage.Reply).
    java.util.function.Predicate<candor.annotate.Sentence> pressing = s -> findings.stream().anyMatch(
        f -> f.field() == Field.TEXT && f.category().equals("pressure") && overlaps(f.start(), f.end(), s.start(), s.end()));
    List<Concern> open = unanswered(draft, thread, draftText, own, viewOf, pressing);
    double pressure = maxConfidence(findings, "pressure");
    double overpromise = maxConfidence(findings, "overpromise");
    Analysis.Scores scores = new Analysis.Scores(pressure, overpromise, CustomerFocus.of(ownText));
    List<Role> roles = Roles.infer(draft, thread);
    List<ThreadMessage> resolved = new ArrayList<>();
    for (int i = 0; i < thread.size(); i++) {
      ThreadMessage m = thread.get(i);
      resolved.add(new ThreadMessage(m.from(), roles.get(i), m.date(), m.text()));
    }
    List<candor.insights.Insight> insights = insightDetector.detect(draft, resolved, annotate, ownOf);
    return new Analysis(findings, open, insights, scores, warnings, resolved, extended, (System.nanoTime() - t0) / 1e6);
  }

  private static boolean alreadyInThread(List<ThreadMessage> thread, String quotedText) {
    String q = quotedText.replaceAll("\\s+", " ").trim();
    for (ThreadMessage m : thread) {
      String t = m.text().replaceAll("\\s+", " ").trim();
      if (!t.isEmpty() && (t.contains(q) || q.contains(t))) return true;
    }
    return false;
  }

  /** Rules first; the model adds what no rule of the same category already covers in that sentence. */
  private List<Finding> detect(RuleSet ruleSet, AnnotatedText text, PatternDetector.Region own, Field field) {
    List<Finding> out = toFindings(patterns.detect(ruleSet, text, own), field);
    ClaimCheck claims = claimCheck(ruleSet);
    List<ClaimCheck.Hit> approved = new ArrayList<>();
    if (claims.active()) {
      for (ClaimCheck.Hit h : claims.check(text, own)) {
        // The team's list decides measurable claims: an approved one is not an overpromise, and an
        // unapproved one gets the approved wording as its rewrite rather than a generic one.
        out.removeIf(f -> f.type().equals("unverified_outcome") && overlaps(f.start(), f.end(), h.start(), h.end()));
        if (h.approved()) {
          approved.add(h);
          continue;
        }
        boolean covered = out.stream().anyMatch(f -> f.category().equals("overpromise") && overlaps(f.start(), f.end(), h.start(), h.end()));
        if (covered) continue;
        String span = text.text().substring(h.start(), h.end());
        out.add(new Finding(Ids.of(ClaimCheck.RULE_ID, field.wire(), span), ClaimCheck.RULE_ID, "overpromise",
            "unverified_outcome", field, h.start(), h.end(), span,
            "This claim is not on your team's approved list; an unapproved figure is a promise the buyer will hold you to.",
            List.of(h.closestApproved()), "warning", 0.9));
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    List<ModelDetector.Hit> hits = new ArrayList<>();
    List<ModelDetector.Hit> read = new ArrayList<>(model.detect(text, own));
    // A sentence a rule flagged is read clause by clause even when the model did not flag it whole: the
    // rule names one clause ("This pricing only stands if we have a signed agreement by Friday"), another
    // may push too ("after that I'll have to release your lanes to another carrier").
    for (Finding f : out) {
      if (f.ruleId().equals(ClaimCheck.RULE_ID)) continue;
      candor.annotate.Sentence s = text.sentenceAt(f.start());
      if (s == null || !own.startsIn(s)) continue;
      boolean known = read.stream().anyMatch(h -> h.category().equals(f.category()) && overlaps(s.start(), s.end(), h.start(), h.end()));
      if (!known) read.add(new ModelDetector.Hit(f.category(), null, s.start(), s.end(), 0));
    }
    for (ModelDetector.Hit h : read) {
      List<int[]> rules = new ArrayList<>();
      for (Finding f : out) if (f.category().equals(h.category()) && overlaps(f.start(), f.end(), h.start(), h.end())) rules.add(new int[] {f.start(), f.end()});
      // What a rule already covers is the rule's; the sentence's other clauses still get the model's reading.
      if (rules.isEmpty()) hits.add(h);
      else hits.addAll(model.uncovered(text, h, rules));
    }
    for (ModelDetector.Hit h : hits) {
      // A clause read again for an uncovered part may be one the model already flagged on its own.
      boolean covered = out.stream().anyMatch(f -> f.category().equals(h.category()) && overlaps(f.start(), f.end(), h.start(), h.end()));
      if (covered || h.type() == null) continue;
      if (h.type().equals("unverified_outcome") && approved.stream().anyMatch(a -> overlaps(a.start(), a.end(), h.start(), h.end()))) continue;
      String ruleId = modelRuleId(h.category(), h.type());
      String span = text.text().substring(h.start(), h.end());
      int nth = seen.merge(ruleId + "|" + span.toLowerCase(Locale.ROOT), 1, Integer::sum);
      ModelAdvice.Advice advice = ModelAdvice.of(h.type());
      out.add(new Finding(Ids.of(ruleId, field.wire(), span, nth == 1 ? "" : Integer.toString(nth)), ruleId, h.category(),
          h.type(), field, h.start(), h.end(), span, advice.message(), List.of(advice.suggestion()), "warning",
          round(h.probability())));
    }
    out.sort(java.util.Comparator.comparingInt(Finding::start));
    return out;
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

  private List<Concern> unanswered(Draft draft, List<ThreadMessage> thread, AnnotatedText draftText, OwnText draftOwn,
      java.util.function.Function<String, MessageView> view, java.util.function.Predicate<candor.annotate.Sentence> pressing) {
    List<Role> roles = Roles.infer(draft, thread);
    List<Concern> out = new ArrayList<>();
    // The draft read as a reply only once some buyer message has a point to judge: many threads have none.
    Coverage.Reply draftReply = null;
    // The draft answers what the buyer wrote since the rep last replied. A point of an earlier buyer
    // message is still judged when no later rep message took it up (shared no content word with it):
    // a rep note that ignored it does not answer it.
    int lastRep = -1;
    for (int i = 0; i < thread.size(); i++) if (roles.get(i) == Role.REP) lastRep = i;
    for (int i = 0; i < thread.size(); i++) {
      if (roles.get(i) != Role.CUSTOMER) continue;
      String text = thread.get(i).text();
      MessageView message = view.apply(text);
      AnnotatedText annotated = message.annotated();
      List<ConcernFinder.Candidate> candidates = message.concerns();
      if (candidates.isEmpty()) continue;
      List<Coverage.Reply> laterRep = new ArrayList<>();
      for (int j = i + 1; j < thread.size(); j++) {
        if (roles.get(j) == Role.REP) laterRep.add(view.apply(thread.get(j).text()).asReply());
      }
      if (i < lastRep) {
        // A later rep message that took up one point of this message leaves its other points open.
        int before = candidates.size();
        candidates = new ArrayList<>(candidates);
        candidates.removeIf(c -> coverage.touched(annotated, c.start(), c.end(), c.asksForAction(text), laterRep));
        if (candidates.isEmpty()) continue;
        // The buyer moving on closes the message's points, unless the rep's reply took up some of
        // them by name and left the others: those were passed over, not answered.
        if (candidates.size() == before && buyerWroteAgain(roles, i, laterRep.get(0))) continue;
      }
      List<Coverage.Reply> later = new ArrayList<>(laterRep);
      if (draftReply == null) draftReply = new Coverage.Reply(draftText, draftOwn::contains, pressing);
      later.add(draftReply);
      out.addAll(listing.open(i, text, annotated, candidates, later));
    }
    return out;
  }

  /**
   * Whether, after message {@code i}, the rep replied ({@code reply}: the rep's first message after
   * it) without holding anything back and the buyer then wrote again: the buyer has moved the
   * conversation on. A reply that deferred ("I'll check with my
   * manager") or promised the work for later ("I'll pull some numbers together") leaves the questions
   * open, whatever the buyer wrote next ("any update?", or the answer to the rep's own question); so
   * does one that told the buyer nothing ("Could we come and see the kitchen? Thursday or Friday?").
   */
  private static boolean buyerWroteAgain(List<Role> roles, int i, Coverage.Reply reply) {
    if (reply.holdsBack() || !reply.givesContent()) return false;
    int rep = i + 1;
    while (rep < roles.size() && roles.get(rep) != Role.REP) rep++;
    for (int j = rep + 1; j < roles.size(); j++) {
      if (roles.get(j) == Role.CUSTOMER) return true;
    }
    return false;
  }

  /** A thread message's derived view, from the cache when its text was seen before. */
  private MessageView view(String text, java.util.function.Function<String, AnnotatedText> annotate,
      java.util.function.Function<String, OwnText> ownOf) {
    MessageView v = caching ? views.get(text) : null;
    if (v != null) return v;
    AnnotatedText annotated = annotate.apply(text);
    OwnText own = ownOf.apply(text);
    v = new MessageView(annotated, own, concerns);
    if (caching) views.put(text, v);
    return v;
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
