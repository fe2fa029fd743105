package candor.insights;

import java.util.List;

/** One kind of insight. Implementations are stateless and thread-safe; patterns compile once. */
interface InsightRule {
  List<Insight> detect(Conversation c);
}
