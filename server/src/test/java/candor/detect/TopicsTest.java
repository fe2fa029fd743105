package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void whenIsATimingCueOnlyAsTheQuestion() {
    assertEquals("timeline", Topics.of("When could your crew start on the roof?"));
    assertEquals("timeline", Topics.of("And by when would you need the signed order?"));
    // A clause saying when something happens is not a question about timing.
    assertEquals("other", Topics.of("Do you help with the settings when we change suppliers?"));
  }
}
