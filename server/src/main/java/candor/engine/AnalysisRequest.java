package candor.engine;

import java.util.List;

/** What the engine analyses: a draft and the thread it answers (oldest first, may be empty). */
public record AnalysisRequest(Draft draft, List<ThreadMessage> thread) {
  public AnalysisRequest {
    thread = thread == null ? List.of() : List.copyOf(thread);
  }
}
