package candor.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the team corpus TSV files (format in corpus/README.md), in file order: training is deterministic. */
public final class Corpus {
  private Corpus() {}

  /** Lines of a TSV resource split into columns, comments and blank lines skipped. */
  public static List<String[]> rows(String resource) throws IOException {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException(resource + " not found on the classpath");
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.replace("\r", "").split("\t", -1));
      }
      return out;
    }
  }

  public static List<LabelledSentence> read(String resource, Function<String[], LabelledSentence> mapper) throws IOException {
    List<LabelledSentence> out = new ArrayList<>();
    for (String[] row : rows(resource)) {
      LabelledSentence s = mapper.apply(row);
      if (s != null) out.add(s);
    }
    return out;
  }

  /** draft-sentences.tsv: category (pressure | overpromise | none). */
  public static List<LabelledSentence> draftCategories() throws IOException {
    return read("corpus/draft-sentences.tsv", r -> new LabelledSentence(r[0], r[2]));
  }

  /** draft-sentences.tsv positives: category:type. */
  public static List<LabelledSentence> draftTypes() throws IOException {
    return read("corpus/draft-sentences.tsv", r -> r[0].equals("none") ? null : new LabelledSentence(r[0] + ":" + r[1], r[2]));
  }

  /**
   * Topic of a buyer's question or concern: buyer-sentences.tsv (kind other than none) and the buyer
   * side of reply-coverage.tsv, each sentence once.
   */
  public static List<LabelledSentence> buyerTopics() throws IOException {
    java.util.Map<String, LabelledSentence> out = new java.util.LinkedHashMap<>();
    for (String[] r : rows("corpus/buyer-sentences.tsv")) {
      if (!r[0].equals("none") && !r[1].equals("-")) out.putIfAbsent(r[2], new LabelledSentence(r[1], r[2]));
    }
    for (String[] r : rows("corpus/reply-coverage.tsv")) {
      if (!r[1].equals("-")) out.putIfAbsent(r[2], new LabelledSentence(r[1], r[2]));
    }
    return new ArrayList<>(out.values());
  }

  /** buyer-sentences.tsv alone: the sentences the team wrote, kind (question | request | concern | none). */
  public static List<LabelledSentence> teamBuyerKinds() throws IOException {
    return read("corpus/buyer-sentences.tsv", r -> new LabelledSentence(r[0], r[2]));
  }

  /**
   * buyer-sentences.tsv: kind (question | request | concern | none), plus the Parakweet training
   * split (Apache-2.0, see corpus/third-party/README.md): its request/propose sentences as
   * {@code request}, its other sentences as {@code none} unless they end in a question mark.
   */
  public static List<LabelledSentence> buyerKinds() throws IOException {
    List<LabelledSentence> out = teamBuyerKinds();
    for (String[] r : rows("corpus/third-party/parakweet-train.tsv")) {
      if (r.length < 2 || r[1].isBlank()) continue;
      String text = r[1].trim();
      if (r[0].equals("Yes")) out.add(new LabelledSentence("request", text));
      else if (r[0].equals("No") && !text.endsWith("?")) out.add(new LabelledSentence("none", text));
    }
    return out;
  }
}
