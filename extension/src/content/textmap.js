// Candor: turns a rendered DOM subtree into the plain text the server analyzes,
// keeping for every UTF-16 code unit the (text node, offset) it came from, so a
// finding's offset/length maps back to a DOM Range without touching the DOM.
(() => {
  'use strict';
  const ns = (globalThis.candor ??= {});

  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
    'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
    'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
    'THEAD', 'TR', 'UL',
  ]);
  // Subtrees that hold no prose the sender wrote.
  const IGNORED_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'BUTTON',
    'INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'AUDIO', 'CANVAS',
  ]);
  const COLLAPSIBLE = /[ \t\n\r\f]/;

  /**
   * A draft or message as analyzed text plus the way back to the DOM.
   * nodes[i] is the Text node that produced text[i], or null for a line break
   * that stands for a block boundary or <br>; offsets[i] is the index in that node.
   */
  class TextMap {
    constructor(root, text, nodes, offsets) {
      this.root = root;
      this.text = text;
      this.nodes = nodes;
      this.offsets = offsets;
    }

    /** A Range over text[start, end), trimmed to the characters that exist in the DOM; null if none do. */
    range(start, end) {
      start = Math.max(0, start);
      end = Math.min(this.text.length, end);
      let i = start;
      while (i < end && !this.nodes[i]) i++;
      let j = end - 1;
      while (j >= i && !this.nodes[j]) j--;
      if (i >= end || j < i) return null;
      const a = this.nodes[i];
      const b = this.nodes[j];
      if (!a.isConnected || !b.isConnected || !this.root.contains(a) || !this.root.contains(b)) return null;
      const range = document.createRange();
      try {
        range.setStart(a, Math.min(this.offsets[i], a.length));
        range.setEnd(b, Math.min(this.offsets[j] + 1, b.length));
      } catch {
        return null; // the node changed under us; the caller rebuilds the map
      }
      return range;
    }

  }

  function normalizeChar(c) {
    return c === '\u00a0' ? ' ' : c;
  }

  function isHidden(el) {
    if (el.hidden) return true;
    const style = el.ownerDocument.defaultView.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  }

  /**
   * Walks root in document order.
   * options.exclude(el): true to leave out el and everything under it (quotes, signatures).
   * options.quote(el): for an excluded el, true to send it as "> " lines when the writer's own
   *   text follows it (answering inline under the buyer's quoted question); quoted lines with
   *   nothing of the writer's after them (the history under a reply) are left out. They map to no
   *   DOM node: the server never reports a span in quoted lines.
   * options.stop(el): true to end the walk at el (everything from el on is history).
   */
  function buildTextMap(root, options = {}) {
    const exclude = options.exclude ?? (() => false);
    const quote = options.quote ?? (() => false);
    const stop = options.stop ?? (() => false);
    const view = root.ownerDocument.defaultView;
    const preserve = /^(pre|pre-wrap|break-spaces)$/.test(view.getComputedStyle(root).whiteSpace);

    const chars = [];
    const nodes = [];
    const offsets = [];
    const collapsed = []; // true where the char stands for a run of collapsible white space
    let stopped = false;

    const push = (c, node, offset, collapsible = false) => {
      chars.push(c);
      nodes.push(node);
      offsets.push(offset);
      collapsed.push(collapsible);
    };
    const pop = () => { chars.pop(); nodes.pop(); offsets.pop(); collapsed.pop(); };
    const lastCollapsed = () => collapsed.length > 0 && collapsed[collapsed.length - 1];
    const trimTrailingSpace = () => {
      while (lastCollapsed()) pop();
    };
    const lineBreak = (always) => {
      trimTrailingSpace();
      if (always || (chars.length && chars[chars.length - 1] !== '\n')) push('\n', null, -1);
    };
    const atLineStart = () => chars.length === 0 || chars[chars.length - 1] === '\n';

    const walk = (node) => {
      if (stopped) return;
      if (node.nodeType === Node.TEXT_NODE) {
        const data = node.data;
        for (let i = 0; i < data.length; i++) {
          const c = data[i];
          if (!preserve && COLLAPSIBLE.test(c)) {
            if (atLineStart() || lastCollapsed()) continue;
            push(' ', node, i, true);
          } else {
            push(normalizeChar(c), node, i);
          }
        }
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node;
      if (node !== root) {
        if (stop(el)) { stopped = true; return; }
        const tag = el.tagName.toUpperCase();
        if (IGNORED_TAGS.has(tag) || isHidden(el)) return;
        if (exclude(el)) {
          if (quote(el)) quoted(el);
          return;
        }
        if (tag === 'BR') { lineBreak(true); return; }
        const block = BLOCK_TAGS.has(tag);
        if (block) lineBreak(false);
        for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
        if (block) lineBreak(false);
        return;
      }
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    };

    // The quoted element's text as "> " lines of characters with no DOM node behind them.
    const quoted = (el) => {
      const inner = buildTextMap(el, { exclude, stop });
      for (const line of inner.text.split('\n')) {
        if (!line.trim()) continue;
        lineBreak(false);
        for (const c of `> ${line}`) push(c, null, -1);
        lineBreak(false);
      }
    };

    walk(root);
    trimTrailingSpace();
    // Trailing line breaks go, and so do quoted lines that nothing of the writer's follows.
    while (chars.length && nodes[nodes.length - 1] === null) {
      pop();
    }
    return new TextMap(root, chars.join(''), nodes, offsets);
  }

  /**
   * Moves spans found in oldText onto newText after an edit: spans before the
   * changed region stay, spans after it shift, spans that touch it are dropped.
   * Each span is {offset, length, text}; returns new objects.
   */
  function rebaseSpans(spans, oldText, newText) {
    if (oldText === newText) return spans.slice();
    let p = 0;
    const max = Math.min(oldText.length, newText.length);
    while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
    const oldEnd = oldText.length - s;
    const delta = newText.length - oldText.length;
    const out = [];
    for (const span of spans) {
      const end = span.offset + span.length;
      let moved = null;
      if (end <= p) moved = { ...span };
      else if (span.offset >= oldEnd) moved = { ...span, offset: span.offset + delta };
      if (moved && newText.substr(moved.offset, moved.length) === span.text) out.push(moved);
    }
    return out;
  }

  /** Finds span.text in text nearest to span.offset; returns the offset or -1. */
  function relocate(text, span) {
    if (text.substr(span.offset, span.length) === span.text) return span.offset;
    if (!span.text) return -1;
    let best = -1;
    for (let i = text.indexOf(span.text); i !== -1; i = text.indexOf(span.text, i + 1)) {
      if (best === -1 || Math.abs(i - span.offset) < Math.abs(best - span.offset)) best = i;
    }
    return best;
  }

  /** The sentence around [offset, offset+length) in text, for false-alarm reports. */
  function sentenceAround(text, offset, length) {
    const boundary = /[.!?\n]/;
    let a = offset;
    while (a > 0 && !(boundary.test(text[a - 1]) && (text[a - 1] === '\n' || /\s/.test(text[a] ?? ' ')))) a--;
    let b = offset + length;
    while (b < text.length && !boundary.test(text[b])) b++;
    if (b < text.length && text[b] !== '\n') b++;
    return text.slice(a, b).trim();
  }

  Object.assign(ns, { TextMap, buildTextMap, rebaseSpans, relocate, sentenceAround });
})();
