// Candor for Gmail. Compose boxes are found by core.js from their ARIA role, label
// and g_editable (never by class name). This file only says what part of the
// draft is the user's own text and where Gmail keeps the thread being answered.
(() => {
  'use strict';
  const ns = globalThis.candor;

  const visible = (el) => el.getClientRects().length > 0;

  /** The compose window or inline reply holding box: the nearest ancestor with the subject input. */
  function composeRoot(box) {
    for (let a = box.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.querySelector('input[name="subjectbox"]')) return a;
    }
    return null;
  }

  function accountAddress() {
    return document.title.match(ns.EMAIL)?.[0] ?? '';
  }

  ns.start({
    name: 'gmail',
    bodyLabel: /^message body$/i,
    draftOptions: ns.draftRules,
    threadOptions: ns.quoteRules,

    draftMeta(box) {
      const root = composeRoot(box);
      const subject = root?.querySelector('input[name="subjectbox"]')?.value
        || document.querySelector('h2[data-thread-perm-id], h2.hP')?.textContent || '';
      const from = root?.querySelector('input[name="from"]')?.value || accountAddress();
      return { from: from.trim(), subject: subject.trim() };
    },

    /** Message bodies shown in the conversation this box replies to (none for a new-message window). */
    threadBodies(box) {
      if (box.closest('[role="dialog"]')) return [];
      return [...document.querySelectorAll('.a3s')].filter((el) =>
        !el.isContentEditable && !el.contains(box) && !box.contains(el) && visible(el));
    },

    messageMeta(body) {
      const msg = body.closest('[data-message-id], [data-legacy-message-id], .gs');
      const who = msg?.querySelector('[email]');
      const email = who?.getAttribute('email') ?? '';
      const name = who?.getAttribute('name') || who?.textContent?.trim() || '';
      const from = email ? (name && name !== email ? `${name} <${email}>` : email) : name;
      const date = msg?.querySelector('.g3[title], span[title][alt]')?.getAttribute('title') ?? '';
      return { from, date };
    },
  });
})();
