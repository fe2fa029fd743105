// Candor overlay: underlines, the finding card and the per-box panel, drawn in an
// open shadow root on top of the page. Nothing here edits the draft's DOM, and
// all server or email text goes in through textContent, never as markup.
(() => {
  'use strict';
  const ns = (globalThis.candor ??= {});

  const CSS = `
    :host { all: initial; }
    .layer { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible;
             z-index: 2147483600; pointer-events: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .u { position: absolute; height: 3px; pointer-events: auto; cursor: pointer; border-radius: 1px;
         background: var(--c); opacity: .85; }
    .u[data-candor-severity="info"] { opacity: .55; height: 2px; }
    .u:hover, .u.active { opacity: 1; height: 4px; }
    .tint { position: absolute; pointer-events: none; background: var(--c); opacity: .12; border-radius: 2px; }
    [data-candor-category="pressure"] { --c: #d9480f; }
    [data-candor-category="overpromise"] { --c: #7048e8; }
    .hl { position: absolute; pointer-events: none; background: #fcc419; opacity: .35; border-radius: 2px;
          outline: 2px solid #f08c00; transition: opacity .6s; }
    .card { position: absolute; width: 320px; max-width: calc(100vw - 16px); pointer-events: auto; box-sizing: border-box;
            background: #fff; color: #212529; border: 1px solid #ced4da; border-top: 4px solid var(--c, #868e96);
            border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
    .card .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--c); font-weight: 600; }
    .card .msg { margin: 4px 0 8px; }
    .card .sugg { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
    .card button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #ced4da; background: #f8f9fa;
                   color: #212529; padding: 3px 8px; }
    .card button[data-candor-action="apply"] { text-align: left; background: #ebfbee; border-color: #8ce99a; }
    .card .advice { font-size: 12px; color: #495057; margin: 0 0 8px; padding-left: 8px; border-left: 2px solid #dee2e6; }
    .card .row { display: flex; flex-wrap: wrap; gap: 6px; }
    .card .note { margin-top: 6px; font-size: 12px; color: #495057; }
    .panel { position: absolute; width: 280px; box-sizing: border-box; pointer-events: auto; background: #fff;
             color: #212529; border: 1px solid #ced4da; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.12);
             max-height: 60vh; overflow: auto; }
    .panel header { display: flex; align-items: center; gap: 6px; padding: 6px 10px; cursor: pointer; user-select: none; white-space: nowrap; }
    .panel header .name { font-weight: 700; color: #1864ab; }
    .panel header .counts { margin-left: auto; color: #495057; font-size: 12px; }
    .panel .dot { width: 8px; height: 8px; border-radius: 50%; background: #adb5bd; }
    .panel[data-candor-status="ok"] .dot { background: #37b24d; }
    .panel[data-candor-status="checking"] .dot { background: #fab005; }
    .panel[data-candor-status="offline"] .dot, .panel[data-candor-status="error"] .dot { background: #adb5bd; }
    .panel .body { border-top: 1px solid #e9ecef; padding: 6px 10px 8px; }
    .panel[data-collapsed="true"] { width: auto; }
    .panel[data-collapsed="true"] .body { display: none; }
    .panel h4 { margin: 6px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #868e96; }
    .panel ul { list-style: none; margin: 0; padding: 0; }
    .panel li { margin: 0 0 6px; }
    .panel .item { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: #f8f9fa;
                   border: 1px solid #e9ecef; border-radius: 6px; padding: 5px 7px; cursor: pointer; }
    .panel .item:hover { border-color: #74c0fc; }
    .panel .topic { font-size: 11px; font-weight: 600; color: #1864ab; }
    .panel .deferred { font-size: 11px; color: #e67700; margin-left: 4px; }
    .panel .unsure { font-size: 11px; color: #868e96; margin-left: 4px; font-style: italic; }
    .panel .quote { display: block; font-style: italic; }
    .panel .hint { display: block; font-size: 12px; color: #495057; margin-top: 2px; }
    .panel .status { font-size: 12px; color: #868e96; }
    .panel .scores { display: flex; gap: 8px; font-size: 11px; color: #495057; margin-bottom: 4px; }
  `;

  const PANEL_WIDTH = 280;
  /** Open items the server is less sure of than this (its confidence) are marked "unsure". */
  const UNSURE_BELOW = 0.5;

  const el = (tag, attrs = {}, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v !== undefined && v !== null) e.setAttribute(k, String(v));
    }
    if (text !== undefined) e.textContent = String(text);
    return e;
  };

  /**
   * The server lists replacement text and advice together in `suggestions`. A full
   * sentence offered for a span that is not one reads as advice: shown, not applied.
   */
  function isAdvice(suggestion, span) {
    const s = String(suggestion).trim();
    return /[.!?]$/.test(s) && !/[.!?]$/.test(String(span ?? '').trim()) && s.split(/\s+/).length > 6;
  }

  /** Visible part of the element: its box cut by every clipping ancestor and the viewport. */
  function visibleRect(node) {
    let r = node.getBoundingClientRect();
    let rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    for (let a = node.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        r = a.getBoundingClientRect();
        rect = intersect(rect, r);
      }
    }
    return intersect(rect, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
  }

  function intersect(a, b) {
    return {
      left: Math.max(a.left, b.left), top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom),
    };
  }

  const rectsOverlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  const isEmpty = (r) => r.right - r.left < 1 || r.bottom - r.top < 1;

  /**
   * Whether the page shows something else than box at a point: a compose window
   * or menu on top of it. The overlay itself does not count.
   */
  function coveredAt(box, host, x, y) {
    for (const node of document.elementsFromPoint(x, y)) {
      if (node === host) continue;
      return !(node === box || box.contains(node));
    }
    return false;
  }

  /** Client rects of a range with one rect per line (Chrome splits per text node). */
  function lineRects(range) {
    const out = [];
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      const last = out[out.length - 1];
      if (last && Math.abs(last.top - r.top) < 2 && Math.abs(last.bottom - r.bottom) < 2 && r.left <= last.right + 2) {
        last.right = Math.max(last.right, r.right);
      } else {
        out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
    }
    return out;
  }

  const setBox = (node, r) => {
    node.style.left = `${r.left}px`;
    node.style.top = `${r.top}px`;
    node.style.width = `${Math.max(0, r.right - r.left)}px`;
    node.style.height = `${Math.max(0, r.bottom - r.top)}px`;
  };

  class Overlay {
    constructor() {
      this.host = el('div', { 'data-candor-overlay': '' });
      this.host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:2147483600;';
      this.shadow = this.host.attachShadow({ mode: 'open' });
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        this.shadow.adoptedStyleSheets = [sheet];
      } catch {
        this.shadow.append(el('style', {}, CSS));
      }
      this.layer = el('div', { class: 'layer' });
      this.shadow.append(this.layer);
      this.card = null;
      this.cardFor = null;
      this.highlights = [];
      document.documentElement.append(this.host);
    }

    ensureAttached() {
      if (!this.host.isConnected) document.documentElement.append(this.host);
    }

    createBoxLayer() {
      const underlines = el('div', { 'data-candor-underlines': '' });
      this.layer.append(underlines);
      return { underlines, panel: null };
    }

    removeBoxLayer(layer) {
      layer.underlines.remove();
      layer.panel?.remove();
    }

    /** Draws a session's underlines; returns hit rects for hover. */
    drawUnderlines(session) {
      const layer = session.layer;
      const frag = document.createDocumentFragment();
      const hits = [];
      const clip = visibleRect(session.box);
      if (!isEmpty(clip)) {
        for (const view of session.visibleFindings()) {
          const range = session.map.range(view.offset, view.offset + view.length);
          if (!range) continue;
          for (const line of lineRects(range)) {
            const r = intersect(line, clip);
            if (isEmpty(r)) continue;
            if (coveredAt(session.box, this.host, (r.left + r.right) / 2, (line.top + line.bottom) / 2)) continue;
            const f = view.finding;
            const attrs = {
              class: 'u',
              'data-candor-underline': '',
              'data-candor-id': f.id,
              'data-candor-category': f.category,
              'data-candor-type': f.type,
              'data-candor-rule': f.rule,
              'data-candor-severity': f.severity,
              title: f.message,
            };
            const u = el('div', attrs);
            if (this.cardFor && this.cardFor.finding.id === f.id) u.classList.add('active');
            setBox(u, { left: r.left, right: r.right, top: line.bottom - 1, bottom: line.bottom + 2 });
            u.addEventListener('click', (e) => {
              e.preventDefault();
              e.stopPropagation();
              this.openCard(session, view);
            });
            u.addEventListener('mouseenter', () => this.hoverSoon(session, view));
            u.addEventListener('mouseleave', () => this.cancelHover());
            frag.append(u);
            hits.push({ view, rect: line });
          }
        }
      }
      layer.underlines.replaceChildren(frag);
      return hits;
    }

    hoverSoon(session, view) {
      if (this.cardFor?.finding.id === view.finding.id) return;
      this.cancelHover();
      this.hoverTimer = setTimeout(() => this.openCard(session, view), 350);
    }

    cancelHover() {
      clearTimeout(this.hoverTimer);
      this.hoverTimer = null;
    }

    openCard(session, view) {
      this.cancelHover();
      this.closeCard();
      const f = view.finding;
      const card = el('div', {
        class: 'card', role: 'dialog', 'aria-label': 'Candor finding',
        'data-candor-card': '', 'data-candor-id': f.id, 'data-candor-category': f.category,
      });
      card.append(el('div', { class: 'kind' }, `${f.category} · ${f.type}`));
      card.append(el('div', { class: 'msg' }, f.message));
      const note = el('div', { class: 'note', 'aria-live': 'polite' });
      const act = (action, handler) => async (e) => {
        e.preventDefault();
        e.stopPropagation();
        try {
          const text = await handler();
          if (text) note.textContent = text;
        } catch (err) {
          note.textContent = 'That did not work.';
          console.debug('[candor]', action, err);
        }
      };
      const replacements = (f.suggestions ?? []).filter((s) => !isAdvice(s, view.text));
      const advice = (f.suggestions ?? []).filter((s) => isAdvice(s, view.text));
      if (replacements.length) {
        const list = el('div', { class: 'sugg' });
        replacements.forEach((s, i) => {
          const b = el('button', { type: 'button', 'data-candor-action': 'apply', 'data-candor-suggestion': i }, s);
          b.title = 'Replace the underlined words with this';
          // keep focus (and the caret) in the compose box
          b.addEventListener('mousedown', (e) => e.preventDefault());
          b.addEventListener('click', act('apply', async () => {
            const done = await session.apply(view, s);
            if (done) this.closeCard();
            return done ? '' : 'The text changed; could not apply.';
          }));
          list.append(b);
        });
        card.append(list);
      }
      for (const a of advice) card.append(el('div', { class: 'advice' }, a));
      const row = el('div', { class: 'row' });
      const button = (action, label, handler) => {
        const b = el('button', { type: 'button', 'data-candor-action': action }, label);
        b.addEventListener('mousedown', (e) => e.preventDefault());
        b.addEventListener('click', act(action, handler));
        row.append(b);
      };
      button('dismiss', 'Dismiss', async () => { await session.dismiss(f); this.closeCard(); return ''; });
      button('disable-rule', 'Turn off this check', async () => { await session.disableRule(f); this.closeCard(); return ''; });
      button('report', 'Report false alarm', async () => session.report(view));
      card.append(row, note);
      card.addEventListener('mouseenter', () => this.cancelHover());
      this.layer.append(card);
      this.card = card;
      this.cardFor = { session, finding: f };
      this.positionCard();
      session.layout();
    }

    positionCard() {
      if (!this.card) return;
      const { session, finding } = this.cardFor;
      const view = session.visibleFindings().find((v) => v.finding.id === finding.id);
      const range = view && session.map.range(view.offset, view.offset + view.length);
      const rects = range ? lineRects(range) : [];
      if (!rects.length) { this.closeCard(); return; }
      const anchor = rects[0];
      const w = this.card.offsetWidth || 320;
      const h = this.card.offsetHeight || 120;
      const left = Math.max(8, Math.min(anchor.left, innerWidth - w - 8));
      const below = anchor.bottom + 6;
      const top = below + h > innerHeight - 8 && anchor.top - h - 6 > 8 ? anchor.top - h - 6 : below;
      this.card.style.left = `${left}px`;
      this.card.style.top = `${top}px`;
    }

    closeCard() {
      if (!this.card) return;
      const session = this.cardFor?.session;
      this.card.remove();
      this.card = null;
      this.cardFor = null;
      session?.layout();
    }

    /** Shows a passing highlight over a range (a buyer's sentence) without editing it. */
    highlight(range) {
      this.clearHighlights();
      for (const r of lineRects(range)) {
        const h = el('div', { class: 'hl', 'data-candor-highlight': '' });
        setBox(h, r);
        this.layer.append(h);
        this.highlights.push({ node: h, range });
      }
      clearTimeout(this.highlightTimer);
      this.highlightTimer = setTimeout(() => this.clearHighlights(), 4000);
    }

    positionHighlights() {
      if (!this.highlights.length) return;
      const range = this.highlights[0].range;
      const rects = lineRects(range);
      this.highlights.forEach((h, i) => {
        if (rects[i]) setBox(h.node, rects[i]);
      });
    }

    clearHighlights() {
      for (const h of this.highlights) h.node.remove();
      this.highlights = [];
    }

    /** An opened pill panel folds again when the user works elsewhere, so it never stays on the text. */
    foldPanels(sessions) {
      for (const s of sessions) {
        const panel = s.layer.panel;
        if (!panel || s.panelBeside || panel.getAttribute('data-collapsed') === 'true') continue;
        panel.setAttribute('data-collapsed', 'true');
        panel.querySelector('header')?.setAttribute('aria-expanded', 'false');
        s.userToggled = false;
        s.placePanel();
      }
    }

    /** Builds or refreshes a session's panel from its state. */
    drawPanel(session) {
      const layer = session.layer;
      const st = session.state;
      if (!layer.panel) {
        const panel = el('section', {
          class: 'panel', 'data-candor-panel': '', 'aria-label': 'Candor', 'data-collapsed': 'false',
        });
        const header = el('header', { role: 'button', tabindex: '0', 'aria-expanded': 'true' });
        header.append(el('span', { class: 'dot' }), el('span', { class: 'name' }, 'Candor'),
          el('span', { class: 'counts' }));
        const toggle = () => {
          const collapsed = panel.getAttribute('data-collapsed') !== 'true';
          panel.setAttribute('data-collapsed', String(collapsed));
          header.setAttribute('aria-expanded', String(!collapsed));
          session.userToggled = true;
          session.placePanel();
        };
        header.addEventListener('click', toggle);
        header.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
        panel.append(header, el('div', { class: 'body' }));
        this.layer.append(panel);
        layer.panel = panel;
      }
      const panel = layer.panel;
      panel.setAttribute('data-candor-status', st.status);
      const findings = session.visibleFindings().length + st.subjectFindings.length;
      const open = st.unanswered.length;
      const counts = panel.querySelector('.counts');
      counts.textContent = st.status === 'offline' ? 'offline'
        : st.status === 'error' ? 'not checked'
        : !st.checkedOnce ? 'checking…'
        : `${findings} flag${findings === 1 ? '' : 's'} · ${open} open question${open === 1 ? '' : 's'}`;

      const body = el('div', { class: 'body' });
      if (st.status === 'offline') {
        body.append(el('div', { class: 'status' }, 'Candor server unreachable. Checks resume when it is back.'));
      } else if (st.status === 'error') {
        body.append(el('div', { class: 'status' }, `Candor could not check this draft${st.detail ? ` (${st.detail})` : ''}.`));
      } else if (st.status === 'checking' && !st.checkedOnce) {
        body.append(el('div', { class: 'status' }, 'Checking…'));
      }
      if (st.scores && st.status === 'ok') {
        const sc = el('div', { class: 'scores', 'data-candor-scores': '' });
        const pct = (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '–');
        sc.append(el('span', {}, `pressure ${pct(st.scores.pressure)}`),
          el('span', {}, `overpromise ${pct(st.scores.overpromise)}`),
          el('span', {}, `customer focus ${pct(st.scores.customerFocus)}`));
        body.append(sc);
      }
      if (st.unanswered.length) {
        body.append(el('h4', {}, 'Buyer questions not yet answered'));
        const ul = el('ul');
        for (const q of st.unanswered) {
          const b = el('button', {
            type: 'button', class: 'item', 'data-candor-unanswered': q.id, 'data-candor-status-kind': q.status,
          });
          const head = el('span');
          head.append(el('span', { class: 'topic' }, q.topic || 'question'));
          if (q.status === 'deferred') head.append(el('span', { class: 'deferred' }, 'deferred'));
          if (typeof q.confidence === 'number') {
            b.setAttribute('data-candor-confidence', String(q.confidence));
            // Under even odds the point may be answered already, or no real question: say so rather than hide it.
            if (q.confidence < UNSURE_BELOW) {
              head.append(el('span', { class: 'unsure', title: `Candor is less sure this is still open (${Math.round(q.confidence * 100)}%)` }, 'unsure'));
            }
          }
          b.append(head, el('span', { class: 'quote' }, `“${q.text}”`));
          if (q.suggestion) b.append(el('span', { class: 'hint' }, q.suggestion));
          const note = el('span', { class: 'hint', 'data-candor-note': '' });
          b.append(note);
          b.addEventListener('click', (e) => {
            e.preventDefault();
            note.textContent = session.revealThread(q.message, q.offset, q.length) ? '' : 'That message is not shown on this page.';
          });
          const li = el('li');
          li.append(b);
          ul.append(li);
        }
        body.append(ul);
      }
      if (st.subjectFindings.length) {
        body.append(el('h4', {}, 'Subject line'));
        const ul = el('ul');
        for (const f of st.subjectFindings) {
          const li = el('li', { 'data-candor-subject-finding': f.id, 'data-candor-category': f.category });
          li.append(el('span', { class: 'quote' }, `“${f.text}”`), el('span', { class: 'hint' }, f.message));
          ul.append(li);
        }
        body.append(ul);
      }
      if (st.insights.length) {
        body.append(el('h4', {}, 'Thread insights'));
        const ul = el('ul');
        for (const ins of st.insights) {
          const b = el('button', { type: 'button', class: 'item', 'data-candor-insight': ins.type || '' });
          if (ins.type) b.append(el('span', { class: 'topic' }, ins.type));
          b.append(el('span', { class: 'hint' }, ins.detail ?? ''));
          b.addEventListener('click', (e) => {
            e.preventDefault();
            if (ins.where === 'thread') session.revealThread(ins.message, ins.offset, ins.length);
            else if (ins.where === 'draft') session.revealDraft(ins.offset, ins.length);
          });
          const li = el('li');
          li.append(b);
          ul.append(li);
        }
        body.append(ul);
      }
      if (st.status === 'ok' && !findings && !st.unanswered.length && !st.insights.length) {
        body.append(el('div', { class: 'status' }, 'Nothing to flag.'));
      }
      panel.querySelector('.body').replaceWith(body);
      session.placePanel();
    }

    /**
     * Beside the box when the page leaves room on its right; otherwise a collapsed
     * pill in the box's bottom-right corner (until the user opens it), so the panel
     * never sits on the text unasked.
     */
    positionPanel(session, others = []) {
      const panel = session.layer.panel;
      if (!panel) return;
      const clip = visibleRect(session.box);
      if (isEmpty(clip)) { panel.style.display = 'none'; return; }
      panel.style.display = '';
      const box = session.box.getBoundingClientRect();
      let side = innerWidth - box.right >= PANEL_WIDTH + 24;
      if (side) {
        // Not beside the box if another compose window sits there.
        const top = Math.max(8, Math.min(clip.top, innerHeight - (panel.offsetHeight || 32) - 8));
        const spot = { left: box.right + 12, right: box.right + 12 + PANEL_WIDTH, top, bottom: top + (panel.offsetHeight || 32) };
        side = !others.some((r) => rectsOverlap(spot, r));
      }
      session.panelBeside = side;
      if (!session.userToggled) {
        const collapsed = String(!side);
        if (panel.getAttribute('data-collapsed') !== collapsed) {
          panel.setAttribute('data-collapsed', collapsed);
          panel.querySelector('header')?.setAttribute('aria-expanded', String(side));
        }
      }
      const w = panel.offsetWidth || PANEL_WIDTH;
      const h = panel.offsetHeight || 32;
      if (side) {
        panel.style.left = `${box.right + 12}px`;
        panel.style.top = `${Math.max(8, Math.min(clip.top, innerHeight - h - 8))}px`;
        return;
      }
      // A pill anchored in a corner of the box that no other window covers, growing into the box.
      const anchors = [{ x: clip.right - 4, y: clip.bottom - 4, up: true }, { x: clip.right - 4, y: clip.top + 4, up: false }];
      const probeY = (a) => (a.up ? a.y - 6 : a.y + 6);
      const free = anchors.find((a) => !coveredAt(session.box, this.host, a.x - 6, probeY(a))
        && !coveredAt(session.box, this.host, Math.max(clip.left + 6, a.x - w + 6), probeY(a)));
      if (!free) { panel.style.display = 'none'; return; }
      const top = free.up ? free.y - h : free.y;
      panel.style.left = `${Math.max(8, free.x - w)}px`;
      panel.style.top = `${Math.max(8, Math.min(top, innerHeight - h - 8))}px`;
    }
  }

  Object.assign(ns, { Overlay, lineRects, visibleRect });
})();
