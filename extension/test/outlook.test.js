// Candor in Outlook on the web, end to end: the fixture served at
// https://outlook.office.com/ (and outlook.live.com), the real Candor server.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const BOX = '[contenteditable="true"][role="textbox"]';
const PARAGRAPH = `${BOX} > div:nth-child(3)`;
const READ_ONLY = '[role="document"][aria-label="Message body"]';
const NOT_OWN = { signature: `${BOX} #Signature`, 'reply header': `${BOX} #divRplyFwdMsg`, 'quoted text': `${BOX} #divRplyFwdMsg + div` };

describe('Outlook on the web', () => {
  let server;
  let browser;
  let page;
  let errors;
  let requests;

  const text = (sel) => page.locator(sel).first().evaluate((e) => e.innerText);
  const underlineFor = async (phrase, p = page) =>
    h.underlinesUnder(await h.underlines(p), await h.phraseRects(p, BOX, phrase));
  const waitUnderline = (phrase, p = page, timeout = 20_000) =>
    h.until(() => underlineFor(phrase, p), { timeout, message: `underline under "${phrase}"` });

  before(async () => {
    server = await h.startServer();
    browser = await h.launch();
    await h.configure(browser.sw, { serverUrl: server.url });
    requests = await h.watchAnalyze(browser.context, server.url);
    ({ page, errors } = await h.openSite(browser.context, 'outlook'));
    await h.waitStatus(page, 'ok');
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('underlines exactly the words the server flags', async () => {
    const expected = await h.serverFindings(server.url, await text(PARAGRAPH));
    assert.ok(expected.length >= 2, 'fixture paragraph has findings');
    for (const f of expected) {
      const under = await waitUnderline(f.text, page, 5000);
      assert.ok(under.every((u) => u.rule === f.rule && u.category === f.category && u.type === f.type));
    }
    await h.screenshot(page, 'outlook-findings');
  });

  it('sends the draft\'s own text and the visible thread, with sides and dates', () => {
    const { body } = requests[0];
    assert.deepEqual(body.draft, {
      text: 'Hi Lee,\n\nThanks for the questions. Heads up: this discount expires at midnight. We guarantee you will never have downtime.\n\nBest,\nDana',
      from: 'Dana Kim <dana@vendor.com>',
      subject: 'Re: Pricing for 40 seats',
    });
    assert.deepEqual(body.thread.map((m) => [m.from, m.role, m.date]), [
      ['Lee Park <lee@acme.io>', 'customer', new Date('2026-03-03T16:41:00').toISOString()],
      ['Dana Kim <dana@vendor.com>', 'rep', new Date('2026-03-04T09:12:00').toISOString()],
    ]);
    assert.equal(body.thread[0].text, 'Hi Dana,\nThanks for the demo on Monday. What would the price be for 40 seats on the annual plan? Does the tool support single sign-on with Okta?\nWe are also worried about how long the migration from our current CRM would take.\nLee');
  });

  it('never underlines the signature, the quoted reply or the read-only bodies', async () => {
    const all = await h.underlines(page);
    const zones = [];
    for (const [what, sel] of Object.entries(NOT_OWN)) {
      const t = await text(sel);
      if (what !== 'reply header') {
        assert.ok((await h.serverFindings(server.url, t)).length > 0, `the ${what} holds text the server flags`);
      }
      zones.push([what, await h.rectOf(page, sel)]);
    }
    const bodies = await page.locator(READ_ONLY).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    assert.equal(bodies.length, 2);
    assert.ok((await h.serverFindings(server.url, await page.locator(READ_ONLY).nth(1).innerText())).length > 0,
      'a read-only body holds text the server flags');
    bodies.forEach((r, i) => zones.push([`read-only body ${i}`, r]));
    for (const u of all) {
      for (const [what, r] of zones) {
        assert.ok(r, `fixture lacks the ${what}`);
        assert.ok(!h.overlaps({ left: u.left, right: u.right, top: u.top - 6, bottom: u.top }, r), `underline ${u.rule} in the ${what}`);
      }
    }
    const html = await page.locator(READ_ONLY).evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
    assert.ok(!/candor/i.test(html), 'read-only bodies untouched');
  });

  it('lists the buyer\'s unanswered questions and highlights the sentence on click', async () => {
    // The reading pane leaves no room beside the box: the panel starts as a collapsed pill.
    assert.equal(await page.locator('[data-candor-panel]').getAttribute('data-collapsed'), 'true');
    await h.screenshot(page, 'outlook-collapsed-panel');
    await h.openPanel(page);
    const items = page.locator('[data-candor-panel] [data-candor-unanswered]');
    await items.first().waitFor({ timeout: 20_000 });
    const texts = await items.allTextContents();
    const i = texts.findIndex((t) => /40 seats/i.test(t));
    assert.ok(i >= 0, `pricing question listed: ${JSON.stringify(texts)}`);
    await items.nth(i).click();
    const hl = page.locator('[data-candor-highlight]').first();
    await hl.waitFor();
    const r = await hl.evaluate((e) => e.getBoundingClientRect().toJSON());
    const sentence = await h.phraseRects(page, READ_ONLY, 'What would the price be for 40 seats on the annual plan?');
    assert.ok(sentence && sentence.some((s) => Math.abs(s.left - r.left) < 3 && Math.abs(s.top - r.top) < 3),
      `highlight over the buyer's sentence: ${JSON.stringify(r)} vs ${JSON.stringify(sentence)}`);
    await h.screenshot(page, 'outlook-unanswered');
    // Working in the draft again folds the pill panel off the text.
    await page.locator(BOX).click({ position: { x: 10, y: 5 } });
    await h.until(async () => (await page.locator('[data-candor-panel]').getAttribute('data-collapsed')) === 'true',
      { message: 'panel to fold' });
  });

  it('opens the card when the pointer rests on underlined words', async () => {
    const [f] = await h.serverFindings(server.url, await text(PARAGRAPH));
    await waitUnderline(f.text);
    const [r] = await h.phraseRects(page, BOX, f.text);
    await page.mouse.move(r.left + 5, r.top + 4);
    await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 3 });
    const card = page.locator('[data-candor-card]');
    await card.waitFor({ timeout: 3000 });
    assert.ok((await card.textContent()).includes(f.message));
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('turns a rule off from the card, and back on from storage', async () => {
    const [f] = await h.serverFindings(server.url, await text(PARAGRAPH));
    const [u] = await waitUnderline(f.text);
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    await page.locator('[data-candor-card] [data-candor-action="disable-rule"]').click();
    await h.until(async () => (await page.locator(`[data-candor-underline][data-candor-rule="${u.rule}"]`).count()) === 0,
      { message: 'rule underlines to go' });
    const { disabledRules } = await browser.sw.evaluate(() => chrome.storage.sync.get('disabledRules'));
    assert.deepEqual(disabledRules, [u.rule]);
    await browser.sw.evaluate(() => chrome.storage.sync.set({ disabledRules: [] }));
    await waitUnderline(f.text, page, 10_000);
  });

  it('runs on outlook.live.com too', async () => {
    const live = await browser.context.newPage();
    await live.goto(h.SITES.outlookLive.url);
    await h.waitStatus(live, 'ok');
    await live.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
    await live.close();
  });

  it('can be switched off for the site from the options', async () => {
    await h.configure(browser.sw, { sites: { gmail: true, outlook: false } });
    await h.until(async () => (await page.locator('[data-candor-panel]').count()) === 0, { message: 'panel to go' });
    assert.equal(await page.locator('[data-candor-underline]').count(), 0);
    await h.configure(browser.sw, { sites: { gmail: true, outlook: true } });
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
  });

  it('throws no errors into the page', () => {
    assert.deepEqual(errors, []);
  });
});
