package candor.eval;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import candor.annotate.Token;
import candor.detect.ConcernFinder;
import candor.detect.Proposals;
import candor.models.SentenceClassifier;
import candor.train.LabelledSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The buyer question/request recogniser on the Parakweet email-intent sentences (Enron, labelled
 * Yes when the sentence carries a request or proposal). Each recogniser maps a sentence to the
 * kinds it sees (question, request, concern, and for the engine proposal); a mapping says which
 * kinds count as Yes. {@code question|request|proposal} is Parakweet's own definition
 * ("request/propose intent"); the other two are printed beside it.
 */
public final class RequestEval {
  public static final Set<String> QUESTION_REQUEST = Set.of("question", "request");
  public static final Set<String> QUESTION_REQUEST_CONCERN = Set.of("question", "request", "concern");
  public static final Set<String> QUESTION_REQUEST_PROPOSAL = Set.of("question", "request", "proposal");
  /** The mappings printed, by name; the first is Parakweet's definition and the one failures are listed under. */
  public static final Map<String, Set<String>> MAPPINGS = mappings();

  private static Map<String, Set<String>> mappings() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("question|request|proposal", QUESTION_REQUEST_PROPOSAL);
    m.put("question|request", QUESTION_REQUEST);
    m.put("question|request|concern", QUESTION_REQUEST_CONCERN);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** One labelled line: {@code Yes|No <TAB> sentence}. */
  public record Item(boolean yes, String text) {}

  private final Map<String, Confusion> results = new LinkedHashMap<>();
  private int sentences;
  private int yes;

  /** Parses one line of the Parakweet files; null for a blank line. */
  public static Item parse(String line, long lineNo) throws IOException {
    if (line.isBlank()) return null;
    int tab = line.indexOf('\t');
    if (tab < 0) throw new IOException("line " + lineNo + ": no tab between label and sentence");
    String label = line.substring(0, tab).trim();
    if (!label.equals("Yes") && !label.equals("No")) throw new IOException("line " + lineNo + ": label '" + label + "' is not Yes or No");
    return new Item(label.equals("Yes"), line.substring(tab + 1).replace("\r", ""));
  }

  public static List<Item> readAll(BufferedReader in) throws IOException {
    List<Item> out = new ArrayList<>();
    String line;
    long n = 0;
    while ((line = in.readLine()) != null) {
      Item item = parse(line, ++n);
      if (item != null) out.add(item);
    }
    return out;
  }

  /**
   * Streams the test split through every recogniser (name -> sentence -> kinds seen) under both
   * mappings. Disagreements of the recognisers named in {@code showFor} go to {@code failures}.
   */
  public void run(BufferedReader test, Map<String, Function<String, Set<String>>> recognisers, Set<String> showFor,
      PrintStream failures) throws IOException {
    String line;
    long n = 0;
    while ((line = test.readLine()) != null) {
      Item item = parse(line, ++n);
      if (item == null) continue;
      sentences++;
      if (item.yes()) yes++;
      for (Map.Entry<String, Function<String, Set<String>>> r : recognisers.entrySet()) {
        Set<String> kinds = r.getValue().apply(item.text());
        boolean first = true;
        for (Map.Entry<String, Set<String>> mapping : MAPPINGS.entrySet()) {
          boolean predicted = kinds.stream().anyMatch(mapping.getValue()::contains);
          results.computeIfAbsent(r.getKey() + ", " + mapping.getKey(), k -> new Confusion()).add(item.yes(), predicted);
          boolean listed = first;
          first = false;
          if (failures != null && listed && showFor.contains(r.getKey()) && predicted != item.yes()) {
            failures.println(r.getKey() + (item.yes() ? "  missed Yes " : "  false Yes  ") + kinds + "  " + item.text());
          }
        }
      }
    }
  }

  /** @param mapping a key of {@link #MAPPINGS} */
  public Confusion result(String recogniser, String mapping) {
    return results.get(recogniser + ", " + mapping);
  }

  public void print(PrintStream out) {
    out.printf("parakweet test split: %d sentences (%d Yes, %d No); positive = Yes (request/propose intent)%n",
        sentences, yes, sentences - yes);
    for (Map.Entry<String, Confusion> e : results.entrySet()) out.println(e.getValue().line(e.getKey()));
  }

  /**
   * The engine's recogniser: the kinds ConcernFinder gives the sentences of the text (pleasantries and
   * quoted lines skipped, as in the engine), and "proposal" when a sentence proposes or accepts
   * something done with the reader ({@link Proposals}); {@code withModel} false for patterns alone.
   */
  public static Function<String, Set<String>> rules(Annotator annotator, boolean withModel) {
    ConcernFinder finder = withModel ? new ConcernFinder() : new ConcernFinder(null);
    return text -> {
      Set<String> kinds = new LinkedHashSet<>();
      AnnotatedText annotated = annotator.annotate(text);
      for (ConcernFinder.Candidate c : finder.find(annotated, (s, e) -> true)) {
        kinds.add(c.kind().name().toLowerCase(Locale.ROOT));
      }
      for (Sentence s : annotated.sentences()) {
        if (Proposals.proposes(annotated, s)) kinds.add("proposal");
      }
      return kinds;
    };
  }

  /** A sentence model's best label over the whole line, with features taken as in training (TrainModels.context). */
  public static Function<String, Set<String>> model(Annotator annotator, SentenceClassifier classifier) {
    return text -> {
      AnnotatedText at = annotator.annotate(text);
      List<Token> tokens = new ArrayList<>();
      for (Sentence s : at.sentences()) tokens.addAll(s.tokens());
      if (tokens.isEmpty()) return Set.of("none");
      return Set.of(classifier.best(text, new Sentence(0, text.length(), 0, tokens)));
    };
  }

  /**
   * K-fold cross-validation inside the train split (fold = line index mod k): how well a model trained
   * on part of it recognises the rest. Set beside the test-split figure, the gap shows how far the test
   * split's labelling differs from the train split's.
   */
  public static Confusion crossValidate(Annotator annotator, List<Item> train, int folds) throws IOException {
    Confusion out = new Confusion();
    for (int k = 0; k < folds; k++) {
      List<Item> fit = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) if (i % folds != k) fit.add(train.get(i));
      Function<String, Set<String>> recogniser =
          model(annotator, candor.train.TrainModels.inMemory(annotator, asBuyerKinds(fit), SentenceClassifier.BUYER_KIND));
      for (int i = k; i < train.size(); i += folds) {
        out.add(train.get(i).yes(), recogniser.apply(train.get(i).text()).contains("request"));
      }
    }
    return out;
  }

  /** Parakweet training lines as buyer kinds: Yes -> request, No -> none. */
  public static List<LabelledSentence> asBuyerKinds(List<Item> items) {
    List<LabelledSentence> out = new ArrayList<>();
    for (Item i : items) out.add(new LabelledSentence(i.yes() ? "request" : "none", i.text()));
    return out;
  }
}
