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

/** Starts the real Candor server; resolves once GET /health answers. */
async function startServer() {
  const port = await freePort();
  const jar = serverJar();
  const proc = spawn('java', ['-Xmx256m', '-jar', jar, 'serve', '--port', String(port)], {
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
    log: () => log,
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
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

module.exports = { SITES, startServer, launch, configure, openSite, screenshot, freePort, EXT_DIR };
