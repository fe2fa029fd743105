package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.annotate.Token;
import candor.rules.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges whether a reply addresses a buyer's concern: by the concern's content words (compared as
 * stems, so "pricing" meets "priced"), by topic (an answer about cost with a figure in it answers
 * "what does it cost?" without sharing a word), and by whether the reply answers or only puts it off.
 */
public final class Coverage {
  public enum Verdict { ANSWERED, DEFERRED, UNANSWERED }

  private static final Set<String> CONTENT_POS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "X");
  // A list, not Set.of, so a repeated word is harmless.
  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList(
      "be", "is", "are", "was", "have", "has", "do", "doe", "did", "get", "make", "know", "let", "want", "need", "like",
      "think", "go", "see", "use", "ask", "wonder", "send", "share", "understand", "look", "pleas", "question",
      "thing", "team", "way", "lot", "bit", "someth", "anyth", "also", "realli", "just", "current", "quick", "happen",
      "work", "curious", "abl", "sure", "good", "great", "kind", "sort", "whi", "what", "how", "provid",
      "help", "exact", "hi", "hello", "thank", "can", "could", "would", "will", "may", "us", "and", "one"));
  /** A short point that points back at the one before ("Can you beat it?", "is there anything we can do about it?"). */
  private static final java.util.regex.Pattern REFERS_BACK = shortPointWith("it|that|this|those|these");
  /** A short point whose "that", "this", "those" or "these" stands for the sentence before ("Can you meet that consistently?"). */
  private static final java.util.regex.Pattern POINTS_BACK = shortPointWith("that|this|those|these");
  private static final java.util.regex.Pattern POLAR_OPENING = java.util.regex.Pattern.compile(
      "^\\W*(?:(?:and|so|also|but|ok|then)\\W+)?(?:can|could|would|will|do|does|did|is|are|any|anything|have|has)\\b");

  /** A point of a dozen words or so with one of {@code words} near its end. */
  private static java.util.regex.Pattern shortPointWith(String words) {
    return java.util.regex.Pattern.compile("^\\W*(?:\\S+\\s+){0,10}?(?:" + words + ")\\b(?:\\W+\\S+){0,3}\\W*$");
  }
  /** A figure: a currency sign, or a number not part of a name ("ECO4", "ISO 27001" is still one). */
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[$\u20ac\u00a3]|(?<![\\p{L}\\d])\\d");

  /**
   * What a judgement rested on: the rules that decided ("lead-in", "asked-form", "commitment", ...) or
   * held an answer back ("dodge", "no-date", ...), which the answer judge learns how far to trust, and
   * the point as the rules read it, which {@link #evidence} reads again.
   */
  public static final class Trace {
    private final Set<String> reasons = new HashSet<>();
    private Set<String> pointStems;
    private AnswerKinds.Ask ask;

    public Set<String> reasons() {
      return reasons;
    }
  }

  /**
   * The verdict on the point at [start, end) of {@code concernText}, noting in {@code trace} what it rested on.
   *
   * @param asksForAction the buyer asked for something to be done ("can you requote...", "please send
   *     the report"): a commitment to do it ("I'll have the requote to you by Friday") answers it,
   *     where for a question the same words only put the answer off.
   */
  public Verdict judge(AnnotatedText concernText, int start, int end, String topic, boolean asksForAction,
      List<Reply> replies, Trace trace) {
    Set<String> why = trace.reasons;
    Set<String> needed = contentStems(concernText, start, end);
    trace.pointStems = needed;
    String point = concernText.text().substring(start, end);
    String lowerPoint = point.toLowerCase(Locale.ROOT);
    // "Can you meet that consistently?": what "that" is sits in the sentence before, whose words the
    // answer takes up ("Our buyers reject anything above 2C." ... "the trailers hold 0-2C door to door").
    // "It" is more often the product ("and what does it cost?"), so only a demonstrative reaches back.
    // So does a bare yes-or-no ask of a word or so ("Can you match?", "Can you be faster?"): it is about the
    // sentence before. A bare wh-question or noun asks its own thing ("And what does it cost?", "Cost?").
    boolean bare = needed.size() <= 1 && point.split("\\s+").length <= 5 && POLAR_OPENING.matcher(lowerPoint).find();
    Sentence before = POINTS_BACK.matcher(lowerPoint).find() || bare ? sentenceBefore(concernText, start) : null;
    if (before != null) {
      needed = new HashSet<>(needed); // the point's own stems stay in the trace
      needed.addAll(contentStems(concernText, before.start(), before.end()));
    }
    Verdict best = Verdict.UNANSWERED;
    AnswerKinds.Ask ask = AnswerKinds.Ask.of(concernText, start, end);
    trace.ask = ask;
    // "We need full allergen information, as we had a complaint last season": the reason's words
    // rarely come back in the answer, so the share of words met is also taken over the point before it.
    java.util.regex.Matcher reason = REASON.matcher(point);
    Set<String> core = reason.find() ? contentStems(concernText, start, start + reason.start()) : Set.of();
    if (core.size() < 2) core = needed;
    // Read only when a figure on the topic turns up (rarely): most points never need it.
    boolean chargeAsked = "pricing".equals(topic) && CHARGE_ASKED.matcher(lowerPoint).find();
    Set<String> included = inclusionAsked(concernText, start, point, lowerPoint);
    // "Traffic management is going to be a thing. Is that in your rates?": the thing asked to be included
    // is the sentence before's, and "Rates: $3.90/m" says nothing of it. With a clause of its own the
    // point's "that" stands for that clause instead.
    if (included.isEmpty() && before != null && point.indexOf(',') < 0 && INCLUDES_IT.matcher(lowerPoint).find()) {
      included = nounStems(concernText, before.start(), before.end());
    }
    java.util.function.BooleanSupplier pointNamesTopic = () -> Topics.mentions(point, topic) || REFERS_BACK.matcher(lowerPoint).find();
    String item = PointByPoint.itemAt(concernText.text(), start);
    java.util.Map<String, int[]> buyerItems = item == null ? java.util.Map.of() : PointByPoint.items(concernText.text());
    for (Reply reply : replies) {
      Reply under = reply.answerUnder(point);
      Reply read = reply;
      if (under == null && item != null && answersTheList(concernText, buyerItems, reply)) {
        under = reply.numbered.get(item);
        // A reply that goes through the buyer's list item by item and skips this one has not answered
        // it under another item's number ("(b) ... hosting" is not "(d) can we bill hosting back?"): only
        // what it says outside the items may.
        if (under == null) {
          why.add("skipped-item");
          read = reply.outsideItems();
          if (read.sentences.isEmpty()) continue;
        }
      }
      Verdict v = under != null ? judgeInline(needed, core, topic, asksForAction, under, ask, pointNamesTopic, chargeAsked, included, why)
          : judgeOne(needed, core, topic, asksForAction, read, ask, pointNamesTopic, chargeAsked, included, why);
      if (v == Verdict.ANSWERED) return v;
      if (v == Verdict.DEFERRED) best = v;
    }
    // "How long does onboarding take?" -> "Our onboarding team is the best in the business": asked for a
    // length, a count or a sum, a reply with none anywhere has not given it, however many words it shares.
    if (best == Verdict.UNANSWERED && ask.wantsAFigure() && !replies.isEmpty() && noneShows(replies, ask.wanted())) why.add("no-figure");
    return best;
  }

  /** Whether no sentence of the replies shows the kind of answer {@code wanted}. */
  private static boolean noneShows(List<Reply> replies, AnswerKinds.AnswerType wanted) {
    for (Reply r : replies) for (Facts f : r.sentences) if (wanted.in(f.folded())) return false;
    return true;
  }

  /**
   * What the replies show about a point, as maxent features for the trained answer judge: how much of
   * the point the closest sentence and paragraph repeat, whether that sentence answers, puts off or
   * asks back, the kind of answer given against the kind asked for, and the rules' own verdict.
   * Every feature is given a value for every point (false, none, zero), so that a short reply
   * lacking most signals reads as lacking them rather than as unlike anything in training. Returns a
   * new list, which the caller may extend with what it knows of the point.
   *
   * @param rules and {@code trace}: the verdict {@link #judge} gave this point and the trace it filled
   */
  public List<String> evidence(AnnotatedText concernText, int start, int end, String topic, boolean asksForAction,
      List<Reply> replies, Verdict rules, Trace trace) {
    Set<String> why = trace.reasons;
    Set<String> needed = trace.pointStems;
    String point = concernText.text().substring(start, end);
    AnswerKinds.Ask ask = trace.ask;
    int bestShared = 0;
    double bestRatio = 0;
    double bestParagraph = 0;
    Facts best = null;
    int sentences = 0;
    int touching = 0;
    boolean sameTopic = false, mainTopic = false, deferRelevant = false, deferAny = false, names = false, figure = false;
    boolean commitment = false, dodge = false, inline = false, asksBack = false, fulfils = false, givesAny = false;
    String topicAnswer = "none";
    for (Reply reply : replies) {
      if (reply.answerUnder(point) != null) inline = true;
      // The point's words each paragraph meets: a paragraph's stems are its sentences', so this is
      // read off the sentences rather than matched again against each paragraph's larger set.
      List<Set<String>> metInParagraph = new java.util.ArrayList<>();
      for (int k = 0; k < reply.paragraphs.size(); k++) metInParagraph.add(new HashSet<>());
      for (Facts f : reply.sentences) {
        sentences++;
        int shared = 0;
        for (String n : needed) {
          if (!f.has(n)) continue;
          metInParagraph.get(f.paragraph()).add(n);
          if (!NUMBER.matcher(n).matches() && !PARTICLES.contains(n)) shared++;
        }
        if (shared > bestShared || best == null || shared == bestShared && f.answers() && !best.answers()) {
          bestShared = shared;
          best = f;
        }
        if (!needed.isEmpty()) bestRatio = Math.max(bestRatio, (double) shared / needed.size());
        boolean same = !"other".equals(topic) && f.mentions(topic);
        sameTopic |= same;
        if (same && !mainTopic) mainTopic = f.mainTopic().equals(topic); // Topics.of is a whole-lexicon scan: once is enough
        boolean named = f.names(needed);
        deferAny |= f.deferral();
        deferRelevant |= f.deferral() && (shared >= 1 || same || named);
        names |= named;
        if (ask.wantsAFigure() && ask.wanted().in(f.folded())) figure = true;
        commitment |= shared >= 1 && f.cue(Facts.COMMITMENT_CUE);
        fulfils |= f.cue(Facts.FULFILMENT_CUE);
        dodge |= shared >= 1 && f.cue(Facts.DODGE_CUE);
        if (shared >= 1) touching++;
        asksBack |= shared >= 1 && f.question();
        if (!f.question() && f.cue(Facts.FIGURE_CUE)) givesAny = true;
        if (f.answers() && same) topicAnswer = shared >= 1 ? "shared" : topicAnswer.equals("shared") ? "shared" : "topic";
      }
      for (Set<String> met : metInParagraph) {
        if (!needed.isEmpty()) bestParagraph = Math.max(bestParagraph, (double) met.size() / needed.size());
      }
    }
    String bs = bucket(bestShared, 0, 1, 2, 3, 4);
    String bestKind = best == null || bestShared == 0 ? "none" : best.question() ? "question" : best.deferral() ? "deferral"
        : best.answers() ? "answers" : best.states() ? "states" : "other";
    List<String> out = new java.util.ArrayList<>();
    // The rules that decided or held back, each known or not: "why.lead-in=true", "why.dodge=false".
    for (String reason : REASONS) out.add("why." + reason + "=" + why.contains(reason));
    out.addAll(List.of("rule=" + rules, "topic=" + topic, "act=" + asksForAction, "n=" + bucket(needed.size(), 0, 1, 2, 3, 5, 8),
        "wanted=" + (ask.wanted() == null ? "none" : ask.wanted().name()), "polar=" + ask.polar(), "doc=" + ask.document(),
        "bs=" + bs, "br=" + bucket((int) Math.round(bestRatio * 4), 0, 1, 2, 3), "bp=" + bucket((int) Math.round(bestParagraph * 4), 0, 1, 2, 3),
        "miss=" + bucket(needed.size() - bestShared, 0, 1, 2, 3, 5), "touching=" + bucket(touching, 0, 1, 2, 3),
        "best=" + bestKind, "best=" + bestKind + "&bs=" + bs, "bs=" + bs + "&rule=" + rules, "rule=" + rules + "&topic=" + topic,
        "len=" + bucket(sentences, 0, 2, 4, 8, 12), "replies=" + Math.min(replies.size(), 3),
        "sameTopic=" + sameTopic, "mainTopic=" + mainTopic, "sameTopic=" + sameTopic + "&topic=" + topic, "topicAnswer=" + topicAnswer,
        "deferRelevant=" + deferRelevant, "deferAny=" + deferAny, "names=" + names,
        "figure=" + (ask.wantsAFigure() ? figure : "na"), "commitment=" + (asksForAction ? commitment : "na"),
        "fulfils=" + (asksForAction ? fulfils : "na"), "dodge=" + dodge, "inline=" + inline, "asksBack=" + asksBack,
        "givesFigure=" + givesAny, "pointFigure=" + FIGURE.matcher(point).find()));
    return out;
  }

  /** Every reason {@link #judge} may give, in a fixed order. */
  private static final List<String> REASONS = List.of("inline", "inline-later", "named-deferral", "commitment", "deferral",
      "hedged-deferral", "waits-on", "no-document", "dodge", "lead-in", "no-date", "other-charge", "restates", "overlap", "figure",
      "asked-form", "paragraph", "dismissal", "headed-deferral", "not-included", "skipped-item", "no-figure");

  /** Notes {@code reason} in {@code why} and returns {@code v}. */
  private static Verdict because(Set<String> why, String reason, Verdict v) {
    why.add(reason);
    return v;
  }

  /** The first of {@code bounds} that {@code n} does not exceed, or "more". */
  private static String bucket(int n, int... bounds) {
    for (int b : bounds) if (n <= b) return "<=" + b;
    return "more";
  }

  /**
   * Whether any of the replies took the concern up: shares a content word with it, or (for a request
   * to do something) says it was done ("Overview attached", "I've sent a hold for Tuesday").
   */
  public boolean touched(AnnotatedText concernText, int start, int end, boolean asksForAction, List<Reply> replies) {
    Set<String> needed = contentStems(concernText, start, end);
    for (Reply r : replies) {
      for (Facts f : r.sentences) {
        if (asksForAction && ReplyCues.FULFILMENT.matcher(f.folded()).find()) return true;
        // "just following up on the samples" takes up no point, though it shares "follow" with one.
        if (ReplyCues.NUDGE.find(f.folded())) continue;
        for (String n : needed) if (f.stems().contains(n)) return true;
      }
    }
    return false;
  }

  /**
   * A reply's own sentences (those before its quoted history), each reduced once to what the
   * judgement needs, so a thread with many concerns does not re-read the reply for each.
   */
  public static final class Reply {
    private final List<Facts> sentences = new java.util.ArrayList<>();
    /** The reply's first sentence after its greeting ("Hi Lee,"): where a direct yes or no sits. */
    private int opening = -1;
    /** Per paragraph of the reply, the stems of all its sentences: an answer often takes two sentences. */
    private final List<Set<String>> paragraphs;
    /**
     * Answering inline: each block of the buyer's words the reply quotes ("> Who does the work?")
     * with the reply's own sentences under it, which answer (or put off) what it quotes.
     */
    private final List<Inline> inline = new java.util.ArrayList<>();
    /** A reply made of the sentences under one quoted block: they are about what it quotes. */
    private final boolean tied;

    private record Inline(String quoted, Reply answer) {}

    /** Answering a numbered list item by item ("2. In our test ..."): each item's sentences, by its marker's key. */
    private final java.util.Map<String, Reply> numbered = new java.util.HashMap<>();

    /**
     * Whether the reply puts something off ("I'll check and get back to you") or promises the work
     * for later ("I'll pull some numbers together", "quote to follow"): a later message from the
     * buyer does not close what it held back. The promise alone does not defer a point it shares
     * words with (tried as a deferral: no figure moved).
     */
    public boolean holdsBack() {
      for (Facts f : sentences) if (f.deferral() || ReplyCues.PROMISES_LATER.find(f.folded())) return true;
      return false;
    }

    /**
     * Whether the reply tells the buyer anything: some sentence asserts content (a figure, a yes or
     * no, what something is or does). One that only greets and asks back ("Could we see the kitchen?
     * Thursday or Friday?") answers none of the buyer's points, however the buyer replies to it.
     */
    public boolean givesContent() {
      for (Facts f : sentences) if (f.answers()) return true;
      return false;
    }

    private Reply(List<Facts> sentences, List<Set<String>> paragraphs) {
      this(sentences, paragraphs, true);
    }

    private Reply(List<Facts> sentences, List<Set<String>> paragraphs, boolean tied) {
      this.sentences.addAll(sentences);
      this.paragraphs = paragraphs;
      this.opening = 0;
      this.tied = tied;
    }

    /** The reply's sentences outside its numbered items, not tied to any point. */
    Reply outsideItems() {
      Set<Facts> inItems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Reply r : numbered.values()) inItems.addAll(r.sentences);
      List<Facts> rest = new java.util.ArrayList<>();
      for (Facts f : sentences) if (!inItems.contains(f)) rest.add(f);
      return new Reply(rest, paragraphs, false);
    }

    public Reply(AnnotatedText text, PatternDetector.Region own) {
      this(text, own, s -> false);
    }

    /**
     * @param pressing whether a sentence carries a pressure finding: such a sentence ("The £14.50 rate is
     *     only held until 28 February") answers no point it shares words with ("Your price per door (£14.50)
     *     is higher than what we pay now").
     */
    public Reply(AnnotatedText text, PatternDetector.Region own, java.util.function.Predicate<Sentence> pressing) {
      this.paragraphs = new java.util.ArrayList<>();
      this.tied = false;
      String source = text.text();
      List<int[]> quotes = PointByPoint.blocks(source);
      List<Integer> starts = new java.util.ArrayList<>(); // where each of the sentences starts
      int quote = -1; // the quoted block the sentences now read sit under
      List<Facts> under = new java.util.ArrayList<>();
      int previousEnd = -1;
      for (Sentence s : text.sentences()) {
        if (!own.startsIn(s)) continue;
        int q = quote;
        while (q + 1 < quotes.size() && quotes.get(q + 1)[1] <= s.start()) q++;
        if (q != quote) {
          addInline(source, quotes, quote, under);
          quote = q;
          under = new java.util.ArrayList<>();
        }
        // Each bullet is a paragraph too, so a deferral in the last item does not put off what the items above it answered.
        if (previousEnd < 0 || Text.paragraphBreak(source, previousEnd, s.start())) {
          paragraphs.add(new HashSet<>());
        }
        previousEnd = s.end();
        Set<String> stems = new HashSet<>();
        for (Token t : s.tokens()) addParts(t, stems);
        paragraphs.get(paragraphs.size() - 1).addAll(stems);
        String folded = Text.fold(source.substring(s.start(), s.end())).toLowerCase(Locale.ROOT);
        // "Not sure" puts the answer off even beside a figure ("iOS 15 I'm not sure about, our last test
        // was on iOS 16"); "it depends" with a figure is an answer ("depends on the drywall, usually 6 to 8 days").
        boolean notKnown = ReplyCues.NOT_KNOWN.find(folded);
        boolean hedged = notKnown || ReplyCues.UNCERTAIN.find(folded);
        boolean unsure = notKnown || hedged && !FIGURE.matcher(folded).find();
        // Waving the concern away ("the review is really a formality") neither answers nor defers it.
        boolean dismisses = ReplyCues.DISMISSAL.find(folded);
        boolean question = s.isQuestion(source);
        if (opening < 0 && !(folded.length() <= 40 && AnswerKinds.GREETING.matcher(folded).find())) opening = sentences.size();
        boolean asserts = !unsure && !dismisses && !question;
        Facts facts = new Facts(stems, leadIn(s, source), folded, unsure || ReplyCues.DEFERRAL.matcher(folded).find(), hedged,
            asserts && ReplyCues.ANSWER_CONTENT.matcher(folded).find(), asserts && hasVerb(s), question, dismisses,
            pressing.test(s), paragraphs.size() - 1, new Memo());
        sentences.add(facts);
        starts.add(s.start());
        if (quote >= 0) under.add(facts);
      }
      addInline(source, quotes, quote, under);
      for (java.util.Map.Entry<String, int[]> item : PointByPoint.items(source).entrySet()) {
        List<Facts> in = new java.util.ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
          if (starts.get(k) >= item.getValue()[0] && starts.get(k) < item.getValue()[1]) in.add(sentences.get(k));
        }
        if (!in.isEmpty()) numbered.put(item.getKey(), new Reply(in, paragraphs));
      }
    }

    private void addInline(String source, List<int[]> quotes, int quote, List<Facts> under) {
      if (quote >= 0 && !under.isEmpty()) {
        int[] q = quotes.get(quote);
        inline.add(new Inline(PointByPoint.words(source.substring(q[0], q[1])), new Reply(under, paragraphs)));
      }
    }

    /** The sentences under the quoted block that holds {@code point} (or that it holds), or null. */
    Reply answerUnder(String point) {
      String words = PointByPoint.words(point);
      if (words.length() < 12) return null;
      for (Inline i : inline) {
        if (i.quoted().contains(words) || i.quoted().length() >= 15 && words.contains(i.quoted())) return i.answer();
      }
      return null;
    }
  }

  private static boolean hasVerb(Sentence s) {
    for (Token t : s.tokens()) if (t.wordPos().equals("VERB")) return true;
    return false;
  }

  private static final Set<String> LEAD_IN = Set.of("on", "about", "regarding", "re", "as", "for", "with");
  private static final Set<String> SCOPE = Set.of("all", "each", "every", "both", "any", "roughly", "about", "around", "approximately", "up");

  /**
   * Stems of a point-by-point reply's lead-in ("On claims, ...", "As for the SLA: ...", "Batteries:
   * the locks take ...", "2. Retrofit or replace: ..."): the rep names the buyer's point before answering
   * it, which ties the answer to it even in other words.
   */
  private static Set<String> leadIn(Sentence s, String source) {
    List<Token> t = s.tokens();
    if (t.size() < 3) return Set.of();
    if (!LEAD_IN.contains(t.get(0).lower())) {
      // A list marker before a heading: "2.", "3)", "-".
      int i = 0;
      while (i < 2 && LIST_MARKER.matcher(t.get(i).text()).matches()) i++;
      return headingLeadIn(t, i);
    }
    int i = t.get(0).lower().equals("as") && t.get(1).lower().equals("for") ? 2 : 1;
    // "For all 31 units, quarterly PM comes to $38,440": a scope, not a heading naming a point.
    if (SCOPE.contains(t.get(i).lower()) || t.get(i).text().chars().allMatch(Character::isDigit)) return Set.of();
    Set<String> out = new HashSet<>();
    for (int k = i; k < Math.min(t.size(), i + 6); k++) {
      String w = t.get(k).text();
      if (w.equals(",") || w.equals(":") || w.equals("-")) return out;
      if (CONTENT_POS.contains(t.get(k).wordPos())) out.add(t.get(k).stem());
    }
    return Set.of(); // no comma or colon soon after: not a lead-in
  }

  private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("\\d{1,2}[.)]?|[.)\\-\u2022*]");
  private static final java.util.regex.Pattern HEADING_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'&/-]*");

  /**
   * Stems of a heading before a colon ("Batteries: ...", "Retrofit or replace: ..."), from token
   * {@code i}: a few words at most, and the colon right after a word ("at 10:30" is a time).
   */
  private static Set<String> headingLeadIn(List<Token> t, int i) {
    Set<String> out = new HashSet<>();
    for (int k = i; k < Math.min(t.size() - 1, i + 5); k++) {
      Token w = t.get(k);
      if (w.text().equals(":")) return k > i && t.get(k - 1).end() == w.start() ? out : Set.of();
      // "Trade-in:", "Buy-back:": the tokenizer cuts a hyphenated heading into its parts and the hyphen.
      if (w.text().equals("-") && k > i && t.get(k - 1).end() == w.start() && t.get(k + 1).start() == w.end()) continue;
      if (!HEADING_WORD.matcher(w.text()).matches()) return Set.of();
      if (CONTENT_POS.contains(w.wordPos())) {
        String stem = w.stem();
        if (!GENERIC.contains(stem)) out.add(stem);
      }
    }
    return Set.of();
  }

  /**
   * What is worked out about a reply sentence when first asked, then kept: the rules and the answer
   * judge ask the same of each sentence for every point of the thread, and a reply kept for later
   * messages is asked again.
   */
  private static final class Memo {
    /** Guarded by itself: the topics asked about. */
    final java.util.Map<String, Boolean> mentions = new java.util.HashMap<>();
    /** Point stems the sentence has or lacks ({@link Coverage#has}). */
    final java.util.Map<String, Boolean> has = new java.util.concurrent.ConcurrentHashMap<>();
    volatile String mainTopic;
    /** Bit 0: known; then a figure, a commitment, a fulfilment, a dodge (see {@link Facts#cue}). */
    volatile int cues;
  }

  /** One reply sentence; topic mentions are looked up only for the topics actually asked about. */
  private record Facts(Set<String> stems, Set<String> leadIn, String folded, boolean deferral, boolean hedged, boolean answers,
      boolean states, boolean question, boolean dismisses, boolean pressing, int paragraph, Memo memo) {
    static final int FIGURE_CUE = 2;
    static final int COMMITMENT_CUE = 4;
    static final int FULFILMENT_CUE = 8;
    static final int DODGE_CUE = 16;
    static final int BOAST_CUE = 32;

    /** Whether the sentence has {@code stem} or a form of it ({@link Coverage#has}). */
    boolean has(String stem) {
      Boolean known = memo.has.get(stem);
      if (known == null) {
        known = Coverage.has(stems, stem);
        memo.has.put(stem, known);
      }
      return known;
    }

    /** Whether the sentence carries {@code cue} (one of the *_CUE bits), all of them read on first use. */
    boolean cue(int cue) {
      int c = memo.cues;
      if (c == 0) {
        boolean figure = FIGURE.matcher(folded).find();
        c = 1 | (figure ? FIGURE_CUE : 0) | (ReplyCues.COMMITMENT.matcher(folded).find() ? COMMITMENT_CUE : 0)
            | (ReplyCues.FULFILMENT.find(folded) ? FULFILMENT_CUE : 0)
            | (ReplyCues.DODGE.find(folded) ? DODGE_CUE : 0)
            | (!figure && ReplyCues.BOAST.find(folded) ? BOAST_CUE : 0);
        memo.cues = c;
      }
      return (c & cue) != 0;
    }

    /** Whether the sentence's lead-in or heading names one of the point's words. */
    boolean names(Set<String> point) {
      for (String l : leadIn) if (Coverage.has(point, l)) return true;
      return false;
    }

    /** Whether the sentence opens on a lead-in or heading that names {@code topic} ("Contract: ...", "On pricing, ..."). */
    boolean headedWith(String topic) {
      if (leadIn.isEmpty()) return false;
      int end = folded.indexOf(':');
      if (end < 0) end = folded.indexOf(',');
      return end > 0 && Topics.mentions(folded.substring(0, end), topic);
    }

    boolean mentions(String topic) {
      synchronized (memo.mentions) {
        return memo.mentions.computeIfAbsent(topic, t -> Topics.mentions(folded, t));
      }
    }

    /**
     * The sentence's main topic: one shared word and a passing topic word ("charged per hour" has an
     * hour in it) do not make a rate an answer to a date question.
     */
    String mainTopic() {
      String t = memo.mainTopic;
      if (t == null) {
        t = Topics.of(folded);
        memo.mainTopic = t;
      }
      return t;
    }
  }

  private static boolean promisesToSend(Facts f) {
    return f.cue(Facts.COMMITMENT_CUE)
        && (f.cue(Facts.FULFILMENT_CUE) || ReplyCues.SENDS.find(f.folded())) && unconditional(f.folded());
  }

  /**
   * Whether the reply's numbered list answers the buyer's: no item the buyer did not number, and some
   * item sharing a word with the buyer's item of that number. A list of the rep's own (next steps,
   * say) answers nothing.
   */
  private static boolean answersTheList(AnnotatedText buyer, java.util.Map<String, int[]> buyerItems, Reply reply) {
    if (reply.numbered.isEmpty() || !buyerItems.keySet().containsAll(reply.numbered.keySet())) return false;
    for (java.util.Map.Entry<String, Reply> item : reply.numbered.entrySet()) {
      int[] asked = buyerItems.get(item.getKey());
      for (String n : contentStems(buyer, asked[0], asked[1])) {
        for (Facts f : item.getValue().sentences) if (has(f.stems(), n)) return true;
      }
    }
    return false;
  }

  /**
   * A point the reply quotes and writes under ("> Who does the work?" then "Our data team does the
   * migration."), or answers under the number the buyer gave it ("2. In our test on 1,200 visits the
   * error rate was 6.8%"): what it wrote there is about the point, whatever its words. It answers
   * unless it puts the point off, promises the work for later, or only asks back.
   */
  private Verdict judgeInline(Set<String> needed, Set<String> core, String topic, boolean asksForAction, Reply under,
      AnswerKinds.Ask ask, java.util.function.BooleanSupplier pointNamesTopic, boolean chargeAsked, Set<String> included, Set<String> why) {
    Verdict v = judgeOne(needed, core, topic, asksForAction, under, ask, pointNamesTopic, chargeAsked, included, why);
    if (v != Verdict.UNANSWERED) return v;
    // "I'll put together a side-by-side next week": the work promised for later is no answer yet.
    for (Facts f : under.sentences) if (ReplyCues.PROMISES_LATER.find(f.folded())) return because(why, "inline-later", Verdict.DEFERRED);
    for (Facts f : under.sentences) if (f.answers() || f.states()) return because(why, "inline", Verdict.ANSWERED);
    return v;
  }

  /**
   * "Hanging: I'll know once our engineer has seen the trusses": the answer held back until something is
   * done ({@link ReplyCues#KNOWN_LATER}), in a sentence that gives no figure. Taken as a deferral only
   * of a point the sentence names: tied by shared words alone it put off neighbouring points too.
   */
  private static boolean knownLater(Facts f) {
    return ReplyCues.KNOWN_LATER.find(f.folded()) && !FIGURE.matcher(f.folded()).find();
  }

  private Verdict judgeOne(Set<String> needed, Set<String> core, String topic, boolean asksForAction, Reply reply, AnswerKinds.Ask ask,
      java.util.function.BooleanSupplier pointNamesTopic, boolean chargeAsked, Set<String> included, Set<String> why) {
    boolean deferredSomewhere = false;
    // "Please send the terms over" is met by sending them ("attached") or promising to, not by a
    // sentence that mentions the terms.
    boolean wantsDocument = asksForAction && ask.document();
    List<Facts> all = reply.sentences;
    // "For a Mitel reference, I'll ask one of our customers and come back to you": a sentence that
    // names the point in its lead-in and puts it off is about that point, whatever another sentence
    // said in passing ("Mitel: our trunks are on Mitel's interop list"). A promise to send what was
    // asked for still meets a request.
    for (Facts f : all) {
      if (f.names(needed) && (f.deferral() || knownLater(f)) && !(asksForAction && promisesToSend(f))) return because(why, "named-deferral", Verdict.DEFERRED);
    }
    for (int idx = 0; idx < all.size(); idx++) {
      Facts f = all.get(idx);
      int shared = 0;
      int sharedWords = 0; // shared stems that are not bare numbers ("two", "4") or particles ("an out" / "set out"): weak evidence alone
      int sharedThings = 0; // of those, not a unit either: "24 months" does not meet "no more than 12 months"
      for (String n : needed) {
        if (!f.has(n)) continue;
        shared++;
        if (NUMBER.matcher(n).matches() || PARTICLES.contains(n)) continue;
        sharedWords++;
        if (!UNITS.contains(n)) sharedThings++;
      }
      boolean sameTopic = !"other".equals(topic) && f.mentions(topic);
      // A commitment naming the thing asked for ("I'll have the requote to you by Friday") fulfils a request.
      // One passing shared word ties a request to a sentence only with a third of its words ("NHS" in
      // "confirm the wording for NHS bodies" is not "two references from NHS organisations").
      boolean relevant = shared >= 2 || (needed.size() <= 2 && shared >= 1) || (shared >= 1 && sameTopic)
          || (shared >= 1 && asksForAction && shared * 3 >= needed.size());
      boolean namesThePoint = reply.tied || f.names(needed);
      if (f.dismisses() && (relevant || namesThePoint)) why.add("dismissal");
      // "On John Deere Operations Center, ... let me check with our mapping lead": naming the point
      // ties a deferral to it as much as sharing its words does.
      // "Batteries: the scanners are new. I'll check the figures and come back to you.": a deferral
      // in a paragraph headed with the point puts that point off.
      if (f.deferral() && (relevant || sameTopic && f.mainTopic().equals(topic) || namesThePoint
          || paragraphHas(reply, f.paragraph(), g -> g.names(needed)))) {
        // For a request, a promise to do it ("I'll send the cancellation terms tomorrow") fulfils it;
        // a promise to find out ("let me check with our mapping lead") still puts it off.
        // A promise waiting on something not yet done ("once our new rates are finalised") still puts it off.
        // Moving it to a meeting ("we can go through the quotas on the kick-off call") does neither.
        // Only a promise does: "the report is shared under NDA" says on what terms, and sends nothing.
        if (asksForAction && (f.cue(Facts.COMMITMENT_CUE) || f.cue(Facts.FULFILMENT_CUE))
            && unconditional(f.folded()) && !ReplyCues.MOVES_TO_MEETING.find(f.folded())) return because(why, "commitment", Verdict.ANSWERED);
        // "It's shared under NDA. I'll send the NDA today and the report as soon as it's signed.": the
        // promise in the next sentence of the paragraph is what meets the request.
        Facts then = asksForAction ? nextInParagraph(reply, idx) : null;
        if (then != null && then.cue(Facts.COMMITMENT_CUE) && ReplyCues.SENDS.find(then.folded())
            && unconditional(then.folded())) return because(why, "commitment", Verdict.ANSWERED);
        why.add("deferral");
        deferredSomewhere = true;
        continue;
      }
      // "All five sites by 1 Sept depends on the August rota. I'll come back to you with dates once I
      // have it.": the point restated with its own date, hedged, then put off in the next sentence.
      Facts next = nextInParagraph(reply, idx);
      if (f.hedged() && (relevant || namesThePoint) && next != null && next.deferral()) {
        why.add("hedged-deferral");
        deferredSomewhere = true;
        continue;
      }
      double ratio = needed.isEmpty() ? 0 : (double) shared / needed.size();
      if (core != needed) ratio = Math.max(ratio, shareMet(core, f.stems())); // the point before its reason clause
      // One shared word is not enough to tie a promise to the request ("we can field from the 9th, which
      // gets clean data to you" does not meet "a data processing agreement").
      if (asksForAction && (shared >= 2 || ratio >= 0.3 || namesThePoint || shared >= 1 && sameTopic)
          && f.cue(Facts.COMMITMENT_CUE)
          && (!wantsDocument || ReplyCues.SENDS.find(f.folded()))) {
        // "I'll send the price list once our new rates are finalised" still puts it off.
        if (ReplyCues.WAITS_ON.find(f.folded())) {
          why.add("waits-on");
          deferredSomewhere = true;
          continue;
        }
        return because(why, "commitment", Verdict.ANSWERED);
      }
      if (wantsDocument && !f.cue(Facts.FULFILMENT_CUE)) {
        why.add("no-document");
        continue;
      }
      // "I think you'll find the value is there" names the point and says nothing about it.
      // "The £14.50 rate is only held until 28 February": pressure where an answer should be, unless it
      // gives what was asked for ("£4,200 for the week, and that price is only good until Friday").
      if (f.cue(Facts.DODGE_CUE) || f.pressing() && !(ask.wantsAFigure() && ask.wanted().in(f.folded()))) {
        if (relevant || namesThePoint) why.add("dodge");
        continue;
      }
      // "As for the water, the Glacier is the cleanest cold plunge on the market": headed with the point, a boast.
      if (namesThePoint && f.cue(Facts.BOAST_CUE)) {
        why.add("dodge");
        continue;
      }
      // "How long does the migration take?" is not answered by "our migration team has three August
      // slots left": a question asking for a length or a number needs one, here or in the next sentence.
      boolean givesTheFigure = givesFigureIfAsked(ask, reply, idx, f);
      // "What's the price all in, including the lift plan?" is not answered by "Price: £1,650 for the day,
      // which includes travel": asked whether something is included, a paragraph that never names it
      // has not said.
      if (!included.isEmpty() && !paragraphHas(reply, f.paragraph(), g -> namesAny(g, included))) {
        why.add("not-included");
        continue;
      }
      // "Price: I understand Cargotrack is lower today. Let me check with our director...": a paragraph
      // headed with the point that goes on to put it off has not answered it.
      if (f.answers() && namesThePoint && givesTheFigure && !defersLaterInParagraph(reply, idx)) return because(why, "lead-in", Verdict.ANSWERED);
      // "We need all five sites serviced before the launch on 1 Sept" is about timing: a sentence on
      // the sites and the service that says nothing of when does not answer it.
      // A day or a time of day does say when ("Dev can do Thursday at 10 or Friday at 2").
      if (ask.dated() && "timeline".equals(topic) && !sameTopic
          && !paragraphHas(reply, f.paragraph(), g -> g.mentions(topic) || WHEN.matcher(g.folded()).find())) {
        why.add("no-date");
        continue;
      }
      // "Is there a setup fee?" is not answered by "our fee is £165 a month": a sentence that does not
      // name the particular charge asked about answers nothing about it.
      if (chargeAsked && !sharesACharge(needed, f.stems())) {
        why.add("other-charge");
        continue;
      }
      // "Every kiosk prints allergen labels from the recipe data": a plain statement with no auxiliary
      // to show it answers, but repeating most of the point's words.
      // "Trade-in: I'll need photos of the old unit first. Send them over and I'll come back to you.": a
      // paragraph headed with the point that goes on to put it off answers it nowhere, whatever words
      // its first sentence repeats; the deferral further down puts it off.
      if (namesThePoint && !reply.tied && defersLaterInParagraph(reply, idx)) {
        why.add("headed-deferral");
        continue;
      }
      if (f.states() && givesTheFigure && shared >= 3 && ratio >= 0.75) return because(why, "restates", Verdict.ANSWERED);
      if (f.answers() && givesTheFigure && (ratio >= 0.5 && shared >= 1 || shared >= 2 && ratio >= 0.3 || shared >= 3
          // On the point's topic one shared word will do, but not a bare number ("two more migrations"),
          // and not for a point of five words or more: "payroll" alone does not tie "can we report
          // payroll costs by funder and restricted grant?" to "most charities run payroll within a week".
          // Under a heading naming the topic ("Contract: there's no lease and no minimum term") it will.
          || (sharedWords >= 1 && sameTopic && f.mainTopic().equals(topic) && (needed.size() <= 4 || sharedWords >= 2 || sharedThings >= 1 && f.headedWith(topic))))) {
        return because(why, "overlap", Verdict.ANSWERED);
      }
      // A figure answers only a point that is itself about price or time: "is there hardware to buy up
      // front?" (filed under pricing) is not answered by the monthly fee.
      // Nor does a price answer a point about a priced thing it does not mention: "is there an
      // implementation fee on top of the subscription?" is not answered by the per-filing price.
      if (f.answers() && sameTopic && strongAnswer(f.folded(), topic) && pointNamesTopic.getAsBoolean()
          && (shared >= 1 || !"pricing".equals(topic) || pricedThings(needed) < 2)) return because(why, "figure", Verdict.ANSWERED);
      if (givesWhatWasAsked(ask, f, idx, reply, sharedWords)) return because(why, "asked-form", Verdict.ANSWERED);
      // The answer and the words of the question can sit in neighbouring sentences of one paragraph
      // ("We do need read access to your UPS billing data. Most customers create a billing-only
      // user rather than share an admin login.").
      // Not in a paragraph that puts something off: "Transformers and wiring: I can't tell you yet
      // whether they can be reused. Some 1990s transformers work with LED drivers and some don't. I'll
      // confirm after the site visit." repeats the point's words around a deferral.
      if (f.answers() && shared >= 1 && needed.size() >= 2 && !paragraphHas(reply, f.paragraph(), Facts::deferral)
          && (!ask.wantsAFigure() || paragraphHas(reply, f.paragraph(), g -> ask.wanted().in(g.folded())))) {
        int inParagraph = 0;
        for (String n : needed) if (has(reply.paragraphs.get(f.paragraph()), n)) inParagraph++;
        if (inParagraph >= 2 && (double) inParagraph / needed.size() >= 0.5) return because(why, "paragraph", Verdict.ANSWERED);
      }
    }
    return deferredSomewhere ? Verdict.DEFERRED : Verdict.UNANSWERED;
  }

  /** The sentence before the one that holds {@code start}, in the same paragraph, or null: what "that" stands for. */
  private static Sentence sentenceBefore(AnnotatedText text, int start) {
    Sentence before = null;
    for (Sentence s : text.sentences()) {
      if (s.end() > start) break;
      before = s;
    }
    return before == null || Text.blankLineBetween(text.text(), before.end(), start) ? null : before;
  }

  /** A reason clause after the point: ", as we had ...", "because ...", ", since ...". */
  private static final java.util.regex.Pattern REASON = java.util.regex.Pattern.compile(
      "(?i),\\s*(?:as|since|because|given (?:that|how)|otherwise)\\b|\\s(?:because|given that)\\b");

  private static double shareMet(Set<String> words, Set<String> stems) {
    if (words.isEmpty()) return 0;
    int met = 0;
    for (String w : words) if (has(stems, w)) met++;
    return (double) met / words.size();
  }

  private static boolean givesFigureIfAsked(AnswerKinds.Ask ask, Reply reply, int idx, Facts f) {
    if (!ask.wantsAFigure() || ask.wanted().in(f.folded())) return true;
    Facts next = nextInParagraph(reply, idx);
    return next != null && ask.wanted().in(next.folded());
  }

  /** Whether some sentence of the paragraph passes {@code test}. */
  private static boolean paragraphHas(Reply reply, int paragraph, java.util.function.Predicate<Facts> test) {
    for (Facts f : reply.sentences) if (f.paragraph() == paragraph && test.test(f)) return true;
    return false;
  }

  private static boolean defersLaterInParagraph(Reply reply, int idx) {
    for (Facts g = nextInParagraph(reply, idx); g != null; g = nextInParagraph(reply, ++idx)) if (g.deferral()) return true;
    return false;
  }

  /** The sentence after {@code idx} when it is in the same paragraph, else null. */
  private static Facts nextInParagraph(Reply reply, int idx) {
    if (idx + 1 >= reply.sentences.size()) return null;
    Facts next = reply.sentences.get(idx + 1);
    return next.paragraph() == reply.sentences.get(idx).paragraph() ? next : null;
  }

  /**
   * Whether reply sentence {@code idx} gives the kind of answer the question asks for, in its own
   * words rather than the question's ({@code shared} of whose content words, numbers aside, it repeats).
   */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
      "\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|twelve|twenti|twenty|hundr|hundred|thousand");

  private static boolean givesWhatWasAsked(AnswerKinds.Ask ask, Facts f, int idx, Reply reply, int shared) {
    String folded = f.folded();
    boolean opening = idx == reply.opening;
    boolean statement = !f.question() && !f.deferral();
    // What kind of thing was asked for ("When could you start?" -> "Monday the 3rd"), in the reply's
    // opening or in a short reply.
    // A period of the commercial terms ("valid for 60 days") is not the time asked for.
    boolean termsPeriod = (ask.wanted() == AnswerKinds.AnswerType.DURATION || ask.wanted() == AnswerKinds.AnswerType.TIME || ask.wanted() == AnswerKinds.AnswerType.SOON)
        && shared == 0 && TERMS_PERIOD.matcher(folded).find();
    if (statement && ask.wanted() != null && (reply.sentences.size() <= 2 || idx < reply.opening + 2)
        && ask.wanted().in(folded) && !termsPeriod) {
      return true;
    }
    // A bare "Yes." or "No, not yet." opening the reply answers the message's first yes/no question.
    if (ask.firstPolar() && opening && (AnswerKinds.BARE_POLAR.matcher(folded).find()
        || ask.onlyPolar() && statement && AnswerKinds.YES_NO_LEAD.matcher(folded).find())) return true;
    // A yes or no opening the reply answers a yes/no question it names (with several questions, a
    // "Yes" that names nothing may answer another).
    if (ask.polar() && opening && shared >= 1 && statement && AnswerKinds.POLAR_ANSWER.matcher(folded).find()) return true;
    // "Is it a good school?" -> "Very good, but expensive".
    if (ask.judgement() && opening && statement && AnswerKinds.GIVES_JUDGEMENT.find(folded)) return true;
    // "What's the number for your support desk?" -> "+44 20 7946 0000, any time".
    if (ask.contact() && !f.question() && AnswerKinds.GIVES_CONTACT.matcher(folded).find()) return true;
    // "Can anyone recommend a garage?" -> "Try the one on Salwa Road", early in the reply or in a short one.
    return ask.advice() && (reply.sentences.size() <= 3 || idx < 2) && statement && AnswerKinds.GIVES_ADVICE.find(folded);
  }

  /** Units a figure is counted in: sharing one ties nothing ("12 months" / "24 months"). */
  private static final Set<String> UNITS = Set.of("month", "year", "week", "day", "hour", "minut", "percent");

  /** A stem is present, or a longer or shorter form of it ("sponsor" / "sponsorship"): Snowball keeps some derivations apart. */
  private static boolean has(Set<String> stems, String n) {
    if (stems.contains(n)) return true;
    for (String s : stems) {
      if (n.length() >= 5 && s.length() >= 5 && (s.startsWith(n) || n.startsWith(s))) return true;
      if (derived(n, s) || derived(s, n)) return true;
    }
    return false;
  }

  /** Suffixes Snowball leaves on a noun made from a verb: "storag" beside "store", "creation" beside "creat", "failur" beside "fail". */
  private static final List<String> DERIVATIONS = List.of("ag", "ment", "ion", "al", "ur");

  /** Whether {@code longer} is {@code root} (its final "e" dropped) with a derivational suffix; no allocation, as it runs per word pair. */
  private static boolean derived(String root, String longer) {
    int base = root.endsWith("e") ? root.length() - 1 : root.length();
    if (base < 4 || longer.length() <= base || !longer.regionMatches(0, root, 0, base)) return false;
    for (String suffix : DERIVATIONS) {
      if (longer.length() - base == suffix.length() && longer.startsWith(suffix, base)) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern PRICE_FIGURE = java.util.regex.Pattern.compile(
      ".*(?:" + AnswerKinds.MONEY + "|\\d+(?:\\.\\d+)?\\s*(?:/|per|a|an|each)\\b|\\bfree\\b|\\bno (?:charge|cost|fee)).*");
  /** A day of the week, a date or a time of day. */
  private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)\\b|at \\d{1,2}(?::\\d\\d)?\\b"
          // A date written out: "the week of 21 October", "by Nov 8".
          + "|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b)");
  private static final java.util.regex.Pattern TIME_FIGURE = java.util.regex.Pattern.compile(
      ".*\\b\\d+(?:-\\d+)?\\s*(?:days?|weeks?|months?|hours?|business days)\\b.*");
  private static final java.util.regex.Pattern TERMS_PERIOD = java.util.regex.Pattern.compile(
      "\\b(?:valid|validity|payment|payable|pay within|invoices?|invoiced|net \\d+|\\d+ days? net|notice period|days' notice|days notice|cooling-off|refund"
          // a contract's or a financing's length: "$2,950 a month over 60 months", "a 36-month minimum term"
          + "|over \\d+ (?:months|years)|\\d+[- ](?:month|year) (?:minimum )?(?:term|contract|lease|agreement)|minimum term)\\b");
  private static final java.util.regex.Pattern HYPHEN_OR_SLASH = java.util.regex.Pattern.compile("[-/]");
  private static final Set<String> PARTICLES = Set.of("in", "on", "up", "off", "out", "to", "by", "of", "at", "the", "and", "for", "per", "non", "pre", "via");

  /** Stems that ask about price in general ("what would it cost?"), not about a priced thing. */
  private static final Set<String> PRICE_WORDS = Set.of("cost", "price", "fee", "charg", "charge", "pay", "much", "quot",
      "quote", "budget", "expens", "total", "spend", "afford", "ballpark", "figur", "figure", "rate", "rough", "estim",
      "number", "like", "look", "would", "per", "us", "year", "month", "annual", "monthli",
      // the verbs of asking for it: "can you give me pricing for that run?"
      "give", "tell");

  /**
   * Stems of a particular charge, one-off or on top ("is there a setup fee?", "what about egress?"):
   * the subscription's price does not answer a question about one of these unless it names it.
   */
  private static final Set<String> CHARGES = Set.of("setup", "instal", "implement", "onboard", "exit", "cancel", "termin",
      "deposit", "overag", "egress", "train", "migrat", "callout", "hardwar", "ship", "deliveri", "freight");

  /** A particular charge named as such: "setup fee", "cost of installation", "the deposit", "egress". */
  private static final java.util.regex.Pattern CHARGE_ASKED = java.util.regex.Pattern.compile(
      "\\b(?:(?:setup|set-up|installation|install|implementation|onboarding|exit|cancellation|termination|overage|egress|training|migration|call-?out|hardware|shipping|delivery|freight)\\s+(?:fees?|costs?|charges?)"
          + "|(?:fees?|costs?|charges?) (?:for|of) (?:the )?(?:setup|set-up|installation|implementation|onboarding|training|migration|delivery|shipping|hardware)"
          + "|deposit|egress|overages?)\\b");

  /**
   * Asking whether something is included or extra: "does the price include return shipping?", "what's
   * the price all in, including the lift plan?", "do you supply the cups as well?", "is delivery extra?".
   * Group 1 or 2 holds the words around the thing asked about.
   */
  private static final java.util.regex.Pattern INCLUSION_ASKED = java.util.regex.Pattern.compile(
      "\\binclud(?:e|es|ing)\\s+((?:[\\w-]+\\s+){0,2}[\\w-]+)|((?:[\\w-]+\\s+){0,2}[\\w-]+)\\s+(?:as well|(?:is |are )?(?:included|extra|separate|on top))\\b");

  private static final java.util.regex.Pattern PART_OF_OR_EXTRA = java.util.regex.Pattern.compile(
      "\\b(?:is|are)\\s+((?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+(?:in|part of|covered (?:by|in)|within|inside)\\s+(?:the|your|our)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+,?\\s+or\\s+(?:is it |are they )?(?:extra|separate|on top|additional|charged)\\b");

  private static final java.util.regex.Pattern ASKS_WHETHER = java.util.regex.Pattern.compile(
      "^\\W*(?:(?:and|also|plus|so)\\W+)?(?:do|does|is|are|will|would|can|could|what|what's|how|whether)\\b|\\b(?:whether|if) (?:the|it|that|this|your|you)\\b");

  /** The nouns of the thing a point asks to be included ({@link #INCLUSION_ASKED}), as stems; empty when it asks no such thing. */
  private static Set<String> inclusionAsked(AnnotatedText text, int start, String point, String lowerPoint) {
    if (lowerPoint.length() != point.length()) return Set.of(); // offsets would not line up
    // Only a question: "trustees won't go above £68k including conversion" states a limit.
    if (point.indexOf('?') < 0 && !ASKS_WHETHER.matcher(lowerPoint).find()) return Set.of();
    Set<String> nouns = new HashSet<>();
    // "is maintenance in the lease or extra": the thing asked about comes first, what it may be part of second.
    java.util.regex.Matcher partOf = PART_OF_OR_EXTRA.matcher(lowerPoint);
    if (partOf.find()) return nounStems(text, start + partOf.start(1), start + partOf.end(1));
    java.util.regex.Matcher m = INCLUSION_ASKED.matcher(lowerPoint);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      nouns.addAll(nounStems(text, start + m.start(g), start + m.end(g)));
    }
    return nouns;
  }

  /** Stems of the nouns (not generic words or units) of the tokens inside [from, to). */
  private static Set<String> nounStems(AnnotatedText text, int from, int to) {
    Set<String> nouns = new HashSet<>();
    for (Sentence s : text.sentences()) {
      if (s.end() <= from || s.start() >= to) continue;
      for (Token t : s.tokens()) {
        if (t.start() >= from && t.end() <= to && (t.wordPos().equals("NOUN") || t.wordPos().equals("PROPN"))
            && !GENERIC.contains(t.stem()) && !UNITS.contains(t.stem())) nouns.add(t.stem());
      }
    }
    return nouns;
  }

  /** Asking whether what "that" stands for is included: "is that in your rates?", "are those covered?", "is this extra?". */
  private static final java.util.regex.Pattern INCLUDES_IT = java.util.regex.Pattern.compile(
      "\\b(?:is|are|would|will) (?:that|this|those|these|it) (?:be )?(?:in|included|covered|part of|extra|separate|on top|charged)\\b");

  private static boolean namesAny(Facts f, Set<String> stems) {
    for (String n : stems) if (f.has(n)) return true;
    return false;
  }

  /** A promise that neither only finds out ("let me check") nor waits on something not yet done ("once the rates are final"). */
  private static boolean unconditional(String folded) {
    return !ReplyCues.FINDS_OUT.find(folded) && !ReplyCues.WAITS_ON.find(folded);
  }

  private static boolean sharesACharge(Set<String> needed, Set<String> stems) {
    for (String w : needed) if (CHARGES.contains(w) && has(stems, w)) return true;
    return false;
  }

  /** How many of a point's words name something other than price in general (one may be a word like "driving"). */
  private static int pricedThings(Set<String> needed) {
    int n = 0;
    for (String w : needed) if (!PRICE_WORDS.contains(w) && !NUMBER.matcher(w).matches()) n++;
    return n;
  }

  /** A figure for a pricing or timeline question answers it even in other words ("It's $45 a seat"). */
  private static boolean strongAnswer(String folded, String topic) {
    return switch (topic) {
      case "pricing" -> PRICE_FIGURE.matcher(folded).matches();
      // "The offer is valid for 30 days", "payment is due within 14 days": a period of the commercial
      // terms, not of the work, so it answers no question about how long something takes.
      // A day or date answers a point on timing too ("How soon could we have it?" -> "We can deliver on the 14th").
      case "timeline" -> (TIME_FIGURE.matcher(folded).matches() || WHEN.matcher(folded).find()) && !TERMS_PERIOD.matcher(folded).find();
      default -> false;
    };
  }

  static Set<String> contentStems(AnnotatedText text, int start, int end) {
    Set<String> stems = new HashSet<>();
    for (Sentence s : text.sentences()) {
      if (s.end() <= start || s.start() >= end) continue;
      List<Token> tokens = s.tokens();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.start() < start || t.end() > end || !CONTENT_POS.contains(t.wordPos())) continue;
        // "lock-in" tokenised as "lock", "-", "in": the particle after the hyphen, tagged as content, is
        // not what the point is about, and nearly every reply sentence has an "in".
        if (PARTICLES.contains(t.lower()) && k >= 1 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 1).end() == t.start()) continue;
        if (vocative(tokens, k)) continue;
        Set<String> parts = new HashSet<>(2);
        addParts(t, parts);
        // "Nov-Feb" counts as its parts: the whole compound is rarely written the same way in the
        // answer ("Nov to Feb works"), and counting it too would make the point one word longer.
        if (parts.size() > 1) parts.remove(t.stem());
        for (String part : parts) {
          if (part.length() > 1 && !GENERIC.contains(part)) stems.add(part);
        }
      }
    }
    return stems;
  }

  /** A name the sentence opens by addressing ("Gretchen, can you ..."): not what the question is about. */
  private static boolean vocative(List<Token> tokens, int k) {
    int i = k;
    while (i < tokens.size() && tokens.get(i).pos().equals("PROPN")) i++;
    boolean opensSentence = k == 0 || (k == 1 && Set.of("hi", "hey", "hello", "dear").contains(tokens.get(0).lower()));
    return opensSentence && tokens.get(k).pos().equals("PROPN") && i < tokens.size() && tokens.get(i).text().equals(",");
  }

  /** Adds a token's stem, and for hyphenated or slashed tokens ("per-envelope") each part's stem too. */
  private static void addParts(Token t, Set<String> out) {
    out.add(t.stem());
    if (t.lower().indexOf('-') > 0 || t.lower().indexOf('/') > 0) {
      for (String p : HYPHEN_OR_SLASH.split(t.lower())) {
        // "trade-in", "sign-off": the particle is not what the point is about.
        if (!p.isEmpty() && !PARTICLES.contains(p)) out.add(candor.annotate.Stems.of(p));
      }
    }
  }
}
