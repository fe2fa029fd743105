package candor.mail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores MailReader + ReplySplitter on hand-written mail in real clients' formats
 * (resources mail/split: NN-name.eml with NN-name.expected beside it).
 *
 * <p>A case is right only when the new text, the signature and the number of quoted messages
 * all match exactly. The floor is what the splitter honestly achieves; raise it, never lower it
 * to make a change pass.
 */
class LabelledSplitTest {

  /** Cases that must be exactly right; raise as the splitter improves. */
  private static final double FLOOR = 0.95;

  record Expected(int quoted, String newText, String signature) {}

  static Expected parse(String s) {
    String[] lines = s.replace("\r\n", "\n").split("\n", -1);
    int quoted = Integer.parseInt(lines[0].replace("quoted:", "").strip());
    StringBuilder nw = new StringBuilder();
    StringBuilder sig = null;
    StringBuilder cur = null;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].equals("--- new")) {
        cur = nw;
      } else if (lines[i].equals("--- signature")) {
        sig = new StringBuilder();
        cur = sig;
      } else if (cur != null) {
        cur.append(lines[i]).append('\n');
      }
    }
    return new Expected(quoted, strip(nw), sig == null ? "" : strip(sig));
  }

  private static String strip(CharSequence s) {
    return s.toString().replaceAll("\\n+$", "");
  }

  @Test
  void splitterScoresOnTheLabelledSet() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/mail/split").toURI());
    List<Path> emls;
    try (Stream<Path> s = Files.list(dir)) {
      emls = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    }
    MailReader reader = new MailReader();
    ReplySplitter splitter = new ReplySplitter();
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Path eml : emls) {
      String base = eml.getFileName().toString().replace(".eml", "");
      Expected want = parse(Files.readString(dir.resolve(base + ".expected"),
          StandardCharsets.UTF_8));
      ParsedMail mail;
      try (InputStream in = Files.newInputStream(eml)) {
        mail = reader.read(in);
      }
      SplitBody split = splitter.split(mail.text());
      String gotNew = split.newText(mail.text());
      String gotSig = split.signatureText(mail.text());
      int gotQuoted = split.quoted().size();
      if (gotNew.equals(want.newText()) && gotSig.equals(want.signature())
          && gotQuoted == want.quoted()) {
        right++;
      } else {
        wrong.add(base + ":"
            + (gotNew.equals(want.newText()) ? "" : "\n  new text: " + show(gotNew))
            + (gotSig.equals(want.signature()) ? "" : "\n  signature: " + show(gotSig)
                + "\n  expected:  " + show(want.signature()))
            + (gotQuoted == want.quoted() ? "" : "\n  quoted: " + gotQuoted + " expected "
                + want.quoted()));
      }
    }
    double share = (double) right / emls.size();
    System.out.printf("split exactly right: %d/%d (%.1f%%)%n", right, emls.size(), 100 * share);
    wrong.forEach(w -> System.out.println("MISS " + w));
    assertTrue(emls.size() >= 40, "the labelled set has " + emls.size() + " emails");
    assertTrue(share >= FLOOR, String.format("split exactly right %d/%d, below the floor %.0f%%:%n%s",
        right, emls.size(), 100 * FLOOR, String.join("\n", wrong)));
  }

  private static String show(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
