// The team audit dashboard (/audit) in Debian's Chromium against the real server jar, with a
// SQLite store filled by the real `audit` command: a row per rep, a drawn trend chart, mail text
// shown as text (a <script> in a flagged sentence never runs), and in team mode the sign-in form
// until a valid token is entered.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const h = require('./helpers');

const SCRIPT = '<script>window.__pwned=1</script>';
const REPS = {
  'dana@vendor.com': 'Dana Kim', 'lee@vendor.com': 'Lee Park', 'sam@vendor.com': 'Sam Ortiz', 'eve@vendor.com': 'Eve Stone',
};
const TEAM_EAST = ['dana@vendor.com', 'eve@vendor.com', 'lee@vendor.com'];
const BODIES = [
  'The 15% discount expires at 5pm today, so please act now.',
  'You will be live in 5 minutes, guaranteed.',
  'Thanks for the call yesterday. Let me know what questions your team has.',
  'This is your last chance to lock in this price.',
];

/** An mbox of the team's sent mail over three weeks, plus Eve's message with a script in its flagged sentence. */
function writeMbox(file) {
  const out = [];
  let n = 0;
  const add = (from, date, subject, text) => {
    n += 1;
    const d = new Date(date);
    out.push(`From ${from} ${d.toUTCString().replace(/,/g, '')}`, `From: ${REPS[from]} <${from}>`, 'To: Jo Reyes <jo@acme.io>',
      `Subject: ${subject}`, `Date: ${d.toUTCString().replace('GMT', '+0000')}`, `Message-ID: <dash-${n}@vendor.com>`,
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'Hi Jo,', '', text, '', 'Best,', REPS[from], '');
  };
  const weeks = ['2026-03-02T10:00:00Z', '2026-03-09T10:00:00Z', '2026-03-16T10:00:00Z'];
  for (const [r, rep] of ['dana@vendor.com', 'lee@vendor.com', 'sam@vendor.com'].entries()) {
    weeks.forEach((w, i) => {
      for (let k = 0; k < 2; k++) add(rep, Date.parse(w) + k * 3600_000, `Re: pricing ${i}-${k}`, BODIES[(r + i + k) % BODIES.length]);
    });
  }
  add('eve@vendor.com', '2026-03-10T10:00:00Z', `Re: offer ${SCRIPT}`, `Please act now ${SCRIPT} before the price goes up.`);
  fs.writeFileSync(file, out.join('\n') + '\n');
}

function auditInto(db, mbox) {
  const r = spawnSync('java', ['-Xmx256m', '-jar', h.serverJar(), 'audit', mbox, '--team-domain', 'vendor.com', '--db', db],
    { encoding: 'utf8', timeout: 180_000 });
  assert.equal(r.status, 0, `audit failed:\n${r.stdout}\n${r.stderr}`);
}

const newToken = () => 'cnd_' + crypto.randomBytes(32).toString('base64url');
const hashLine = (token, ...fields) => ['sha256:' + crypto.createHash('sha256').update(token, 'utf8').digest('hex'), ...fields].join('\t');

async function launchBrowser() {
  return chromium.launch({
    executablePath: h.CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function openDashboard(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The browser's own favicon probe is not the page's doing.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()} ${m.location().url}`);
  });
  await page.goto(`${url}/audit`);
  return { context, page, errors };
}

const tableReps = (page) => page.locator('#reps tbody tr td:first-child').allTextContents();

/** Non-transparent pixels on the trend canvas, and the Chart.js instance's dataset count. */
async function chartState(page) {
  return page.evaluate(() => {
    const c = document.getElementById('trend');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted += 1;
    const chart = window.Chart && window.Chart.getChart(c);
    return { painted, width: c.width, height: c.height, datasets: chart ? chart.data.datasets.length : 0,
      points: chart ? chart.data.labels.length : 0 };
  });
}

describe('team audit dashboard', () => {
  let home;
  let db;
  let browser;

  before(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-dashboard-'));
    const mbox = path.join(home, 'sent.mbox');
    writeMbox(mbox);
    db = `jdbc:sqlite:${path.join(home, 'audit.db')}`;
    auditInto(db, mbox);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('shows a row per rep, draws the trend chart and shows mail text as text', async () => {
    const server = await h.startServer(undefined, { args: ['--db', db] });
    try {
      const { context, page, errors } = await openDashboard(browser, server.url);
      await page.locator('#reps tbody tr').first().waitFor({ timeout: 20_000 });
      assert.deepEqual((await tableReps(page)).sort(), Object.keys(REPS).sort());
      assert.equal(await page.locator('#signin').isHidden(), true, 'no sign-in without a tokens file');

      // The first row (most messages) is selected and its weekly trend is drawn.
      await h.until(async () => (await chartState(page)).painted > 0, { message: 'chart pixels' });
      const chart = await chartState(page);
      assert.equal(chart.datasets, 3, 'pressure, overpromise, unanswered');
      assert.equal(chart.points, 3, 'three ISO weeks');
      assert.ok(chart.painted > 2000, `chart has drawn pixels (${chart.painted} of ${chart.width}x${chart.height})`);

      // Eve's flagged sentence carries a <script>: it must show as text and never run.
      await page.locator('#reps tbody tr', { hasText: 'eve@vendor.com' }).click();
      await h.until(async () => (await page.locator('#detail-title').textContent()).startsWith('eve@vendor.com'), { message: 'eve selected' });
      const quote = page.locator('#examples blockquote').first();
      assert.ok((await quote.textContent()).includes(SCRIPT), await quote.textContent());
      assert.ok((await page.locator('#examples q').first().textContent()).includes(SCRIPT), 'subject as text');
      assert.ok((await page.locator('#examples mark').first().textContent()).includes('act now'), 'flagged words marked');
      assert.equal(await page.locator('#examples script, #reps script').count(), 0);
      assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
      await h.screenshot(page, 'dashboard-eve');

      await page.locator('#reps tbody tr', { hasText: 'dana@vendor.com' }).click();
      await h.until(async () => (await chartState(page)).points === 3, { message: 'dana chart' });
      await h.screenshot(page, 'dashboard');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await server.stop();
    }
  });

  it('in team mode shows the sign-in form until a valid token is entered, then only the team', async () => {
    const leader = newToken();
    const dana = newToken();
    const tokens = path.join(home, 'tokens.tsv');
    fs.writeFileSync(tokens, ['# dashboard test', hashLine(leader, 'leader', 'east'),
      hashLine(dana, 'rep', 'east', 'dana@vendor.com'), hashLine(newToken(), 'rep', 'east', 'lee@vendor.com'),
      hashLine(newToken(), 'rep', 'east', 'eve@vendor.com'), hashLine(newToken(), 'rep', 'west', 'sam@vendor.com')].join('\n') + '\n');
    const server = await h.startServer(undefined, { args: ['--db', db, '--tokens', tokens] });
    try {
      const { context, page, errors } = await openDashboard(browser, server.url);
      await page.locator('#signin-form').waitFor({ state: 'visible', timeout: 20_000 });
      assert.equal(await page.locator('#team').isHidden(), true);
      assert.equal(await page.locator('#reps tbody tr').count(), 0, 'no rows before sign-in');
      await h.screenshot(page, 'dashboard-signin');

      await page.locator('#token').fill('cnd_not-a-valid-token');
      await page.locator('#signin-form button').click();
      await h.until(async () => /not valid/.test(await page.locator('#signin-error').textContent()), { message: 'bad token refused' });
      assert.equal(await page.locator('#team').isHidden(), true);

      await page.locator('#token').fill(leader);
      await page.locator('#signin-form button').click();
      await page.locator('#reps tbody tr').first().waitFor({ timeout: 20_000 });
      assert.deepEqual((await tableReps(page)).sort(), TEAM_EAST, 'the leader sees team east only');
      assert.equal(await page.locator('#signin').isHidden(), true);
      assert.match(await page.locator('#who').textContent(), /Leader · east/);
      const [cookie] = await context.cookies();
      assert.equal(cookie.name, 'candor_session');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      assert.equal(await page.evaluate(() => document.cookie), '', 'the session cookie is out of the page script\'s reach');
      await h.until(async () => (await chartState(page)).painted > 0, { message: 'chart pixels in team mode' });
      await h.screenshot(page, 'dashboard-team');

      // A reload keeps the session; signing out returns to the form.
      await page.reload();
      await page.locator('#reps tbody tr').first().waitFor({ timeout: 20_000 });
      await page.locator('#signout').click();
      await page.locator('#signin-form').waitFor({ state: 'visible' });
      assert.equal(await page.locator('#team').isHidden(), true);
      await page.reload();
      await page.locator('#signin-form').waitFor({ state: 'visible' });

      // A rep sees their own row only.
      await page.locator('#token').fill(dana);
      await page.locator('#signin-form button').click();
      await page.locator('#reps tbody tr').first().waitFor({ timeout: 20_000 });
      assert.deepEqual(await tableReps(page), ['dana@vendor.com']);
      // The one refused sign-in (401 on POST /audit/session) is the only failed request.
      assert.deepEqual(errors.filter((e) => !/status of 401 .*\/audit\/session$/.test(e)), []);
      assert.equal(errors.length, 1, errors.join('\n'));
      await context.close();
    } finally {
      await server.stop();
    }
  });
});
