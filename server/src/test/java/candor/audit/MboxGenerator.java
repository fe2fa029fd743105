package candor.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a reproducible mbox of sales mail for tests and throughput runs: reps on vendor.com
 * replying to buyers (quoting their questions), some pressure and overpromise, some clean mail,
 * a few buyer messages (not the team's) and a few messages without a Message-ID.
 *
 * <p>{@code java -cp ... candor.audit.MboxGenerator OUT.mbox COUNT [SEED]}
 */
public final class MboxGenerator {
  static final String[] REPS = {"Dana Kim <dana@vendor.com>", "Lee Park <lee@vendor.com>", "Sam Ortiz <sam@sales.vendor.com>",
      "Ana Lima <ana@vendor.com>"};
  static final String[] BUYERS = {"Jo Reyes <jo@acme.io>", "Kai Chen <kai@globex.example>", "Mia Roth <mia@initech.example>"};
  static final String[] QUESTIONS = {"What does the Pro plan cost per seat?", "Does it integrate with Okta?",
      "Can you send over the security questionnaire?", "How long does onboarding usually take?",
      "We are worried about the migration effort from our current tool."};
  static final String[] PRESSURE = {"The 15% discount expires at 5pm today, so please act now.",
      "This is your last chance to lock in this price.", "Only two spots are left this quarter, so you need to decide today.",
      "If I don't hear back by Friday, I will reach out to your CEO."};
  static final String[] OVERPROMISE = {"You will be live in 5 minutes, guaranteed.", "Our platform is 100% risk free.",
      "We never have downtime.", "It will double your revenue within a month."};
  static final String[] CLEAN = {"Thanks for the call yesterday.", "I have attached the summary we discussed.",
      "Let me know what questions your team has.", "Happy to set up a short demo next week if that helps.",
      "The Pro plan is $40 per seat per month, billed annually."};
  private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final DateTimeFormatter POSTMARK = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

  private MboxGenerator() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
  }

  /** One generated message: headers and body as RFC 822 text (LF line ends). */
  public static List<String> messages(int count, long seed) {
    Random rnd = new Random(seed);
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant date = start.plusSeconds(i * 7200L + rnd.nextInt(3600));
      String buyer = BUYERS[rnd.nextInt(BUYERS.length)];
      boolean inbound = rnd.nextInt(10) == 0;
      String from = inbound ? buyer : REPS[rnd.nextInt(REPS.length)];
      String to = inbound ? REPS[0] : buyer;
      String question = QUESTIONS[rnd.nextInt(QUESTIONS.length)];
      StringBuilder body = new StringBuilder();
      body.append("Hi ").append(name(to)).append(",\n\n");
      body.append(CLEAN[rnd.nextInt(CLEAN.length)]).append(' ');
      if (!inbound && rnd.nextInt(3) == 0) body.append(PRESSURE[rnd.nextInt(PRESSURE.length)]).append(' ');
      if (!inbound && rnd.nextInt(4) == 0) body.append(OVERPROMISE[rnd.nextInt(OVERPROMISE.length)]).append(' ');
      body.append(CLEAN[rnd.nextInt(CLEAN.length)]).append("\n\nBest,\n").append(name(from)).append("\n\n");
      if (!inbound) {
        body.append("On ").append(RFC.format(date.minusSeconds(3600).atOffset(ZoneOffset.UTC))).append(", ")
            .append(buyer).append(" wrote:\n> Hi,\n>\n> ").append(question).append("\n>\n> Thanks,\n> ")
            .append(name(buyer)).append('\n');
      }
      StringBuilder msg = new StringBuilder();
      msg.append("From: ").append(from).append('\n').append("To: ").append(to).append('\n');
      msg.append("Subject: ").append(inbound ? "Question about Candor" : "Re: Question about Candor").append('\n');
      msg.append("Date: ").append(RFC.format(date.atOffset(ZoneOffset.UTC))).append('\n');
      if (i % 50 != 7) msg.append("Message-ID: <gen-").append(seed).append('-').append(i).append("@vendor.com>\n");
      msg.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n").append(body);
      out.add(msg.toString());
    }
    return out;
  }

  public static void write(Path file, int count, long seed) throws IOException {
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int i = 0;
      for (String m : messages(count, seed)) {
        w.write("From generator@vendor.com " + POSTMARK.format(start.plusSeconds(i++ * 7200L).atOffset(ZoneOffset.UTC)) + "\n");
        for (String line : m.split("\n", -1)) {
          if (line.matches(">*From .*")) w.write('>');
          w.write(line);
          w.write('\n');
        }
      }
    }
  }

  private static String name(String addr) {
    int lt = addr.indexOf('<');
    return (lt > 0 ? addr.substring(0, lt).trim() : addr).split(" ")[0];
  }
}
