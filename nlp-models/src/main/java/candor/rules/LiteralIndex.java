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
  /** For each rule, for each branch, the ids of its clauses, all of which must hold; null: the branch always runs. */
  private final int[][][] branchClauses;
  /**
   * Per clause, the (item, branch) pairs it triggers: each branch is looked at only when its most
   * selective clause holds, so a sentence costs what its literals trigger, not a look at every
   * branch of every rule (cutting phrases into alternatives made those thousands).
   */
  private final int[][][] triggeredBy;
  /** The (item, branch) pairs with no clause: they pass whatever the text. */
  private final int[][] always;
  /** How many items there are. */
  private final int itemCount;
  /** How many longs a set of clauses takes. */
  private final int clauseWords;
  /**
   * The automaton, in two parts. The {@link #SHALLOW} shallowest states, where a scan spends most of
   * its time, are numbered first, breadth-first, each with a full row (character class -> state).
   * The deep ones, walked only along a literal, keep their trie edges, failure link and clauses. A full
   * row for every state made the rule packs' table 20 MB of heap, for no faster a scan.
   */
  private final int[] dense;
  private final int width;
  /**
   * The deep states, each one record in one array, depth-first so a walk along a literal reads on
   * through memory: its failure link, its edge count, its output count, its edges (class, then
   * target), then the clauses its literals satisfy. No field is packed into another: a team pack
   * may bring hundreds of characters (classes) and millions of states. Deep state n's
   * record starts at n - shallow. Spread over six arrays, as before, a step cost up to six cache
   * misses once the rest of the analysis had pushed the tables out of cache (about 200 ns a
   * character, against 15 ns when warm).
   */
  private final int[] deep;
  /** How many states have full rows. */
  private final int shallow;
  /** The clauses satisfied at shallow state n are outputs[outputStart[n]] to outputs[outputStart[n + 1]]. */
  private final int[] outputStart;
  private final int[] outputs;
  /** The literals' characters, sorted; class i + 1 is alphabet[i]. */
  private final char[] alphabet;
  private final int[] asciiClass = new int[128];

  /** One item per rule, one branch per phrase or phrase alternative (see {@link Rule#branchClauses}). */
  static LiteralIndex forRules(List<Rule> rules) {
    List<List<List<Set<String>>>> items = new ArrayList<>();
    for (Rule r : rules) items.add(r.branchClauses());
    return new LiteralIndex(items);
  }

  /** {@code items}: per item (a rule, a pattern), per branch, its clauses; a null branch always passes. */
  LiteralIndex(List<List<List<Set<String>>>> items) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<List<Integer>> satisfies = new ArrayList<>();
    // One id per distinct clause: "some digit" is a clause of hundreds of branches, and marking it
    // once instead of once per branch is most of what a scan saves.
    Map<Set<String>, Integer> clauseIds = new HashMap<>();
    List<List<int[]>> triggers = new ArrayList<>();
    List<int[]> unguarded = new ArrayList<>();
    branchClauses = new int[items.size()][][];
    itemCount = items.size();
    for (int r = 0; r < items.size(); r++) {
      List<List<Set<String>>> branches = items.get(r);
      branchClauses[r] = new int[branches.size()][];
      for (int b = 0; b < branches.size(); b++) {
        List<Set<String>> cnf = branches.get(b);
        if (cnf == null) {
          unguarded.add(new int[] {r, b});
          continue;
        }
        java.util.TreeSet<Integer> mine = new java.util.TreeSet<>();
        Set<String> trigger = null;
        for (Set<String> clause : cnf) {
          if (trigger == null || Prefilter.score(clause) > Prefilter.score(trigger)) trigger = clause;
          Integer known = clauseIds.get(clause);
          if (known == null) {
            int c = clauseIds.size();
            clauseIds.put(Set.copyOf(clause), c);
            for (String lit : clause) {
              int id = ids.computeIfAbsent(lit, k -> ids.size());
              if (id == satisfies.size()) satisfies.add(new ArrayList<>());
              satisfies.get(id).add(c);
            }
            known = c;
          }
          mine.add(known);
        }
        branchClauses[r][b] = mine.stream().mapToInt(Integer::intValue).toArray();
        int t = clauseIds.get(trigger);
        while (triggers.size() <= t) triggers.add(new ArrayList<>());
        triggers.get(t).add(new int[] {r, b});
      }
    }
    always = unguarded.toArray(new int[0][]);
    triggeredBy = new int[triggers.size()][][];
    for (int c = 0; c < triggeredBy.length; c++) triggeredBy[c] = triggers.get(c).toArray(new int[0][]);
    this.clauseWords = (clauseIds.size() + 63) >>> 6;
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
    // Freeze over the literals' alphabet: a character no literal contains is class 0, which leads
    // every state back to the root.
    java.util.TreeSet<Character> letters = new java.util.TreeSet<>();
    for (String lit : ids.keySet()) for (char ch : lit.toCharArray()) letters.add(ch);
    alphabet = new char[letters.size()];
    int li = 0;
    for (char ch : letters) alphabet[li++] = ch;
    for (int i = 0; i < alphabet.length; i++) if (alphabet[i] < 128) asciiClass[alphabet[i]] = i + 1;
    width = alphabet.length + 1;
    // Built breadth-first, so a node's failure target is complete before the node.
    List<Integer> bfs = new ArrayList<>();
    bfs.add(0);
    for (int i = 0; i < bfs.size(); i++) bfs.addAll(next.get(bfs.get(i)).values());
    List<Integer> order = numbering(bfs, next);
    int[] renumber = new int[size];
    for (int i = 0; i < size; i++) renumber[order.get(i)] = i;
    shallow = Math.min(size, SHALLOW);
    // Each state's output is the clauses its literals satisfy (those of its failure chain too), not
    // the literals: a scan then marks bits in place instead of looking each literal up elsewhere.
    int[][] output = new int[size][];
    for (int n : bfs) {
      java.util.TreeSet<Integer> o = new java.util.TreeSet<>();
      for (int lit : out.get(n)) o.addAll(satisfies.get(lit));
      if (n != 0) for (int x : output[fail[n]]) o.add(x);
      output[n] = o.stream().mapToInt(Integer::intValue).toArray();
    }
    // A state's id: its place for a shallow one, shallow + where its record starts for a deep one.
    int[] id = new int[size];
    int records = 0;
    for (int i = 0; i < size; i++) {
      if (i < shallow) {
        id[i] = i;
        continue;
      }
      int n = order.get(i);
      id[i] = shallow + records;
      records += 3 + 2 * next.get(n).size() + output[n].length;
    }
    dense = new int[shallow * width];
    for (int n : bfs) {
      if (renumber[n] >= shallow) continue;
      // A shallow state's failure target is shallower still, so its row is already complete.
      int row = renumber[n] * width;
      for (int k = 1; k < width; k++) {
        Integer t = next.get(n).get(alphabet[k - 1]);
        dense[row + k] = t != null ? id[renumber[t]] : n == 0 ? 0 : dense[renumber[fail[n]] * width + k];
      }
    }
    deep = new int[records];
    for (int i = shallow; i < size; i++) {
      int n = order.get(i);
      int r = id[i] - shallow;
      deep[r] = id[renumber[fail[n]]];
      deep[r + 1] = next.get(n).size();
      deep[r + 2] = output[n].length;
      int e = r + 3;
      for (Map.Entry<Character, Integer> edge : next.get(n).entrySet()) {
        deep[e++] = Arrays.binarySearch(alphabet, edge.getKey()) + 1;
        deep[e++] = id[renumber[edge.getValue()]];
      }
      System.arraycopy(output[n], 0, deep, e, output[n].length);
    }
    outputStart = new int[shallow + 1];
    int total = 0;
    for (int i = 0; i < shallow; i++) {
      outputStart[i] = total;
      total += output[order.get(i)].length;
    }
    outputStart[shallow] = total;
    outputs = new int[total];
    for (int i = 0; i < shallow; i++) System.arraycopy(output[order.get(i)], 0, outputs, outputStart[i], output[order.get(i)].length);
  }

  /** How many of the shallowest states get full rows (at 45 classes, 180 KB: they stay in cache). */
  private static final int SHALLOW = 1024;

  /** The states' numbering: the first {@link #SHALLOW} breadth-first, then the rest depth-first. */
  private static List<Integer> numbering(List<Integer> bfs, List<Map<Character, Integer>> next) {
    if (bfs.size() <= SHALLOW) return bfs;
    List<Integer> order = new ArrayList<>(bfs.subList(0, SHALLOW));
    java.util.Set<Integer> placed = new java.util.HashSet<>(order);
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    for (int i = SHALLOW - 1; i >= 0; i--) {
      for (int child : next.get(bfs.get(i)).values()) if (!placed.contains(child)) stack.push(child);
      while (!stack.isEmpty()) {
        int n = stack.pop();
        order.add(n);
        for (int child : next.get(n).values()) stack.push(child);
      }
    }
    return order;
  }

  /** The state after reading a character of class {@code k} in state {@code n}. */
  private int step(int n, int k) {
    if (k == 0) return 0; // a character no literal has: every literal in progress is broken
    while (n >= shallow) {
      int r = n - shallow;
      for (int e = r + 3, end = e + 2 * deep[r + 1]; e < end; e += 2) {
        if (deep[e] == k) return deep[e + 1];
      }
      n = deep[r];
    }
    return dense[n * width + k];
  }

  private int charClass(char c) {
    if (c < 128) return asciiClass[c];
    int i = Arrays.binarySearch(alphabet, c);
    return i >= 0 ? i + 1 : 0;
  }

  /**
   * The clauses that hold in the lower-cased sentence (those with one of their literals in it), as
   * the bits of a long array: marking them is the inner loop of every scan, so no BitSet.
   */
  long[] present(String lower) {
    long[] holds = new long[clauseWords];
    int n = 0;
    for (int i = 0; i < lower.length(); i++) {
      n = step(n, charClass(lower.charAt(i)));
      int[] at;
      int o;
      int end;
      if (n < shallow) {
        at = outputs;
        o = outputStart[n];
        end = outputStart[n + 1];
      } else {
        at = deep;
        int r = n - shallow;
        o = r + 3 + 2 * deep[r + 1];
        end = o + deep[r + 2];
      }
      for (; o < end; o++) holds[at[o] >>> 6] |= 1L << at[o];
    }
    return holds;
  }

  private static boolean all(int[] clauses, long[] holds) {
    for (int c : clauses) if ((holds[c >>> 6] & (1L << c)) == 0) return false;
    return true;
  }

  /** Whether some branch of item {@code rule} has every clause holding (without building the set). */
  boolean anyBranch(int rule, long[] holds) {
    for (int[] b : branchClauses[rule]) {
      if (b == null || all(b, holds)) return true;
    }
    return false;
  }

  /**
   * Per item, the branches whose every clause holds, or null when none does: the same answer as
   * {@link #branches} for each item, found from the clauses that hold rather than from every item.
   */
  BitSet[] candidates(long[] holds) {
    BitSet[] out = new BitSet[itemCount];
    for (int[] rb : always) (out[rb[0]] == null ? out[rb[0]] = new BitSet() : out[rb[0]]).set(rb[1]);
    for (int w = 0; w < holds.length; w++) {
      for (long bits = holds[w]; bits != 0; bits &= bits - 1) {
        int c = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (c >= triggeredBy.length) break;
        for (int[] rb : triggeredBy[c]) {
          if (all(branchClauses[rb[0]][rb[1]], holds)) (out[rb[0]] == null ? out[rb[0]] = new BitSet() : out[rb[0]]).set(rb[1]);
        }
      }
    }
    return out;
  }

  /** The branches of rule {@code rule} whose every clause holds. */
  BitSet branches(int rule, long[] holds) {
    BitSet out = new BitSet();
    int[][] rc = branchClauses[rule];
    for (int b = 0; b < rc.length; b++) {
      if (rc[b] == null || all(rc[b], holds)) out.set(b);
    }
    return out;
  }
}
