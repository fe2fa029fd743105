package candor.engine;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-message annotation kept by content, so that re-analysing a draft on every keystroke does not
 * re-annotate the unchanged thread. Bounded LRU; a capacity of 0 turns it off (for benchmarks).
 */
public final class AnnotationCache {
  private final Annotator annotator;
  private final int capacity;
  private final Map<String, AnnotatedText> entries;

  public AnnotationCache(Annotator annotator, int capacity) {
    this.annotator = annotator;
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, AnnotatedText> eldest) {
        return size() > AnnotationCache.this.capacity;
      }
    };
  }

  public AnnotatedText annotate(String text) {
    if (capacity == 0) return annotator.annotate(text);
    synchronized (entries) {
      AnnotatedText hit = entries.get(text);
      if (hit != null) return hit;
    }
    AnnotatedText fresh = annotator.annotate(text);
    synchronized (entries) {
      entries.put(text, fresh);
    }
    return fresh;
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
