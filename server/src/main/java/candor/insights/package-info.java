/**
 * Thread insights (issue 4): coaching observations about the deal, beside the draft's findings.
 *
 * <p>Entry point: {@link candor.insights.InsightDetector#detect(candor.engine.Draft, java.util.List)}
 * with the engine's resolved thread ({@code Analysis.thread()}: oldest first, roles filled in). Each
 * {@link candor.insights.Insight} has a {@code type}, a coach's {@code detail} (what was seen and
 * what to do), {@code where} ("draft" or "thread"), and optionally the {@code message} index and the
 * UTF-16 {@code offset}/{@code length} of the words it is about. Only the words a sender wrote are
 * read (no quoted history, no signature: {@link candor.engine.OwnText}). Rules use the OpenNLP
 * annotation (sentences, tokens, Snowball stems) with cue regexes over the folded, lower-cased
 * sentence, and a negation scope ({@code Cues.negatedBefore}: a negator within four tokens in the
 * same clause).
 *
 * <p>When each type fires:
 * <ul>
 *   <li>{@code next_step} (draft, no span): pricing or a proposal went to the buyer (a rep message or
 *       the draft with a price amount, or an offer word such as quote/proposal/SOW with "attached",
 *       "here is", "I've sent") and no draft sentence asks for a concrete next step: a day or time with
 *       an invitation or commitment ("Would Tuesday at 2pm work?", "I'll send an invite for Thursday
 *       at 10am"), a booking link, a question about when the buyer will decide, or the buyer's own
 *       decision date restated ("You said the board votes on March 20, so ..."). A date stated as fact
 *       ("valid until March 31") and a vague "happy to jump on a call" are not next steps.</li>
 *   <li>{@code stall} (thread, span of the sentence): one per buyer message that defers: not now
 *       ("not a priority right now", "won't have the bandwidth until ...", "not the right time"),
 *       parked ("on hold", "back burner", "hold off"), busy with a "for now" ("swamped right now",
 *       "too much on our plate"), or later ("revisit/circle back/talk ... next quarter, in Q3, in a few
 *       months, after the audit"). A near time ("revisit the SOW tomorrow") is not a stall; a negated
 *       deferral ("we're not putting this on hold") is not either. Rep messages are never stalls.</li>
 *   <li>{@code going_dark} (draft, span of the follow-up sentence if any): the buyer has not written
 *       since the last rep messages and the draft chases again. The draft counts as a rep message;
 *       it fires at three rep messages in a row (draft included), or at two when the draft is a
 *       follow-up ("just checking in", "any update?", "did you get a chance"). Narrower than the
 *       issue's "two or more": a draft that delivers what the rep's last message promised ("checking
 *       with production", then the answer) is follow-through, not a bump.</li>
 *   <li>{@code stakeholders} (thread, no span): at least one buyer message and fewer than three
 *       distinct buyer-side senders (one person when address or display name match). Only senders
 *       count: people cc'd or named in a message are not seen.</li>
 *   <li>{@code money}, {@code authority}, {@code need}: always exactly one insight of each. Found:
 *       the span of the first sentence that shows it (buyer messages first, then rep messages, then
 *       the draft; {@code where} "thread" with the message index, or "draft"), detail starting
 *       "Budget came up" / "The decision maker came up" / "The need came up". Missing: {@code where}
 *       "thread", message and span null, detail "... has not come up". Money is the buyer's budget or
 *       ability to pay (budget, set aside, can spend, price range, spending freeze), not a quoted price,
 *       and "can't afford another outage" is not money; negation does not hide it ("budget is not a
 *       problem" shows it came up). Authority is who decides (decision maker, sign-off, approval by a
 *       role, "the board votes", "who else is involved"); a product's "approval workflow" is not.
 *       Need is the buyer's problem or goal in the buyer's words (cue phrases, or a buyer sentence
 *       about "we/our/my" with an un-negated trouble stem: behind, delay, error, lost, manual, ...), or
 *       the rep restating it after "you mentioned/said". "We don't have any problems" is not a need.</li>
 *   <li>{@code slow_response} (thread, span of the first question/concern/problem): a buyer message
 *       with a question, request or concern ({@link candor.detect.ConcernFinder}) or a problem report
 *       ("broken", "can't log in") waited more than one business day for the next rep message. Both
 *       dates are needed; the draft has no date, so it is never judged. Business days count calendar
 *       dates in UTC, skip Saturday and Sunday, and a weekend message counts from Monday: Friday to
 *       Monday is 1 (fine), Friday to Tuesday 2 (slow).</li>
 *   <li>{@code customer_focus} (draft, span of the most self-focused sentence): the draft's own words
 *       have at least 6 you-or-I/we words and "you/your" make up less than 40% of them (counted as
 *       {@link candor.detect.CustomerFocus} counts them). The sentence with the most I/we over you is
 *       pointed at (the first on a tie).</li>
 * </ul>
 *
 * <p>Measured on {@code server/src/test/resources/insights/insight-threads.jsonl} (see the README
 * there) by {@code InsightThreadsEvalTest}. No logging anywhere in the package: message bodies are
 * only ever quoted back inside {@code detail}.
 */
package candor.insights;
