package candor.engine;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annotation kept by content at two grains: whole messages (an unchanged thread costs nothing on
 * the next keystroke) and paragraphs (an edited draft re-tags only the paragraph being typed in).
 * Both are bounded LRUs; a capacity of 0 turns caching off (for benchmarks).
 */
public final class AnnotationCache {
  private final Annotator annotator;
  private final Lru<String, AnnotatedText> texts;
  private final Lru<String, List<Sentence>> blocks;
  private final boolean enabled;

  public AnnotationCache(Annotator annotator, int capacity) {
    this.annotator = annotator;
    this.enabled = capacity > 0;
    this.texts = new Lru<>(capacity);
    this.blocks = new Lru<>(capacity * 4);
  }

  public AnnotatedText annotate(String text) {
    if (!enabled) return annotator.annotate(text);
    AnnotatedText hit = texts.get(text);
    if (hit != null) return hit;
    AnnotatedText fresh = annotator.annotate(text, this::block);
    texts.put(text, fresh);
    return fresh;
  }

  private List<Sentence> block(String blockText) {
    List<Sentence> hit = blocks.get(blockText);
    if (hit != null) return hit;
    List<Sentence> fresh = annotator.annotateBlock(blockText);
    blocks.put(blockText, fresh);
    return fresh;
  }

  public int size() {
    return texts.size();
  }
}
