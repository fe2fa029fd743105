package candor.engine;

import candor.annotate.Annotator;
import candor.detect.AnswerJudge;
import candor.detect.ModelDetector;
import candor.detect.TopicDetector;
import candor.rules.RuleSet;
import candor.train.Corpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;

/**
 * Trains the answer judge in the build (exec-maven-plugin, phase process-classes, after the engine
 * is compiled) and writes it to target/classes/models. Each concern-thread file of the corpus is run
 * through the engine with the coverage rules alone; every buyer point the engine judges that the
 * file labels (open, or answered) becomes one event of its evidence. Points the file does not label
 * are left out: whether they are points at all is the recogniser's question, not the judge's.
 * Trained as the sentence models are ({@link candor.train.TrainModels#train(List, int)}), over the
 * files in order, so the same corpus always gives the same model.
 */
public final class TrainAnswerJudge {
  // A feature seen fewer than five times gets no weight: GIS gives a rare one a large weight that a
  // short reply unlike the training threads can then be ruled by.
  private static final int CUTOFF = 5;

  private TrainAnswerJudge() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/classes").resolve(AnswerJudge.RESOURCE);
    AbstractModel model = train(events(Corpus.threadFiles(Integer.MAX_VALUE)));
    Files.createDirectories(out.getParent());
    try (OutputStream os = Files.newOutputStream(out); DataOutputStream data = new DataOutputStream(new GZIPOutputStream(os))) {
      new BinaryGISModelWriter(model, data).persist();
    }
  }

  /** A judge trained here on the labelled points of {@code resources}, never written: for split evaluations and tests. */
  public static AnswerJudge inMemory(List<String> resources) throws IOException {
    return new AnswerJudge(train(events(resources)));
  }

  static AbstractModel train(List<Event> events) throws IOException {
    return candor.train.TrainModels.train(events, CUTOFF);
  }

  /** The labelled points of the concern-thread files at {@code resources}, judged by the rules alone, as events. */
  static List<Event> events(List<String> resources) throws IOException {
    RuleSet builtIn = RuleSet.builtIn();
    Engine engine = new Engine(Annotator.english(), () -> builtIn, ModelDetector.standard(), TopicDetector.standard(), null, 0);
    ObjectMapper json = new ObjectMapper();
    List<Event> events = new ArrayList<>();
    for (String resource : resources) {
      try (InputStream raw = TrainAnswerJudge.class.getClassLoader().getResourceAsStream(resource)) {
        if (raw == null) throw new IOException(resource + " is not on the classpath");
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) continue;
          JsonNode c = json.readTree(line);
          engine.recordEvidence((message, start, end, evidence) -> {
            String label = label(c, message, start, end);
            if (label != null) events.add(new Event(label, evidence.toArray(String[]::new)));
          });
          try {
            engine.analyze(request(c));
          } finally {
            engine.recordEvidence(null);
          }
        }
      }
    }
    return events;
  }

  private static AnalysisRequest request(JsonNode c) {
    JsonNode d = c.path("draft");
    List<ThreadMessage> thread = new ArrayList<>();
    for (JsonNode m : c.path("thread")) {
      Role role = "rep".equals(m.path("role").asText()) ? Role.REP : Role.CUSTOMER;
      thread.add(new ThreadMessage(m.path("from").asText(""), role, null, m.path("text").asText("")));
    }
    return new AnalysisRequest(new Draft(d.path("from").asText(""), d.path("subject").asText(""), d.path("text").asText("")), thread);
  }

  /** "open" when [start, end) of message {@code m} overlaps a labelled open point, "answered" an answered one, else null. */
  static String label(JsonNode c, int m, int start, int end) {
    String text = c.path("thread").path(m).path("text").asText();
    for (String kind : new String[] {"unanswered", "answered"}) {
      for (JsonNode u : c.path("expect").path(kind)) {
        if (u.path("message").asInt() != m) continue;
        String quote = u.path("quote").asText();
        int s = text.indexOf(quote);
        if (s >= 0 && Math.min(s + quote.length(), end) > Math.max(s, start)) {
          return kind.equals("unanswered") ? AnswerJudge.OPEN : AnswerJudge.ANSWERED;
        }
      }
    }
    return null;
  }
}
