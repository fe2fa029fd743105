package candor.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The draft's share of "you/your" among "you/your" plus "I/we/our": how buyer-centred it reads. */
public final class CustomerFocus {
  private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself", "yourselves", "you're", "you'll",
      "you've", "you'd", "y'all");
  private static final Set<String> SELF = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
      "ourselves", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private CustomerFocus() {}

  /** How many "you/your" and how many "I/we/our" words a text uses. */
  public record Counts(int you, int self) {
    public int total() {
      return you + self;
    }

    /** 0.5 when neither kind of pronoun occurs: no evidence either way. */
    public double share() {
      return you + self == 0 ? 0.5 : (double) you / (you + self);
    }
  }

  /** 0.5 when the draft uses neither kind of pronoun: no evidence either way. */
  public static double of(String text) {
    return count(text).share();
  }

  public static Counts count(String text) {
    int you = 0;
    int self = 0;
    Matcher m = WORD.matcher(candor.rules.Text.fold(text).toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (YOU.contains(w)) you++;
      else if (SELF.contains(w)) self++;
    }
    return new Counts(you, self);
  }
}
