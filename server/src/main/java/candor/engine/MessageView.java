package candor.engine;

import candor.annotate.AnnotatedText;
import candor.detect.ConcernFinder;
import candor.detect.Coverage;
import java.util.List;

/**
 * What the engine derives from one thread message, kept by content so an unchanged thread costs
 * nothing on the next keystroke: its annotation, the sender's own text, the buyer concerns in it,
 * and its sentences prepared as a reply.
 */
record MessageView(AnnotatedText annotated, OwnText own, List<ConcernFinder.Candidate> concerns, Coverage.Reply asReply) {}
