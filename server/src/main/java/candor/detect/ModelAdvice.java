package candor.detect;

import java.util.Map;

/** Message and rewrite for a finding only the model raised, by type: what a good sales coach would say. */
public final class ModelAdvice {
  public record Advice(String message, String suggestion) {}

  private static final Map<String, Advice> BY_TYPE = Map.ofEntries(
      Map.entry("urgency", new Advice("This sentence puts the buyer on the seller's clock; manufactured urgency makes buyers stall or walk.",
          "There's no deadline on my side; take the time your team needs and tell me what timeline works for you.")),
      Map.entry("scarcity", new Advice("This sentence uses scarcity to rush the decision; buyers discount it and trust the seller less.",
          "We can plan around your start date when you're ready; if our capacity changes, I'll tell you plainly.")),
      Map.entry("ultimatum", new Advice("This sentence reads as an ultimatum: a loss unless the buyer acts on the seller's terms.",
          "If the timing doesn't work for you, tell me and we'll find a schedule that does.")),
      Map.entry("guilt", new Advice("This sentence leans on guilt or fear rather than the buyer's own reasons to act.",
          "The decision is yours, on your schedule; I'm glad to talk through the risks you're weighing.")),
      Map.entry("pestering", new Advice("This sentence keeps score of the buyer's silence; it shames them and rarely gets a reply.",
          "I know things get busy; if now isn't the right time, just say so and I'll check back when it suits you.")),
      Map.entry("escalation", new Advice("This sentence goes over the buyer's head; it undermines the person you need as your champion.",
          "Would a short summary you could share with your leadership be useful, if and when you think it helps?")),
      Map.entry("bandwagon", new Advice("This sentence argues from what everyone else does instead of what this buyer needs.",
          "A few companies with a similar setup work with us, and I can introduce you to one so you can hear it from them.")),
      Map.entry("assumptive_close", new Advice("This sentence acts as if the buyer had already agreed; it takes the decision away from them.",
          "If you'd like to go ahead, let me know and I'll get that started.")),
      Map.entry("guarantee", new Advice("This sentence guarantees an outcome you can't control; if it doesn't happen, the buyer remembers the promise.",
          "Based on what we've seen with similar customers we expect this, and I'll share the numbers behind it.")),
      Map.entry("absolute", new Advice("This sentence makes an absolute claim; one counter-example breaks it, and the buyer knows that.",
          "In our experience this holds in most cases, and here's how we handle the exceptions.")),
      Map.entry("superlative", new Advice("This sentence makes a superlative claim the buyer can't verify; specifics persuade where superlatives don't.",
          "Here's a specific result from a customer like you, and how it compares with what you use today.")),
      Map.entry("unverified_outcome", new Advice("This sentence promises a business result nobody can know in advance; if it misses, the buyer blames you.",
          "Customers with a similar setup have reported gains, and I can share their figures and what drove them.")),
      Map.entry("no_effort", new Advice("This sentence claims it takes no time or effort; when the buyer's team does the work, the claim comes back to you.",
          "Setup takes a defined effort from your team, and I'll share the plan so you can see exactly what's involved.")));

  private ModelAdvice() {}

  public static Advice of(String type) {
    return BY_TYPE.getOrDefault(type, BY_TYPE.get("absolute"));
  }
}
