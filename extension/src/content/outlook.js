// Candor for Outlook on the web (outlook.office.com, outlook.live.com). Compose
// boxes are found by core.js from role and aria-label; read-view bodies carry
// role="document" (and sometimes the same label) and are only read.
(() => {
  'use strict';
  const ns = globalThis.candor;

  const visible = (el) => el.getClientRects().length > 0;

  function addressIn(root, exceptInside) {
    for (const el of root.querySelectorAll('[title], [aria-label]')) {
      if (exceptInside && exceptInside.contains(el)) continue;
      for (const attr of ['title', 'aria-label']) {
        const v = el.getAttribute(attr);
        const m = v && v.match(ns.EMAIL);
        if (m) {
          const name = el.textContent.trim();
          return name && !name.includes('@') && name.length < 80 ? `${name} <${m[0]}>` : m[0];
        }
      }
    }
    return '';
  }

  /** The compose form holding box: the nearest ancestor with a subject field or a From control. */
  function composeRoot(box) {
    for (let a = box.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.querySelector('input[aria-label="Add a subject"], input[placeholder="Add a subject"], [aria-label^="From"]')) return a;
    }
    return null;
  }

  ns.start({
    name: 'outlook',
    bodyLabel: /^message body\b/i, // "Message body" or "Message body, press Alt+F10 to exit"
    draftOptions: ns.draftRules,
    threadOptions: ns.quoteRules,

    draftMeta(box) {
      const root = composeRoot(box);
      const subjectInput = root?.querySelector('input[aria-label="Add a subject"], input[placeholder="Add a subject"]');
      const subject = subjectInput?.value
        || document.querySelector('[role="main"] [role="heading"][aria-level="2"], [role="heading"][aria-level="2"]')?.textContent
        || '';
      const fromControl = root?.querySelector('[aria-label^="From"]');
      const from = (fromControl && addressIn(fromControl.parentElement ?? fromControl, box))
        || document.title.match(ns.EMAIL)?.[0] || '';
      return { from, subject: subject.trim() };
    },

    threadBodies(box) {
      return [...document.querySelectorAll('[role="document"]')].filter((el) =>
        !el.isContentEditable && !el.contains(box) && !box.contains(el) && visible(el));
    },

    /** Sender and time from the message's header, the nearest ancestor that has them. */
    messageMeta(body) {
      let from = '';
      let date = '';
      let a = body.parentElement;
      for (let depth = 0; a && depth < 8 && !(from && date); depth++, a = a.parentElement) {
        if (!from) from = addressIn(a, body);
        if (!date) {
          const t = a.querySelector('[data-testid="SentReceivedSavedTime"], time[datetime]');
          if (t && !body.contains(t)) date = t.getAttribute('datetime') || t.textContent.trim();
        }
      }
      return { from, date };
    },
  });
})();
