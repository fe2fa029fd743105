// Shared set-up for Candor's browser tests: the real Candor server on a free
// loopback port, Debian's Chromium with the unpacked extension (src/, exactly as
// shipped), and the fixture pages served at the real mail hosts' URLs.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const EXT_DIR = path.resolve(__dirname, '..', 'src');
const FIXTURES = path.join(__dirname, 'fixtures');
const REPO = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.resolve(__dirname, '..', 'target', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Which fixture each mail host serves. A page CSP like the hosts' (no inline
// script) shows that the extension never needs the page to run code for it.
const SITES = {
  gmail: { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxPcNwXq', pattern: 'https://mail.google.com/**', fixture: 'gmail-thread.html' },
  outlook: { url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmE3', pattern: 'https://outlook.office.com/**', fixture: 'outlook-thread.html' },
  outlookLive: { url: 'https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNmE3', pattern: 'https://outlook.live.com/**', fixture: 'outlook-thread.html' },
};
const PAGE_CSP = "script-src 'none'; object-src 'none'; base-uri 'self'";

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function serverJar() {
  const jar = process.env.CANDOR_JAR || path.join(REPO, 'server', 'target', 'candor.jar');
  if (!fs.existsSync(jar)) {
    throw new Error(`Candor server jar not found at ${jar}: run extension/test.sh (it builds it) or set CANDOR_JAR`);
  }
  return jar;
}

/** Starts the real Candor server; resolves once GET /health answers. `args`/`env` add to `serve`'s. */
async function startServer(port, { args = [], env = {} } = {}) {
  port = port ?? await freePort();
  const jar = serverJar();
  // Its own working folder and feedback file, so test reports never land in the repo.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-server-'));
  const feedbackFile = path.join(home, 'feedback.jsonl');
  const proc = spawn('java', ['-Xmx256m', '-jar', jar, 'serve', '--port', String(port), ...args], {
    cwd: home,
    env: { ...process.env, CANDOR_FEEDBACK_FILE: feedbackFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`Candor server exited (${proc.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`Candor server did not answer /health within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    feedbackFile,
    log: () => log,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the extension; resolves with the context and its service worker. */
async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`,
    ],
  });
  for (const site of Object.values(SITES)) {
    await context.route(site.pattern, (route) => {
      const req = new URL(route.request().url());
      if (route.request().resourceType() !== 'document' || req.pathname === '/favicon.ico') {
        return route.fulfill({ status: 204, body: '' });
      }
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': PAGE_CSP },
        body: fs.readFileSync(path.join(FIXTURES, site.fixture), 'utf8'),
      });
    });
  }
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Writes extension settings the way the options page does. */
async function configure(sw, settings) {
  await sw.evaluate((s) => chrome.storage.sync.set(s), settings);
}

/** Opens a fixture and collects page errors and console errors for the no-errors checks. */
async function openSite(context, name) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(SITES[name].url);
  return { page, errors };
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

module.exports = { SITES, startServer, launch, configure, openSite, screenshot, freePort, serverJar, EXT_DIR, CHROMIUM };

// ---- page probes (run in the page's main world, the way a user sees the page) ----

/** Client rects of the nth occurrence of phrase inside the element matched by selector (within one text node). */
async function phraseRects(page, selector, phrase, nth = 0) {
  return page.evaluate(([sel, p, k]) => {
    const root = document.querySelector(sel);
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = n.data.indexOf(p); i >= 0; i = n.data.indexOf(p, i + 1)) {
        if (seen++ < k) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        return [...r.getClientRects()].filter((x) => x.width > 0)
          .map((x) => ({ left: x.left, right: x.right, top: x.top, bottom: x.bottom }));
      }
    }
    return null;
  }, [selector, phrase, nth]);
}

/** Every underline Candor drew, with its box, data attributes and colour. */
async function underlines(page) {
  return page.locator('[data-candor-underline]').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return {
      id: e.getAttribute('data-candor-id'),
      category: e.getAttribute('data-candor-category'),
      type: e.getAttribute('data-candor-type'),
      rule: e.getAttribute('data-candor-rule'),
      left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      color: getComputedStyle(e).backgroundColor,
    };
  }));
}

/** The underlines lying exactly under a phrase's line boxes (one per line), or null if a line has none. */
function underlinesUnder(all, rects, tolerance = 2.5) {
  if (!rects || !rects.length) return null;
  const found = [];
  for (const r of rects) {
    const u = all.find((x) => Math.abs(x.left - r.left) <= tolerance && Math.abs(x.right - r.right) <= tolerance
      && x.top >= r.bottom - 4 && x.top <= r.bottom + 3);
    if (!u) return null;
    found.push(u);
  }
  return found;
}

/** Bounding rect of an element (main world). */
async function rectOf(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, selector);
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Puts the caret right after `after` (a string inside one text node of the element) in the main world. */
async function caretAfter(page, selector, after) {
  const ok = await page.evaluate(([sel, text]) => {
    const root = document.querySelector(sel);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(text);
      if (i >= 0) {
        root.focus();
        const r = document.createRange();
        r.setStart(n, i + text.length);
        r.collapse(true);
        const sel2 = getSelection();
        sel2.removeAllRanges();
        sel2.addRange(r);
        return true;
      }
    }
    return false;
  }, [selector, after]);
  if (!ok) throw new Error(`text not found for caret: ${after}`);
}

/** Waits until the panel of the nth compose box reports the given status. */
async function waitStatus(page, status, timeout = 30_000) {
  await page.locator(`[data-candor-panel][data-candor-status="${status}"]`).first().waitFor({ timeout });
}

/** Polls fn until it returns a truthy value. */
async function until(fn, { timeout = 15_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

Object.assign(module.exports, { phraseRects, underlines, underlinesUnder, rectOf, overlaps, caretAfter, waitStatus, until });

/** Opens the first panel if it sits collapsed (as it does when the page leaves no room beside the box). */
async function openPanel(page, nth = 0) {
  const panel = page.locator('[data-candor-panel]').nth(nth);
  if ((await panel.getAttribute('data-collapsed')) === 'true') await panel.locator('header').click();
  await until(async () => (await panel.getAttribute('data-collapsed')) === 'false', { message: 'panel to open' });
  return panel;
}

module.exports.openPanel = openPanel;

/**
 * What the real server flags in a piece of text, asked directly: the tests' oracle, so
 * they check the extension's placement of whatever the current rule packs find.
 */
async function serverFindings(serverUrl, text) {
  const res = await fetch(`${serverUrl}/v1/analyze`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ draft: { text }, thread: [] }),
  });
  if (!res.ok) throw new Error(`analyze answered ${res.status}: ${await res.text()}`);
  return (await res.json()).findings.filter((f) => (f.field ?? 'text') === 'text');
}

module.exports.serverFindings = serverFindings;

/**
 * Records every analyze request the extension's service worker sends to the server,
 * passing each on unchanged (the real server answers).
 */
async function watchAnalyze(context, serverUrl) {
  const seen = [];
  await context.route(`${serverUrl}/v1/analyze`, (route) => {
    const req = route.request();
    seen.push({ body: JSON.parse(req.postData() || 'null'), authorization: req.headers().authorization ?? '' });
    return route.continue();
  });
  return seen;
}

module.exports.watchAnalyze = watchAnalyze;
