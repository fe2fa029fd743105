// Candor content-script core: finds compose boxes, reads the draft and the visible
// thread, asks the service worker for an analysis after a typing pause, and keeps
// the overlay in step with the text. Site files (gmail.js, outlook.js) call start().
(() => {
  'use strict';
  const ns = (globalThis.candor ??= {});

  const TYPING_PAUSE_MS = 400;
  const DEFAULTS = Object.freeze({
    serverUrl: 'http://127.0.0.1:8080',
    token: '',
    sites: { gmail: true, outlook: true },
    disabledRules: [],
  });
  const DISMISSED_MAX = 2000;
  const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
  // Roles in the analyze request (the server's Role enum): the buyer's side or the rep's.
  const ROLE_CUSTOMER = 'customer';
  const ROLE_REP = 'rep';

  /** Quoted history, as opposed to signatures: in a draft, a quote the rep writes under is kept (draftRules). */
  const QUOTED = ['.gmail_quote', '.gmail_quote_container', 'blockquote', '.x_gmail_quote'].join(',');
  /**
   * Text in a draft or message that its writer did not write now: quoted history and
   * signatures, as Gmail and Outlook mark them (either client's marks can show up in
   * the other's mail; Outlook prefixes ids and classes of received HTML with x_).
   */
  const NOT_OWN_TEXT = [
    QUOTED, '.gmail_extra',
    '.gmail_signature', '.gmail_signature_prefix', '[data-smartmail="gmail_signature"]',
    '.x_gmail_signature', '#Signature', '[id^="Signature"]', '[id$="_Signature"]',
  ].join(',');
  /** Where quoted history starts when it is not wrapped: everything from here on is excluded. */
  const HISTORY_IDS = /^(x_)?(appendonsend|divRplyFwdMsg|mail-editor-reference-message-container)$/;
  const quoteRules = {
    exclude: (el) => el.matches(NOT_OWN_TEXT),
    stop: (el) => HISTORY_IDS.test(el.id),
  };
  /**
   * A draft's rules: a quote the rep writes under (answering inline) is sent as "> " lines, so the
   * server ties each answer to the question it sits under.
   */
  const draftRules = { ...quoteRules, quote: (el) => el.matches(QUOTED) };

  let sessionSeq = 0;

  const quiet = (where, fn) => (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      console.debug('[candor]', where, err); // never throw into the page
      return undefined;
    }
  };

  // Mailbox providers anyone can sign up with: a shared domain there says nothing about sides.
  const PUBLIC_MAIL = /^(gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|zoho|yandex|fastmail)\.[a-z.]+$/;

  function addressOf(text) {
    const m = String(text ?? '').match(EMAIL);
    return m ? m[0].toLowerCase() : '';
  }

  function domainOf(address) {
    const a = addressOf(address);
    return a ? a.split('@')[1] : '';
  }

  /**
   * The sender's side relative to the draft's author: the rep's side when it is the
   * same address or the same company domain, else the customer's. Unknown (no role
   * sent, the server decides) when either address is missing.
   */
  function roleOf(sender, author) {
    const them = addressOf(sender);
    const us = addressOf(author);
    if (!them || !us) return undefined;
    if (them === us) return ROLE_REP;
    const d = domainOf(us);
    return d === domainOf(them) && !PUBLIC_MAIL.test(d) ? ROLE_REP : ROLE_CUSTOMER;
  }

  function isoDate(text) {
    if (!text) return undefined;
    const t = Date.parse(String(text).replace(/\s+at\s+/i, ' ').replace(/\u202f/g, ' '));
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }

  class Session {
    constructor(box, app) {
      this.box = box;
      this.app = app;
      this.site = app.site;
      this.key = `box-${++sessionSeq}`;
      this.layer = app.overlay.createBoxLayer();
      this.map = this.readDraft();
      this.findings = []; // [{finding, offset, length, text}] in this.map.text coordinates
      this.hits = [];
      this.sent = null; // {body, text, threadMaps} of the result shown
      this.result = null;
      this.requestSeq = 0;
      this.state = {
        status: 'idle', detail: '', checkedOnce: false,
        unanswered: [], insights: [], subjectFindings: [], scores: null,
      };
      // input and the mutation observer both report one keystroke: handle it once.
      this.onEdit = quiet('edit', () => {
        if (this.editQueued) return;
        this.editQueued = true;
        queueMicrotask(quiet('edit', () => { this.editQueued = false; this.edited(); }));
      });
      box.addEventListener('input', this.onEdit);
      this.mutations = new MutationObserver(this.onEdit);
      this.mutations.observe(box, { subtree: true, childList: true, characterData: true });
      this.resize = new ResizeObserver(() => app.scheduleLayout());
      this.resize.observe(box);
      app.overlay.drawPanel(this);
      this.schedule();
    }

    readDraft() {
      return ns.buildTextMap(this.box, this.site.draftOptions);
    }

    edited() {
      const old = this.map.text;
      this.map = this.readDraft();
      if (this.map.text !== old) {
        this.findings = ns.rebaseSpans(this.findings, old, this.map.text);
        this.schedule();
      }
      this.app.scheduleLayout();
    }

    schedule(delay = TYPING_PAUSE_MS) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.analyze().catch((err) => console.debug('[candor] analyze', err));
      }, delay);
    }

    buildRequest() {
      const meta = this.site.draftMeta(this.box);
      const threadMaps = [];
      const thread = [];
      for (const body of this.site.threadBodies(this.box)) {
        const m = ns.buildTextMap(body, this.site.threadOptions);
        if (!m.text.trim()) continue;
        const info = this.site.messageMeta(body);
        const item = { from: info.from || '', text: m.text };
        const role = roleOf(info.from, meta.from);
        if (role) item.role = role;
        const date = isoDate(info.date);
        if (date) item.date = date;
        thread.push(item);
        threadMaps.push(m);
      }
      const draft = { text: this.map.text };
      if (meta.from) draft.from = meta.from;
      if (meta.subject) draft.subject = meta.subject;
      return { payload: { draft, thread }, threadMaps };
    }

    async analyze() {
      if (!this.app.enabled || !this.box.isConnected) return;
      this.map = this.readDraft();
      const { payload, threadMaps } = this.buildRequest();
      const body = JSON.stringify(payload);
      if (this.sent && this.sent.body === body && this.state.status === 'ok') {
        // Same text as the result we hold (say, after an undo): show it again in full,
        // since rebasing during the edit may have dropped findings it brings back.
        this.sent.threadMaps = threadMaps;
        this.showResult(this.result);
        return;
      }
      const seq = ++this.requestSeq;
      if (!payload.draft.text.trim() && !payload.thread.length) {
        this.sent = { body, text: this.map.text, threadMaps };
        this.showResult({ findings: [], unanswered: [], insights: [] });
        return;
      }
      this.state.status = 'checking';
      this.app.overlay.drawPanel(this);
      const resp = await this.app.send({ type: 'analyze', key: this.key, payload });
      if (seq !== this.requestSeq || !this.box.isConnected) return; // a newer request owns the view
      if (resp?.cancelled) return;
      if (!resp || resp.offline) {
        this.state.status = 'offline';
        this.state.detail = '';
        this.sent = null;
        this.retryLater();
      } else if (!resp.ok) {
        this.state.status = 'error';
        this.state.detail = resp.status === 401 || resp.status === 403
          ? 'the server refused the API token; check it in Candor\'s options'
          : resp.detail || (resp.status ? `HTTP ${resp.status}` : '');
        this.sent = null;
      } else {
        this.retryDelay = 0;
        this.sent = { body, text: payload.draft.text, threadMaps };
        this.showResult(resp.result ?? {});
        return;
      }
      this.app.overlay.drawPanel(this);
      this.layout();
    }

    /** While the server is unreachable, look again now and then (15 s, doubling to 5 min). */
    retryLater() {
      this.retryDelay = Math.min(Math.max(15_000, (this.retryDelay || 0) * 2), 300_000);
      this.schedule(this.retryDelay);
    }

    showResult(result) {
      this.result = result;
      const sentText = this.sent.text;
      const all = Array.isArray(result.findings) ? result.findings : [];
      const spans = all
        .filter((f) => (f.field ?? 'text') === 'text' && Number.isInteger(f.offset) && f.length > 0)
        .map((f) => {
          // Offsets are UTF-16 units into the text sent; if the words there are not the
          // finding's, trust the words (nearest occurrence) over the offset.
          let offset = f.offset;
          if (typeof f.text === 'string' && f.text && sentText.substr(offset, f.length) !== f.text) {
            offset = ns.relocate(sentText, { offset, length: f.text.length, text: f.text });
            console.debug('[candor] finding offset does not match its text', f.id, f.offset, offset);
          }
          return { finding: f, offset, length: f.length, text: sentText.substr(offset, f.length) };
        })
        .filter((v) => v.offset >= 0);
      this.map = this.readDraft();
      this.findings = ns.rebaseSpans(spans, sentText, this.map.text);
      this.state.subjectFindings = all.filter((f) => f.field === 'subject');
      // Most likely open first (the server's confidence); items without one keep their place after those that have it.
      this.state.unanswered = (Array.isArray(result.unanswered) ? result.unanswered : [])
        .map((q, i) => ({ q, i, c: typeof q.confidence === 'number' ? q.confidence : -1 }))
        .sort((a, b) => b.c - a.c || a.i - b.i)
        .map((x) => x.q);
      this.state.insights = Array.isArray(result.insights) ? result.insights : [];
      this.state.scores = result.scores ?? null;
      this.state.status = 'ok';
      this.state.detail = '';
      this.state.checkedOnce = true;
      this.render();
    }

    visibleFindings() {
      return this.findings.filter((v) => this.app.shows(v.finding));
    }

    render() {
      this.state.subjectFindings = this.state.subjectFindings.filter((f) => this.app.shows(f));
      this.app.overlay.drawPanel(this);
      this.layout();
    }

    layout() {
      this.hits = this.app.overlay.drawUnderlines(this);
      this.placePanel();
    }

    placePanel() {
      this.app.overlay.positionPanel(this, this.app.windowRects(this));
    }

    /** The compose window around this box (Gmail's floating dialog), or the box itself. */
    windowRect() {
      return (this.box.closest('[role="dialog"]') ?? this.box).getBoundingClientRect();
    }

    /** Replaces one finding's span with a suggestion the way typing would (undoable). */
    async apply(view, replacement) {
      this.map = this.readDraft();
      const at = ns.relocate(this.map.text, view);
      if (at < 0) return false;
      const range = this.map.range(at, at + view.length);
      if (!range) return false;
      this.box.focus({ preventScroll: true });
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      if (!document.execCommand('insertText', false, replacement)) {
        range.deleteContents();
        range.insertNode(document.createTextNode(replacement));
        this.box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: replacement }));
      }
      this.edited();
      return true;
    }

    async dismiss(finding) {
      await this.app.dismiss(finding.id);
    }

    async disableRule(finding) {
      await this.app.disableRule(finding.rule);
    }

    async report(view) {
      const f = view.finding;
      const at = ns.relocate(this.map.text, view);
      const sentence = at >= 0 ? ns.sentenceAround(this.map.text, at, view.length) : view.text;
      const resp = await this.app.send({
        type: 'feedback',
        report: { id: f.id, rule: f.rule, text: view.text, sentence },
      });
      return resp?.ok ? 'Thanks. Reported as a false alarm.' : 'Could not reach the Candor server; not reported.';
    }

    revealThread(message, offset, length) {
      const m = this.sent?.threadMaps?.[message];
      if (!m || !m.root.isConnected || !Number.isInteger(offset)) return false;
      return this.reveal(m.range(offset, offset + Math.max(1, length || 0)));
    }

    revealDraft(offset, length) {
      if (!Number.isInteger(offset)) return false;
      return this.reveal(this.map.range(offset, offset + Math.max(1, length || 0)));
    }

    reveal(range) {
      if (!range || !range.getClientRects().length) return false;
      const anchor = range.startContainer.nodeType === Node.ELEMENT_NODE
        ? range.startContainer : range.startContainer.parentElement;
      anchor?.scrollIntoView({ block: 'center', inline: 'nearest' });
      this.app.overlay.highlight(range);
      this.app.scheduleLayout();
      return true;
    }

    destroy() {
      clearTimeout(this.timer);
      this.requestSeq++;
      this.box.removeEventListener('input', this.onEdit);
      this.mutations.disconnect();
      this.resize.disconnect();
      if (this.app.overlay.cardFor?.session === this) this.app.overlay.closeCard();
      this.app.overlay.removeBoxLayer(this.layer);
    }
  }

  class App {
    constructor(site) {
      this.site = site;
      this.sessions = new Map();
      this.settings = { ...DEFAULTS };
      this.dismissed = {};
      this.enabled = false;
      this.overlay = null;
      this.layoutQueued = false;
      this.scanQueued = false;
    }

    async init() {
      const [sync, local] = await Promise.all([
        chrome.storage.sync.get(DEFAULTS),
        chrome.storage.local.get({ dismissed: {} }),
      ]);
      this.settings = { ...DEFAULTS, ...sync };
      this.dismissed = local.dismissed ?? {};
      chrome.storage.onChanged.addListener(quiet('storage', (changes, area) => this.storageChanged(changes, area)));
      this.update();
    }

    storageChanged(changes, area) {
      if (area === 'local' && changes.dismissed) this.dismissed = changes.dismissed.newValue ?? {};
      if (area === 'sync') {
        for (const [k, v] of Object.entries(changes)) this.settings[k] = v.newValue ?? DEFAULTS[k];
        if (changes.serverUrl || changes.token) for (const s of this.sessions.values()) { s.sent = null; s.schedule(0); }
      }
      this.update();
      for (const s of this.sessions.values()) s.render();
    }

    siteEnabled() {
      return this.settings.sites?.[this.site.name] !== false;
    }

    update() {
      const want = this.siteEnabled();
      if (want && !this.enabled) this.start();
      else if (!want && this.enabled) this.stop();
    }

    start() {
      this.enabled = true;
      this.overlay = new ns.Overlay();
      this.onScroll = quiet('scroll', () => this.scheduleLayout());
      this.onPointerDown = quiet('pointer', (e) => {
        if (e.composedPath().includes(this.overlay.host)) return;
        this.overlay.closeCard();
        this.overlay.foldPanels(this.sessions.values());
      });
      // Escape closes an open card and nothing else (Gmail would otherwise close the compose window).
      this.onKey = quiet('key', (e) => {
        if (e.key !== 'Escape' || !this.overlay.card) return;
        e.preventDefault();
        e.stopPropagation();
        this.overlay.closeCard();
      });
      this.onMove = quiet('move', (e) => this.hover(e));
      // The subject is part of the request: an edit there re-checks each box (unchanged requests are not re-sent).
      this.onFieldInput = quiet('field', (e) => {
        const t = e.target;
        if (!(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) return;
        for (const s of this.sessions.values()) s.schedule();
      });
      document.addEventListener('input', this.onFieldInput, true);
      addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      addEventListener('resize', this.onScroll, { passive: true });
      document.addEventListener('pointerdown', this.onPointerDown, true);
      addEventListener('keydown', this.onKey, true); // window capture: before the page's own handlers
      document.addEventListener('mousemove', this.onMove, { passive: true });
      this.observer = new MutationObserver(quiet('mutations', () => this.scheduleScan()));
      this.observer.observe(document.documentElement, {
        subtree: true, childList: true, attributes: true,
        attributeFilter: ['contenteditable', 'role', 'aria-label', 'g_editable'],
      });
      this.scan();
    }

    stop() {
      this.enabled = false;
      this.observer?.disconnect();
      removeEventListener('scroll', this.onScroll, { capture: true });
      removeEventListener('resize', this.onScroll);
      document.removeEventListener('pointerdown', this.onPointerDown, true);
      removeEventListener('keydown', this.onKey, true);
      document.removeEventListener('mousemove', this.onMove);
      document.removeEventListener('input', this.onFieldInput, true);
      for (const s of this.sessions.values()) s.destroy();
      this.sessions.clear();
      this.overlay?.host.remove();
      this.overlay = null;
    }

    isComposeBox(el) {
      if (!el.isContentEditable || el.getAttribute('contenteditable') !== 'true') return false;
      if (el.getAttribute('g_editable') === 'true') return true;
      return el.getAttribute('role') === 'textbox' && this.site.bodyLabel.test(el.getAttribute('aria-label') ?? '');
    }

    scheduleScan() {
      if (this.scanQueued) return;
      this.scanQueued = true;
      requestAnimationFrame(quiet('scan', () => { this.scanQueued = false; this.scan(); }));
    }

    scan() {
      if (!this.enabled) return;
      this.overlay.ensureAttached();
      const found = new Set();
      for (const el of document.querySelectorAll('[contenteditable="true"][role="textbox"], [contenteditable="true"][g_editable="true"]')) {
        if (this.isComposeBox(el)) found.add(el);
      }
      for (const el of [...found]) {
        for (let a = el.parentElement; a; a = a.parentElement) {
          if (found.has(a)) { found.delete(el); break; } // an editor nested in another is one box
        }
      }
      for (const [box, s] of this.sessions) {
        if (!found.has(box)) { s.destroy(); this.sessions.delete(box); }
      }
      for (const box of found) {
        if (!this.sessions.has(box)) this.sessions.set(box, new Session(box, this));
      }
      this.scheduleLayout();
    }

    scheduleLayout() {
      if (this.layoutQueued || !this.enabled) return;
      this.layoutQueued = true;
      requestAnimationFrame(quiet('layout', () => {
        this.layoutQueued = false;
        if (!this.enabled) return;
        for (const s of this.sessions.values()) s.layout();
        this.overlay.positionCard();
        this.overlay.positionHighlights();
      }));
    }

    hover(e) {
      if (!this.overlay || e.composedPath().includes(this.overlay.host)) return;
      for (const s of this.sessions.values()) {
        if (!s.box.contains(e.target)) continue;
        const hit = s.hits.find(({ rect }) => e.clientX >= rect.left && e.clientX <= rect.right
          && e.clientY >= rect.top && e.clientY <= rect.bottom + 3);
        if (hit) this.overlay.hoverSoon(s, hit.view);
        else this.overlay.cancelHover();
        return;
      }
    }

    /** Where the other compose windows are, so a panel is not put over one. */
    windowRects(except) {
      return [...this.sessions.values()].filter((s) => s !== except).map((s) => s.windowRect());
    }

    shows(finding) {
      return !this.dismissed[finding.id] && !(this.settings.disabledRules ?? []).includes(finding.rule);
    }

    async dismiss(id) {
      const { dismissed = {} } = await chrome.storage.local.get({ dismissed: {} });
      dismissed[id] = Date.now();
      const ids = Object.keys(dismissed);
      if (ids.length > DISMISSED_MAX) {
        ids.sort((a, b) => dismissed[a] - dismissed[b]).slice(0, ids.length - DISMISSED_MAX)
          .forEach((k) => delete dismissed[k]);
      }
      this.dismissed = dismissed;
      await chrome.storage.local.set({ dismissed });
      for (const s of this.sessions.values()) s.render();
    }

    async disableRule(rule) {
      const { disabledRules = [] } = await chrome.storage.sync.get({ disabledRules: [] });
      if (!disabledRules.includes(rule)) disabledRules.push(rule);
      this.settings.disabledRules = disabledRules;
      await chrome.storage.sync.set({ disabledRules });
      for (const s of this.sessions.values()) s.render();
    }

    async send(msg) {
      try {
        return await chrome.runtime.sendMessage(msg);
      } catch (err) {
        console.debug('[candor] service worker unreachable', err);
        return { ok: false, offline: true };
      }
    }
  }

  /** Entry point for a site script. */
  ns.start = (site) => {
    if (ns.app) return;
    ns.app = new App(site);
    ns.app.init().catch((err) => console.debug('[candor] init', err));
  };
  Object.assign(ns, { domainOf, roleOf, isoDate, EMAIL, quoteRules, draftRules });
})();
