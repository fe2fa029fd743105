// Team audit dashboard. Every piece of email text goes into the page as text nodes (textContent, append of strings), never parsed as HTML.
'use strict';
(function () {
  const KINDS = ['pressure', 'overpromise', 'unanswered'];
  const COLORS = { pressure: '#c2410c', overpromise: '#7c3aed', unanswered: '#0369a1' };
  let report = null;
  let sortKey = 'messages';
  let sortDir = -1;
  let selected = null;
  let chart = null;

  const $ = (id) => document.getElementById(id);
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  const pct = (n, of) => (of ? Math.round((100 * n) / of) : 0);

  // Team mode: the server says who is signed in (GET /audit/session: 401 when nobody is).
  // The session lives in an HttpOnly cookie this script never sees; the token is sent once.
  async function session() {
    let res;
    try {
      res = await fetch('/audit/session', { headers: { Accept: 'application/json' } });
    } catch (e) {
      $('status').textContent = 'Could not reach the server: ' + e.message;
      return;
    }
    const me = await res.json().catch(() => ({}));
    if (!res.ok) { $('status').textContent = 'Could not ask the server who is signed in: ' + (me.detail || res.statusText); return; }
    if (me.teamMode && !me.signedIn) { showSignIn(''); return; }
    signedIn(me);
  }

  function showSignIn(message) {
    report = null;
    for (const id of ['team-summary', 'team', 'detail', 'filter', 'account', 'status']) $(id).hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message;
    $('token').focus();
  }

  function signedIn(me) {
    $('signin').hidden = true;
    $('filter').hidden = false;
    $('status').hidden = false;
    if (me.teamMode) {
      $('who').textContent = me.role === 'leader' ? 'Leader · ' + me.team : me.rep + ' · ' + me.team;
      $('account').hidden = false;
    }
    load();
  }

  async function signIn(e) {
    e.preventDefault();
    const token = $('token').value.trim();
    if (!token) return;
    let res;
    try {
      res = await fetch('/audit/session', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ token }),
      });
    } catch (err) {
      $('signin-error').textContent = 'Could not reach the server: ' + err.message;
      return;
    }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      $('signin-error').textContent = res.status === 401 ? 'That token is not valid.' : (body.detail || res.statusText);
      return;
    }
    $('token').value = '';
    signedIn(body);
  }

  async function signOut() {
    await fetch('/audit/session', { method: 'DELETE' }).catch(() => {});
    if (chart) { chart.destroy(); chart = null; }
    showSignIn('Signed out.');
  }

  async function load() {
    const since = $('since').value;
    $('status').textContent = 'Loading…';
    const url = '/v1/audit/report' + (since ? '?since=' + encodeURIComponent(since) : '');
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' } });
      if (res.status === 401) { showSignIn('Your session has ended; sign in again.'); return; }
      const body = await res.json();
      if (!res.ok) throw new Error(body.detail || res.statusText);
      report = body;
    } catch (e) {
      $('status').textContent = 'Could not load the report: ' + e.message;
      return;
    }
    render();
  }

  function render() {
    const t = report.team;
    $('status').textContent = t.messages ? '' : 'No audited messages yet. Run `candor audit` or POST an mbox to /v1/audits.';
    $('status').hidden = !!t.messages;
    $('team-summary').hidden = $('team').hidden = !t.messages;
    $('t-messages').textContent = t.messages;
    for (const k of KINDS) $('t-' + k).textContent = pct(t[k], t.messages) + '%';
    const reps = report.reps.map((r) => r.rep);
    if (!reps.includes(selected)) selected = reps[0] || null;
    renderTable(); // after choosing the selection, so its row is highlighted from the start
    renderDetail();
  }

  function renderTable() {
    const rows = report.reps.slice().sort((a, b) => {
      const av = sortKey === 'rep' ? a.rep : sortKey === 'messages' ? a.messages : a[sortKey] / (a.messages || 1);
      const bv = sortKey === 'rep' ? b.rep : sortKey === 'messages' ? b.messages : b[sortKey] / (b.messages || 1);
      return (av < bv ? -1 : av > bv ? 1 : a.rep.localeCompare(b.rep)) * sortDir;
    });
    for (const th of document.querySelectorAll('#reps th[data-key]')) {
      th.setAttribute('aria-sort', th.dataset.key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    }
    const tbody = document.querySelector('#reps tbody');
    tbody.replaceChildren();
    for (const r of rows) {
      const tr = el('tr');
      tr.tabIndex = 0;
      if (r.rep === selected) tr.className = 'selected';
      tr.append(el('td', null, r.rep), el('td', 'num', r.messages));
      for (const k of KINDS) tr.append(el('td', 'num', r[k] + ' (' + pct(r[k], r.messages) + '%)'));
      const top = Object.entries(r.byType).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, v]) => k + ' ' + v).join(', ');
      tr.append(el('td', null, top || '–'));
      const pick = () => { selected = r.rep; renderTable(); renderDetail(); };
      tr.addEventListener('click', pick);
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') pick(); });
      tbody.append(tr);
    }
  }

  function renderDetail() {
    const rep = report.reps.find((r) => r.rep === selected);
    $('detail').hidden = !rep;
    if (!rep) return;
    $('detail-title').textContent = rep.rep + ' — weekly trend (share of messages)';
    const labels = rep.weekly.map((w) => w.week);
    const datasets = KINDS.map((k) => ({
      label: k, borderColor: COLORS[k], backgroundColor: COLORS[k], tension: 0.2,
      data: rep.weekly.map((w) => pct(w[k], w.messages)),
    }));
    if (window.Chart) {
      if (chart) chart.destroy();
      chart = new window.Chart($('trend'), {
        type: 'line', data: { labels, datasets },
        options: { animation: false, maintainAspectRatio: false,
          scales: { y: { min: 0, max: 100, ticks: { callback: (v) => v + '%' } } } },
      });
    }
    const list = $('examples');
    list.replaceChildren();
    for (const x of report.examples.filter((e) => e.rep === rep.rep)) {
      const li = el('li');
      const meta = el('div', 'meta');
      meta.append(el('span', 'badge ' + x.category, x.category), ' ', x.type + ' · ' + (x.date ? x.date.slice(0, 10) : 'undated') + ' · ', el('q', null, x.subject));
      const quote = el('blockquote');
      const s = x.sentence || x.text;
      const start = Math.max(0, Math.min(x.start || 0, s.length));
      const end = Math.max(start, Math.min(x.end || s.length, s.length));
      quote.append(s.slice(0, start), el('mark', x.category, s.slice(start, end)), s.slice(end));
      li.append(meta, quote, el('div', 'why', x.message));
      list.append(li);
    }
    if (!list.children.length) list.append(el('li', null, 'Nothing flagged for this rep.'));
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const th of document.querySelectorAll('#reps th[data-key]')) {
      th.querySelector('button').addEventListener('click', () => {
        const k = th.dataset.key;
        sortDir = k === sortKey ? -sortDir : (k === 'rep' ? 1 : -1);
        sortKey = k;
        renderTable();
      });
    }
    $('filter').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    $('signin-form').addEventListener('submit', signIn);
    $('signout').addEventListener('click', signOut);
    session();
  });
})();
