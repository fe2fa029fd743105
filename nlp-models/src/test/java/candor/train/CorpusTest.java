package candor.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.rules.Vocabulary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusTest {
  @Test
  void threadFilesComeInBatchOrderAndStopWhereAsked() {
    List<String> all = Corpus.threadFiles(Integer.MAX_VALUE);
    assertEquals("corpus/concern-threads.jsonl", all.get(0));
    assertEquals("corpus/concern-threads-heldout.jsonl", all.get(1));
    assertEquals("corpus/concern-threads-heldout2.jsonl", all.get(2));
    assertTrue(all.size() > 30, "every held-out batch is found: " + all.size());
    List<String> first24 = Corpus.threadFiles(24);
    assertEquals(25, first24.size());
    assertEquals("corpus/concern-threads-heldout24.jsonl", first24.get(24));
    assertEquals(all.subList(0, 25), first24);
    // Batches 42 and 43 are kept out of training (fresh-threads-42-43.jsonl): the batches after them still count.
    assertTrue(all.contains("corpus/concern-threads-heldout44.jsonl"), all.toString());
    assertTrue(!all.contains("corpus/concern-threads-heldout42.jsonl") && !all.contains("corpus/fresh-threads-42-43.jsonl"), all.toString());
  }

  @Test
  void threadTopicsAreTheQuotedPointsWithTheirTopics() throws Exception {
    List<LabelledSentence> points = Corpus.threadTopics(List.of("corpus/concern-threads.jsonl"));
    Set<String> topics = Set.copyOf(Vocabulary.TOPICS);
    assertTrue(points.size() > 100, "answered and open points alike: " + points.size());
    for (LabelledSentence p : points) {
      assertTrue(topics.contains(p.label()), p.label());
      assertTrue(!p.text().isBlank() && p.text().equals(p.text().trim()), p.text());
    }
  }

  @Test
  void aSplitTopicCorpusHoldsNothingOnlyTheLaterBatchesHave() throws Exception {
    Set<String> allowed = new java.util.HashSet<>();
    for (String[] r : Corpus.rows("corpus/buyer-sentences.tsv")) allowed.add(r[2]);
    for (String[] r : Corpus.rows("corpus/reply-coverage.tsv")) allowed.add(r[2]);
    for (String[] r : Corpus.rows("corpus/buyer-sentences-heldout.tsv")) allowed.add(r[2]);
    for (String[] r : Corpus.rows("corpus/buyer-topics.tsv")) allowed.add(r[2]);
    for (LabelledSentence s : Corpus.threadTopics(Corpus.threadFiles(24))) allowed.add(s.text());
    for (LabelledSentence s : Corpus.buyerTopics(24)) assertTrue(allowed.contains(s.text()), s.text());
    long laterOnly = Corpus.buyerTopics().stream().filter(s -> !allowed.contains(s.text())).count();
    assertTrue(laterOnly > 100, "the full corpus adds the later batches' points: " + laterOnly);
  }

  @Test
  void threadDraftQuotesTrainTheirCategoryAndNoneIsADevSentence() throws Exception {
    List<LabelledSentence> quotes = Corpus.threadDrafts(Corpus.threadFiles(Integer.MAX_VALUE));
    assertTrue(quotes.size() > 1000, "every batch's labelled quotes: " + quotes.size());
    for (LabelledSentence q : quotes) {
      assertTrue(q.label().equals("pressure") || q.label().equals("overpromise"), q.label());
      assertTrue(q.text().split("\\s+").length >= 4, q.text());
    }
    assertTrue(Corpus.draftCategories().containsAll(quotes), "the category model learns from them");
    // The dev set scores detection: no quote the model learns from may be a piece of its drafts.
    java.nio.file.Path dev = java.nio.file.Path.of(System.getProperty("candor.dev", "../../shared/eval/dev.jsonl"));
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(dev), "dev.jsonl lives beside the repository");
    String devText = java.nio.file.Files.readString(dev).toLowerCase(java.util.Locale.ROOT);
    for (LabelledSentence q : quotes) {
      assertTrue(!devText.contains(q.text().toLowerCase(java.util.Locale.ROOT)), q.text());
    }
  }

  @Test
  void buyerKindsLearnTheThreadPointsButNotAStatedWait() throws Exception {
    List<LabelledSentence> kinds = Corpus.buyerKinds();
    List<LabelledSentence> points = Corpus.threadTopics(Corpus.threadFiles(Integer.MAX_VALUE));
    long learned = points.stream().filter(p -> kinds.contains(new LabelledSentence(p.text().endsWith("?") ? "question" : "concern", p.text()))).count();
    assertTrue(learned > 2000, "the threads' points, questions and concerns: " + learned);
    for (LabelledSentence p : points) {
      if (p.text().endsWith("?") || !(p.label().equals("timeline") || p.label().equals("authority"))) continue;
      assertTrue(!kinds.contains(new LabelledSentence("concern", p.text())), "a stated wait is no concern: " + p.text());
    }
  }
}
