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
  /** Trie in arrays: per node its sorted outgoing characters, their targets, its failure link and its output ids. */
  private final char[][] keys;
  private final int[][] targets;
  private final int[] fail;
  private final int[][] output;
  /** The root's transitions for ASCII, where most steps start over. */
  private final int[] rootAscii = new int[128];

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
    // Build with maps, then freeze into arrays (lookups in the scan loop are then a short binary search).
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
    fail = new int[size];
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
    keys = new char[size][];
    targets = new int[size][];
    output = new int[size][];
    // Outputs include those of the failure chain; nodes are visited in breadth-first order, parents first.
    List<Integer> order = new ArrayList<>();
    order.add(0);
    for (int i = 0; i < order.size(); i++) order.addAll(next.get(order.get(i)).values());
    for (int n : order) {
      List<Integer> o = new ArrayList<>(out.get(n));
      if (n != 0) for (int x : output[fail[n]]) if (!o.contains(x)) o.add(x);
      output[n] = o.stream().mapToInt(Integer::intValue).toArray();
      char[] k = new char[next.get(n).size()];
      int i = 0;
      for (char ch : next.get(n).keySet()) k[i++] = ch;
      Arrays.sort(k);
      int[] t = new int[k.length];
      for (i = 0; i < k.length; i++) t[i] = next.get(n).get(k[i]);
      keys[n] = k;
      targets[n] = t;
    }
    for (int i = 0; i < keys[0].length; i++) if (keys[0][i] < 128) rootAscii[keys[0][i]] = targets[0][i];
  }

  private int step(int n, char c) {
    if (n == 0 && c < 128) return rootAscii[c];
    while (true) {
      int i = Arrays.binarySearch(keys[n], c);
      if (i >= 0) return targets[n][i];
      if (n == 0) return 0;
      n = fail[n];
    }
  }

  /** The clauses that hold in the lower-cased sentence: those with one of their literals in it. */
  BitSet present(String lower) {
    BitSet seen = new BitSet();
    BitSet holds = new BitSet();
    int n = 0;
    for (int i = 0; i < lower.length(); i++) {
      n = step(n, lower.charAt(i));
      for (int id : output[n]) {
        if (seen.get(id)) continue;
        seen.set(id);
        for (int c : literalClauses[id]) holds.set(c);
      }
    }
    return holds;
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
