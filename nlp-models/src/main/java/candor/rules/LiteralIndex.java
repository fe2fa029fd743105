package candor.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aho-Corasick automaton over every literal of every rule's (or pattern's) prefilter: one pass over a sentence
 * tells which literals occur, and from that which branches of which rules could match at all,
 * however many rules and literals there are. Immutable once built; safe to share between threads.
 */
final class LiteralIndex {
  /** For each rule, for each branch, the range [from, to) of its clause ids; null: the branch always runs. */
  private final int[][][] branchClauses;
  /** For each literal id, the ids of the clauses it satisfies. */
  private final int[][] literalClauses;
  /**
   * The automaton: states x character classes -> state. States are numbered breadth-first, so the
   * shallow states a scan spends most of its time in share a few cache lines; the table is megabytes.
   * Transitions as chars while the states fit (half the cache lines of an int table), else as ints.
   */
  private final char[] delta;
  private final int[] wideDelta;
  private final int width;
  /** The literal ids that end at state n are outputs[outputStart[n]] to outputs[outputStart[n + 1]]: one flat array, not an object per state. */
  private final int[] outputStart;
  private final int[] outputs;
  /** The literals' characters, sorted; class i + 1 is alphabet[i]. */
  private final char[] alphabet;
  private final int[] asciiClass = new int[128];

  /** One item per rule, one branch per phrase. */
  static LiteralIndex forRules(List<Rule> rules) {
    List<List<List<Set<String>>>> items = new ArrayList<>();
    for (Rule r : rules) items.add(r.branchClauses());
    return new LiteralIndex(items);
  }

  /** {@code items}: per item (a rule, a pattern), per branch, its clauses; a null branch always passes. */
  LiteralIndex(List<List<List<Set<String>>>> items) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<List<Integer>> satisfies = new ArrayList<>();
    int clauseCount = 0;
    branchClauses = new int[items.size()][][];
    for (int r = 0; r < items.size(); r++) {
      List<List<Set<String>>> branches = items.get(r);
      branchClauses[r] = new int[branches.size()][];
      for (int b = 0; b < branches.size(); b++) {
        List<Set<String>> cnf = branches.get(b);
        if (cnf == null) continue;
        branchClauses[r][b] = new int[] {clauseCount, clauseCount + cnf.size()};
        for (Set<String> clause : cnf) {
          for (String lit : clause) {
            int id = ids.computeIfAbsent(lit, k -> ids.size());
            if (id == satisfies.size()) satisfies.add(new ArrayList<>());
            satisfies.get(id).add(clauseCount);
          }
          clauseCount++;
        }
      }
    }
    literalClauses = new int[satisfies.size()][];
    for (int i = 0; i < literalClauses.length; i++) literalClauses[i] = satisfies.get(i).stream().mapToInt(Integer::intValue).toArray();
    // Build the trie and its failure links with maps, then freeze it.
    List<Map<Character, Integer>> next = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    next.add(new HashMap<>());
    out.add(new ArrayList<>());
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      int n = 0;
      for (char ch : e.getKey().toCharArray()) {
        Integer t = next.get(n).get(ch);
        if (t == null) {
          t = next.size();
          next.get(n).put(ch, t);
          next.add(new HashMap<>());
          out.add(new ArrayList<>());
        }
        n = t;
      }
      out.get(n).add(e.getValue());
    }
    int size = next.size();
    int[] fail = new int[size];
    ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
    while (!queue.isEmpty()) {
      int n = queue.poll();
      for (Map.Entry<Character, Integer> e : next.get(n).entrySet()) {
        int child = e.getValue();
        int f = fail[n];
        while (f != 0 && !next.get(f).containsKey(e.getKey())) f = fail[f];
        Integer target = n == 0 ? null : next.get(f).get(e.getKey());
        fail[child] = target != null && target != child ? target : 0;
        queue.add(child);
      }
    }
    // Freeze into a full DFA over the literals' alphabet: one array read a character. A character
    // no literal contains is class 0, which leads every state back to the root.
    java.util.TreeSet<Character> letters = new java.util.TreeSet<>();
    for (String lit : ids.keySet()) for (char ch : lit.toCharArray()) letters.add(ch);
    alphabet = new char[letters.size()];
    int li = 0;
    for (char ch : letters) alphabet[li++] = ch;
    for (int i = 0; i < alphabet.length; i++) if (alphabet[i] < 128) asciiClass[alphabet[i]] = i + 1;
    width = alphabet.length + 1;
    // Breadth-first, so a node's failure target is complete before the node; the order is also the new numbering.
    List<Integer> order = new ArrayList<>();
    order.add(0);
    for (int i = 0; i < order.size(); i++) order.addAll(next.get(order.get(i)).values());
    int[] renumber = new int[size];
    for (int i = 0; i < size; i++) renumber[order.get(i)] = i;
    int[] table = new int[size * width];
    int[][] output = new int[size][];
    for (int n : order) {
      List<Integer> o = new ArrayList<>(out.get(n));
      if (n != 0) for (int x : output[fail[n]]) if (!o.contains(x)) o.add(x);
      output[n] = o.stream().mapToInt(Integer::intValue).toArray();
      int row = renumber[n] * width;
      for (int k = 1; k < width; k++) {
        Integer t = next.get(n).get(alphabet[k - 1]);
        // Targets are stored renumbered; a failure target's row is read back renumbered too.
        table[row + k] = t != null ? renumber[t] : n == 0 ? 0 : table[renumber[fail[n]] * width + k];
      }
    }
    outputStart = new int[size + 1];
    int total = 0;
    for (int i = 0; i < size; i++) {
      outputStart[i] = total;
      total += output[order.get(i)].length;
    }
    outputStart[size] = total;
    outputs = new int[total];
    for (int i = 0; i < size; i++) System.arraycopy(output[order.get(i)], 0, outputs, outputStart[i], output[order.get(i)].length);
    if (size <= Character.MAX_VALUE) {
      delta = new char[table.length];
      for (int i = 0; i < table.length; i++) delta[i] = (char) table[i];
      wideDelta = null;
    } else {
      delta = null;
      wideDelta = table;
    }
  }

  private int charClass(char c) {
    if (c < 128) return asciiClass[c];
    int i = Arrays.binarySearch(alphabet, c);
    return i >= 0 ? i + 1 : 0;
  }

  /** The clauses that hold in the lower-cased sentence: those with one of their literals in it. */
  BitSet present(String lower) {
    BitSet holds = new BitSet();
    int n = 0;
    for (int i = 0; i < lower.length(); i++) {
      int at = n * width + charClass(lower.charAt(i));
      n = delta != null ? delta[at] : wideDelta[at];
      for (int o = outputStart[n], end = outputStart[n + 1]; o < end; o++) {
        for (int c : literalClauses[outputs[o]]) holds.set(c);
      }
    }
    return holds;
  }

  /** Whether some branch of item {@code rule} has every clause holding (without building the set). */
  boolean anyBranch(int rule, BitSet holds) {
    for (int[] b : branchClauses[rule]) {
      if (b == null || holds.nextClearBit(b[0]) >= b[1]) return true;
    }
    return false;
  }

  /** The branches of rule {@code rule} whose every clause holds. */
  BitSet branches(int rule, BitSet holds) {
    BitSet out = new BitSet();
    int[][] rc = branchClauses[rule];
    for (int b = 0; b < rc.length; b++) {
      if (rc[b] == null || holds.nextClearBit(rc[b][0]) >= rc[b][1]) out.set(b);
    }
    return out;
  }
}
