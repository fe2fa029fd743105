package candor.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence cut into its clauses, for classifiers trained on single claims: "I can send the ISO
 * certificate if that would help; it is quite simply the most secure facility in the region" holds a
 * plain offer and a superlative, and read whole the offer's words outweigh the claim. Cuts fall after
 * ";", ":" and a free-standing dash, and before a conjunction that follows a comma (", and", ", so",
 * ", but", ", which"). A piece under {@link #MIN_WORDS} words joins the next one, so a clause is
 * never a fragment like "so far".
 */
public final class Clauses {
  static final int MIN_WORDS = 4;
  private static final Set<String> STOPS = Set.of(";", ":");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "which", "while", "whereas", "because", "yet", "though", "although", "plus");

  private Clauses() {}

  /** The clauses of {@code s} in order; the sentence itself when it has only one. */
  public static List<Sentence> of(Sentence s) {
    List<Token> tokens = s.tokens();
    List<Integer> cuts = new ArrayList<>(); // index of each clause's first token
    cuts.add(0);
    for (int i = 1; i < tokens.size() - 1; i++) {
      String t = tokens.get(i).text();
      if (STOPS.contains(t) || DASHES.contains(t) && spaced(tokens, i)) cuts.add(i + 1);
      else if (t.equals(",") && CONJUNCTIONS.contains(tokens.get(i + 1).lower())) cuts.add(i + 1);
    }
    if (cuts.size() == 1) return List.of(s);
    List<List<Token>> pieces = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int c = 0; c < cuts.size(); c++) {
      int to = c + 1 < cuts.size() ? cuts.get(c + 1) : tokens.size();
      current.addAll(tokens.subList(cuts.get(c), to));
      if (words(current) >= MIN_WORDS) {
        pieces.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      if (pieces.isEmpty()) return List.of(s);
      pieces.get(pieces.size() - 1).addAll(current);
    }
    if (pieces.size() == 1) return List.of(s);
    List<Sentence> out = new ArrayList<>();
    int first = s.firstToken();
    for (List<Token> p : pieces) {
      out.add(new Sentence(p.get(0).start(), p.get(p.size() - 1).end(), first, p));
      first += p.size();
    }
    return out;
  }

  /** A dash with space on both sides separates clauses; one inside "host-based" or "6-8%" does not. */
  private static boolean spaced(List<Token> tokens, int i) {
    return tokens.get(i - 1).end() < tokens.get(i).start() && tokens.get(i).end() < tokens.get(i + 1).start();
  }

  private static int words(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) if (t.isWord()) n++;
    return n;
  }
}
