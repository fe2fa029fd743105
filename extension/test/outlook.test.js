// Candor in Outlook on the web, end to end: the fixture served at
// https://outlook.office.com/ (and outlook.live.com), the real Candor server.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const BOX = '[contenteditable="true"][role="textbox"]';
const READ_ONLY = '[role="document"][aria-label="Message body"]';
const FLAGGED = ['act now', 'this discount expires at midnight'];

describe('Outlook on the web', () => {
  let server;
  let browser;
  let page;
  let errors;

  before(async () => {
    server = await h.startServer();
    browser = await h.launch();
    await h.configure(browser.sw, { serverUrl: server.url });
    ({ page, errors } = await h.openSite(browser.context, 'outlook'));
    await h.waitStatus(page, 'ok');
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('underlines the flagged words of the draft', async () => {
    const all = await h.underlines(page);
    for (const phrase of FLAGGED) {
      const under = h.underlinesUnder(all, await h.phraseRects(page, BOX, phrase));
      assert.ok(under, `no underline exactly under "${phrase}"; underlines: ${JSON.stringify(all)}`);
    }
    await h.screenshot(page, 'outlook-findings');
  });

  it('never underlines the signature, the quoted reply or the read-only bodies', async () => {
    const all = await h.underlines(page);
    const zones = [];
    for (const sel of [`${BOX} #Signature`, `${BOX} #divRplyFwdMsg`, `${BOX} #divRplyFwdMsg + div`]) {
      zones.push([sel, await h.rectOf(page, sel)]);
    }
    const bodies = await page.locator(READ_ONLY).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    assert.equal(bodies.length, 2);
    bodies.forEach((r, i) => zones.push([`read-only body ${i}`, r]));
    for (const u of all) {
      for (const [sel, r] of zones) {
        assert.ok(r, `fixture lacks ${sel}`);
        assert.ok(!h.overlaps({ left: u.left, right: u.right, top: u.top - 6, bottom: u.top }, r), `underline ${u.rule} in ${sel}`);
      }
    }
    const html = await page.locator(READ_ONLY).evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
    assert.ok(!/candor/i.test(html), 'read-only bodies untouched');
  });

  it('lists the buyer\'s unanswered questions and highlights the sentence on click', async () => {
    // The reading pane leaves no room beside the box: the panel starts as a collapsed pill.
    assert.equal(await page.locator('[data-candor-panel]').getAttribute('data-collapsed'), 'true');
    await h.openPanel(page);
    const items = page.locator('[data-candor-panel] [data-candor-unanswered]');
    await items.first().waitFor({ timeout: 20_000 });
    const texts = await items.allTextContents();
    assert.ok(texts.some((t) => /40 seats|price/i.test(t)), `pricing question listed: ${JSON.stringify(texts)}`);
    await items.first().click();
    const hl = page.locator('[data-candor-highlight]').first();
    await hl.waitFor();
    const r = await hl.evaluate((e) => e.getBoundingClientRect().toJSON());
    const buyer = await h.rectOf(page, READ_ONLY);
    assert.ok(h.overlaps(r, buyer), 'highlight inside the buyer\'s message');
    await h.screenshot(page, 'outlook-unanswered');
  });

  it('turns a rule off from the card', async () => {
    const [u] = h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now'));
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    await page.locator('[data-candor-card] [data-candor-action="disable-rule"]').click();
    await h.until(async () => (await page.locator(`[data-candor-underline][data-candor-rule="${u.rule}"]`).count()) === 0,
      { message: 'rule underlines to go' });
    const { disabledRules } = await browser.sw.evaluate(() => chrome.storage.sync.get('disabledRules'));
    assert.deepEqual(disabledRules, [u.rule]);
    await browser.sw.evaluate(() => chrome.storage.sync.set({ disabledRules: [] }));
    await page.locator(`[data-candor-underline][data-candor-rule="${u.rule}"]`).first().waitFor({ timeout: 10_000 });
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
