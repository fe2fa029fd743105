package candor.rules;

import candor.annotate.Token;
import com.google.re2j.Pattern;

/**
 * One step of a {@code sequence} rule: a token must match every test given, or, for a step with
 * {@code either}, one of its alternatives. {@code lemma} is compared by stem, so "lemma: guarantee"
 * matches guarantees, guaranteed and guaranteeing.
 *
 * @param either alternatives, one of which must match (empty: the step's own tests decide)
 * @param skip how many tokens may be passed over before this step matches
 */
record Step(Pattern token, java.util.Set<String> lemmaStems, Pattern pos, java.util.List<Step> either, boolean optional, int skip) {
  boolean matches(Token t) {
    if (!either.isEmpty()) return either.stream().anyMatch(s -> s.matches(t));
    if (token != null && !token.matches(t.lower())) return false;
    if (lemmaStems != null && !lemmaStems.contains(t.stem())) return false;
    return pos == null || pos.matches(t.pos());
  }
}
