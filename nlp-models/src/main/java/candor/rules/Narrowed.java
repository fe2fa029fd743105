package candor.rules;

import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One pattern's narrowed forms (see {@link Alternatives}), compiled on first use and kept by the set
 * of alternatives they hold; the set of all of them is the whole pattern. Bounded: past {@link #MAX}
 * forms, a rare combination is compiled afresh each time rather than kept. Safe to share between threads.
 *
 * @param <P> the compiled pattern type (java.util.regex for our own patterns, re2j for rule packs)
 */
final class Narrowed<P> {
  private static final int MAX = 256;

  private final Alternatives alternatives;
  private final P whole;
  private final Function<String, P> compile;
  private final ConcurrentHashMap<BitSet, P> made = new ConcurrentHashMap<>();

  Narrowed(Alternatives alternatives, P whole, Function<String, P> compile) {
    this.alternatives = alternatives;
    this.whole = whole;
    this.compile = compile;
  }

  /** The pattern holding only the alternatives set in {@code keep}; the caller must not change {@code keep} afterwards. */
  P get(BitSet keep) {
    if (keep.cardinality() == alternatives.alternatives().size()) return whole;
    P p = made.get(keep);
    if (p == null) {
      p = compile.apply(alternatives.narrowed(keep));
      if (made.size() < MAX) made.put(keep, p);
    }
    return p;
  }
}
