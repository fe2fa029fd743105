// Candor service worker: the only part of the extension that talks to the Candor
// server. Content scripts never fetch themselves, so the page's CSP and private
// network rules do not apply and the API token never enters a web page.
'use strict';

const DEFAULTS = Object.freeze({
  serverUrl: 'http://127.0.0.1:8080',
  token: '',
  sites: { gmail: true, outlook: true },
  disabledRules: [],
});
const REQUEST_TIMEOUT_MS = 15000;
const CACHE_SIZE = 64;

/** Latest analyze request per compose box; a newer one aborts the older. */
const inflight = new Map();
/** Results by exact request body, so unchanged text is never analyzed twice. */
const cache = new Map();

async function settings() {
  const stored = await chrome.storage.sync.get(DEFAULTS);
  return { ...DEFAULTS, ...stored, serverUrl: normalizeUrl(stored.serverUrl) };
}

function normalizeUrl(url) {
  const u = String(url || DEFAULTS.serverUrl).trim();
  return u.replace(/\/+$/, '');
}

function headers(token, json) {
  const h = { Accept: 'application/json, application/problem+json' };
  if (json) h['Content-Type'] = 'application/json';
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

function remember(key, value) {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
}

/** Reads an error body (application/problem+json or anything else) into a short description. */
async function problemOf(res) {
  let detail = `${res.status} ${res.statusText}`.trim();
  try {
    const body = await res.json();
    detail = [body.title, body.detail].filter(Boolean).join(': ') || detail;
  } catch {
    // not JSON: keep the status line
  }
  return { status: res.status, detail };
}

async function call(path, init, signal) {
  const cfg = await settings();
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetch(cfg.serverUrl + path, { ...init, headers: headers(cfg.token, !!init.body), signal: combined });
    return { res };
  } catch (err) {
    if (signal?.aborted) return { cancelled: true };
    return { offline: true, detail: String(err?.message ?? err) };
  }
}

async function analyze(msg, sender) {
  const body = JSON.stringify(msg.payload);
  const key = `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${msg.key}`;
  inflight.get(key)?.abort();
  if (cache.has(body)) {
    inflight.delete(key);
    const hit = cache.get(body);
    remember(body, hit);
    return { ok: true, result: hit, cached: true };
  }
  const controller = new AbortController();
  inflight.set(key, controller);
  try {
    const out = await call('/v1/analyze', { method: 'POST', body }, controller.signal);
    if (out.cancelled) return { ok: false, cancelled: true };
    if (out.offline) return { ok: false, offline: true, detail: out.detail };
    if (!out.res.ok) return { ok: false, ...(await problemOf(out.res)) };
    const result = await out.res.json();
    remember(body, result);
    return { ok: true, result };
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, cancelled: true };
    return { ok: false, detail: String(err?.message ?? err) };
  } finally {
    if (inflight.get(key) === controller) inflight.delete(key);
  }
}

async function feedback(msg) {
  const report = {
    id: String(msg.report?.id ?? ''),
    rule: String(msg.report?.rule ?? ''),
    text: String(msg.report?.text ?? ''),
    sentence: String(msg.report?.sentence ?? ''),
  };
  const out = await call('/v1/feedback', { method: 'POST', body: JSON.stringify(report) });
  if (out.offline || out.cancelled) return { ok: false, offline: true };
  if (!out.res.ok) return { ok: false, ...(await problemOf(out.res)) };
  return { ok: true, status: out.res.status };
}

async function health() {
  const out = await call('/health', { method: 'GET' });
  if (out.offline) return { ok: false, offline: true, detail: out.detail };
  if (!out.res.ok) return { ok: false, ...(await problemOf(out.res)) };
  return { ok: true, result: await out.res.json() };
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handlers = { analyze, feedback, health };
  const handler = handlers[msg?.type];
  if (!handler) return false;
  handler(msg, sender).then(sendResponse, (err) => sendResponse({ ok: false, detail: String(err?.message ?? err) }));
  return true; // answer asynchronously
});

chrome.action?.onClicked.addListener(() => chrome.runtime.openOptionsPage());
