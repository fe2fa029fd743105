package candor.rules;

import candor.annotate.Token;
import com.google.re2j.Pattern;

/**
 * One step of a {@code sequence} rule: a token must match every test given. {@code lemma} is
 * compared by stem, so "lemma: guarantee" matches guarantees, guaranteed and guaranteeing.
 *
 * @param skip how many tokens may be passed over before this step matches
 */
record Step(Pattern token, java.util.Set<String> lemmaStems, Pattern pos, boolean optional, int skip) {
  boolean matches(Token t) {
    if (token != null && !token.matches(t.lower())) return false;
    if (lemmaStems != null && !lemmaStems.contains(t.stem())) return false;
    return pos == null || pos.matches(t.pos());
  }
}
