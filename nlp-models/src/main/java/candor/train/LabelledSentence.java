package candor.train;

/** One labelled line of the team corpus: the label the model learns and the sentence text. */
public record LabelledSentence(String label, String text) {}
