package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import org.junit.jupiter.api.Test;

class AnnotationCacheTest {
  private static final Annotator ANNOTATOR = Annotator.english();

  @Test
  void cachedParagraphsGiveTheSameAnnotationAsAFreshPass() {
    AnnotationCache cache = new AnnotationCache(ANNOTATOR, 10);
    String first = "Hi Lee,\n\nThe quote is attached. It covers 40 seats.\n\nBest,\nDana";
    cache.annotate(first);
    String edited = "Hi Lee,\n\nThe quote is attached. It covers 40 seats.\n\nPricing holds through March.\n\nBest,\nDana";
    AnnotatedText fromCache = cache.annotate(edited);
    assertEquals(ANNOTATOR.annotate(edited), fromCache);
    assertSame(fromCache, cache.annotate(edited));
  }

  @Test
  void capacityBoundsTheCache() {
    AnnotationCache cache = new AnnotationCache(ANNOTATOR, 3);
    for (int i = 0; i < 10; i++) cache.annotate("Message number " + i + ".");
    assertEquals(3, cache.size());
  }
}
