/**
 * Raw mail in: MIME, quoted history and signatures, turned into what the engine reads.
 *
 * <p>The flow is {@link candor.mail.MailReader} (one RFC 822 message) or
 * {@link candor.mail.MboxReader} (a mailbox, streamed) giving {@link candor.mail.ParsedMail};
 * {@link candor.mail.ReplySplitter} cutting its text into new text, signature and quoted
 * messages as UTF-16 spans ({@link candor.mail.SplitBody}); and
 * {@link candor.mail.ThreadReconstructor} building a {@link candor.mail.MailThread} (a draft and
 * the messages before it) or ordering the messages of one thread. Nothing here does HTTP or
 * logging, and nothing keeps message bodies beyond the returned records.
 *
 * <h2>Why our own reply splitter</h2>
 *
 * <p>We looked for a maintained Java library first. The Java ports of github/email_reply_parser
 * are {@code com.driftt.email:EmailReplyParser} 0.1 (its README gives Maven coordinates, but
 * Maven Central does not serve them to us), edlio/emailreplyparser (JitPack only, which our
 * builds cannot reach) and forks of it built from source; none has had a release in years.
 * mailgun/talon, whose signature model is the better-known one, is Python only. Beyond upkeep,
 * none fits: they return the visible text, not offsets (our findings underline by UTF-16
 * offset), know only the English "On ... wrote:" line, and do not recover who wrote each
 * earlier message. So {@link candor.mail.ReplySplitter} is ours. The cases those two projects
 * document (wrapped attributions, Outlook headers, "Sent from my iPhone", sign-offs, inline
 * replies) are in our hand-written labelled set under the test resources, mail/split.
 *
 * <h2>Conventions the labelled set encodes</h2>
 *
 * <ul>
 *   <li>A signature starts at the sign-off line ("Best,", "Thanks!", "-Dana", "Viele Grüße"),
 *       at a "-- " line, at a mobile footer, at legal boilerplate, or at a closing
 *       name-and-contact block; it runs to the end of the last unquoted block.
 *   <li>A bare name at the end with no sign-off ("...see you then.\n\nDana") stays new text:
 *       without the sign-off it cannot be told from a last short line.
 *   <li>An attribution followed by "&gt;" lines names the quoted message; one followed by
 *       unquoted text (Outlook, Yahoo) starts history, and so does any Outlook header block:
 *       everything after it is older mail.
 *   <li>Dates in reply headers have no zone in most clients; they are read as UTC, which is
 *       good for ordering a thread and no more.
 * </ul>
 */
package candor.mail;
