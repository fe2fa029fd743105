package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.annotate.Token;
import candor.rules.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import candor.rules.GuardedPattern;
import java.util.regex.Pattern;

/**
 * For teams with an approved-claims pack: a measurable claim in the draft ("cuts onboarding time by
 * 40%") that matches none of the team's approved claims is flagged, with the closest approved
 * wording offered as the rewrite. A claim matches when it states the same figures and shares most
 * of its content words (by stem) with an approved claim.
 */
public final class ClaimCheck {
  /** The parts of speech whose words a claim is compared on. */
  private static final Set<String> CLAIM_WORD_POS = Set.of("NOUN", "VERB", "ADJ", "PROPN", "NUM");
  public static final String RULE_ID = "TEAM_UNAPPROVED_CLAIM";

  private static final GuardedPattern FIGURE = GuardedPattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:%|x\\b|percent|times)|[$\u20ac\u00a3]\\s?\\d|\\d+(?:\\.\\d+)?x\\b");
  private static final GuardedPattern OUTCOME = GuardedPattern.compile("\\b(?:double[sd]?|triple[sd]?|halve[sd]?|faster|slower|fewer|more|less|"
      + "reduc\\w*|cut[s]?|increas\\w*|improv\\w*|sav\\w*|boost\\w*|grow\\w*|lower\\w*|uptime|accura\\w*|roi|return|lift)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

  /** A measurable claim; {@code closestApproved} is null when it matches an approved claim. */
  public record Hit(int start, int end, String closestApproved, double similarity) {
    public boolean approved() {
      return closestApproved == null;
    }
  }

  private record Claim(String text, Set<String> stems, Set<String> numbers) {}

  private final List<Claim> approved = new ArrayList<>();

  public ClaimCheck(List<String> approvedClaims, candor.annotate.Annotator annotator) {
    for (String c : approvedClaims) {
      AnnotatedText at = annotator.annotate(c);
      Set<String> stems = new HashSet<>();
      for (Sentence s : at.sentences()) stems.addAll(contentStems(s));
      approved.add(new Claim(c, stems, numbers(c)));
    }
  }

  public boolean active() {
    return !approved.isEmpty();
  }

  public List<Hit> check(AnnotatedText text, PatternDetector.Region own) {
    List<Hit> out = new ArrayList<>();
    String source = text.text();
    for (Sentence s : text.sentences()) {
      if (!own.startsIn(s)) continue;
      String folded = Text.fold(source.substring(s.start(), s.end())).toLowerCase(Locale.ROOT);
      if (!FIGURE.matcher(folded).find() || !OUTCOME.matcher(folded).find()) continue;
      Set<String> stems = contentStems(s);
      Set<String> nums = numbers(folded);
      Claim best = null;
      double bestSim = -1;
      for (Claim c : approved) {
        double sim = jaccard(stems, c.stems());
        if (sim > bestSim) {
          best = c;
          bestSim = sim;
        }
        if (c.numbers().containsAll(nums) && sim >= 0.5) {
          best = null;
          break;
        }
      }
      int[] span = Text.trim(source, s.start(), s.end());
      out.add(best != null ? new Hit(span[0], span[1], best.text(), bestSim) : new Hit(span[0], span[1], null, 1));
    }
    return out;
  }

  private static Set<String> contentStems(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      if (t.isWord() && t.lower().length() > 2 && CLAIM_WORD_POS.contains(t.wordPos())) out.add(t.stem());
    }
    return out;
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) out.add(m.group().replace(",", "."));
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }

}
