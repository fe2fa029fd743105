package candor.rules;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aho-Corasick automaton over every rule's required literals: one pass over a sentence tells which
 * rules could match at all, however many rules and literals there are.
 */
final class LiteralIndex {
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    Node fail;
    final BitSet rules = new BitSet();
  }

  private final Node root = new Node();
  private final BitSet alwaysRun = new BitSet();

  LiteralIndex(List<Rule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      Set<String> req = rules.get(i).requiredLiterals();
      if (req == null) {
        alwaysRun.set(i);
        continue;
      }
      for (String lit : req) {
        Node n = root;
        for (int k = 0; k < lit.length(); k++) n = n.next.computeIfAbsent(lit.charAt(k), c -> new Node());
        n.rules.set(i);
      }
    }
    ArrayDeque<Node> queue = new ArrayDeque<>();
    root.fail = root;
    for (Node child : root.next.values()) {
      child.fail = root;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      for (Map.Entry<Character, Node> e : n.next.entrySet()) {
        Node child = e.getValue();
        Node f = n.fail;
        while (f != root && !f.next.containsKey(e.getKey())) f = f.fail;
        Node target = f.next.get(e.getKey());
        child.fail = target != null && target != child ? target : root;
        child.rules.or(child.fail.rules);
        queue.add(child);
      }
    }
  }

  /** Indexes (into the rule list) of rules whose literals occur in the lower-cased sentence, plus those with none. */
  BitSet candidates(String lower) {
    BitSet out = (BitSet) alwaysRun.clone();
    Node n = root;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      while (n != root && !n.next.containsKey(c)) n = n.fail;
      Node next = n.next.get(c);
      n = next == null ? root : next;
      if (!n.rules.isEmpty()) out.or(n.rules);
    }
    return out;
  }

}
