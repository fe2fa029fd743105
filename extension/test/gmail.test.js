// Candor in Gmail, end to end: Debian's Chromium with the extension as shipped,
// the fixture served at https://mail.google.com/, and the real Candor server.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const BOX = '[aria-label="Message Body"][contenteditable="true"]';
const READ_ONLY = '[aria-label="Message Body"]:not([contenteditable])';
// Words in the draft's own text that the server's rule packs flag (exact spans).
const FLAGGED = ['act now', 'this discount expires at midnight'];

describe('Gmail', () => {
  let server;
  let browser;
  let page;
  let errors;

  before(async () => {
    server = await h.startServer();
    browser = await h.launch();
    await h.configure(browser.sw, { serverUrl: server.url });
    ({ page, errors } = await h.openSite(browser.context, 'gmail'));
    await h.waitStatus(page, 'ok');
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('underlines the flagged words of the draft, coloured by category', async () => {
    const all = await h.underlines(page);
    for (const phrase of FLAGGED) {
      const rects = await h.phraseRects(page, BOX, phrase);
      assert.ok(rects, `fixture lacks "${phrase}"`);
      const under = h.underlinesUnder(all, rects);
      assert.ok(under, `no underline exactly under "${phrase}"; underlines: ${JSON.stringify(all)}`);
      for (const u of under) {
        assert.ok(['pressure', 'overpromise'].includes(u.category), `category ${u.category}`);
        assert.ok(u.type && u.id && u.rule, 'underline carries type, id and rule');
      }
    }
    const colours = new Map(all.map((u) => [u.category, u.color]));
    assert.equal(colours.get('pressure'), 'rgb(217, 72, 15)');
    if (colours.has('overpromise')) assert.equal(colours.get('overpromise'), 'rgb(112, 72, 232)');
    await h.screenshot(page, 'gmail-findings');
  });

  it('never underlines the quoted history, the signature or a read-only message body', async () => {
    const all = await h.underlines(page);
    const keepOut = [];
    for (const sel of [`${BOX} .gmail_quote`, `${BOX} .gmail_signature`, READ_ONLY]) {
      const r = await h.rectOf(page, sel);
      assert.ok(r, `fixture lacks ${sel}`);
      keepOut.push([sel, r]);
    }
    for (const u of all) {
      for (const [sel, r] of keepOut) {
        const line = { left: u.left, right: u.right, top: u.top - 6, bottom: u.top };
        assert.ok(!h.overlaps(line, r), `underline ${u.rule} lies in ${sel}`);
      }
    }
    // The read-only body is left exactly as it was: no attributes or nodes added.
    const html = await page.locator(READ_ONLY).evaluate((e) => e.outerHTML);
    assert.ok(!/candor/i.test(html), 'read-only body untouched');
  });

  it('leaves the draft DOM unchanged while showing findings', async () => {
    const html = await page.locator(BOX).evaluate((e) => e.innerHTML);
    assert.ok(!/candor/i.test(html), 'no Candor markup inside the compose box');
    const mode = await page.evaluate(() => document.querySelector('[data-candor-overlay]').shadowRoot !== null);
    assert.ok(mode, 'overlay in an open shadow root');
  });

  it('follows typing: underlines shift at once and new text gets checked', async () => {
    const before = h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now'));
    assert.ok(before);
    // Type in front of the flagged words: the underline must move with them before any new answer.
    await h.caretAfter(page, BOX, 'Thanks for the questions.');
    await page.keyboard.type(' Good to hear from you again.');
    await h.until(async () => h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now')),
      { timeout: 2000, message: 'underline following "act now" after typing' });
    // New flagged text at the end of the paragraph is underlined after the typing pause.
    await h.caretAfter(page, BOX, 'in the first month.');
    await page.keyboard.type(' This is your last chance to get in.');
    await h.until(async () => h.underlinesUnder(await h.underlines(page),
      await h.phraseRects(page, BOX, 'This is your last chance to get in')),
    { timeout: 20_000, message: 'underline under the newly typed sentence' });
    for (const phrase of FLAGGED) {
      assert.ok(h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, phrase)), `${phrase} still underlined`);
    }
  });

  it('keeps underlines in place when the page scrolls', async () => {
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = 120; });
    await h.until(async () => h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now')),
      { timeout: 3000, message: 'underline after scrolling' });
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = 0; });
    await h.until(async () => h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now')),
      { timeout: 3000, message: 'underline after scrolling back' });
  });

  it('opens a card on click and applies a suggestion as an undoable edit', async () => {
    const phrase = 'this discount expires at midnight';
    const [u] = h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, phrase));
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    const card = page.locator(`[data-candor-card][data-candor-id="${u.id}"]`);
    await card.waitFor();
    assert.ok((await card.textContent()).length > 10, 'card shows a message');
    for (const action of ['dismiss', 'disable-rule', 'report']) {
      assert.equal(await card.locator(`[data-candor-action="${action}"]`).count(), 1, `card has ${action}`);
    }
    await h.screenshot(page, 'gmail-card');
    const apply = card.locator('[data-candor-action="apply"]').first();
    assert.equal(await apply.count(), 1, 'the finding offers a suggestion to apply');
    const suggestion = await apply.textContent();
    const paragraph = page.locator(`${BOX} div[dir="ltr"] > div`).nth(2);
    const before = await paragraph.textContent();
    assert.ok(before.includes(phrase));
    await apply.click();
    await h.until(async () => (await paragraph.textContent()) !== before, { message: 'text to change' });
    assert.equal(await paragraph.textContent(), before.replace(phrase, suggestion));
    // The caret sits right after the inserted text, as after typing it.
    const caret = await page.evaluate(() => {
      const s = getSelection();
      return { collapsed: s.isCollapsed, before: s.anchorNode.data?.slice(0, s.anchorOffset) ?? '' };
    });
    assert.ok(caret.collapsed && caret.before.endsWith(suggestion), `caret after the suggestion: ${JSON.stringify(caret)}`);
    // Undo brings the original words back.
    await page.keyboard.press('Control+z');
    await h.until(async () => (await paragraph.textContent()) === before, { message: 'undo to restore the text' });
  });

  it('reports a false alarm to the server', async () => {
    const [u] = h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'act now'));
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    const card = page.locator('[data-candor-card]');
    await card.locator('[data-candor-action="report"]').click();
    await h.until(async () => /reported/i.test(await card.textContent()), { message: 'report confirmation' });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('dismisses one finding and remembers it across a reload', async () => {
    await h.waitStatus(page, 'ok');
    const rects = await h.phraseRects(page, BOX, 'act now');
    const [u] = await h.until(async () => h.underlinesUnder(await h.underlines(page), rects), { message: 'underline' });
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    await page.locator('[data-candor-card] [data-candor-action="dismiss"]').click();
    await h.until(async () => (await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).count()) === 0,
      { message: 'dismissed underline to go' });
    const stored = await browser.sw.evaluate(() => chrome.storage.local.get('dismissed'));
    assert.ok(stored.dismissed?.[u.id], 'dismissal stored in extension storage');

    await page.reload();
    await h.waitStatus(page, 'ok');
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).count(), 0, 'still dismissed after reload');
    assert.ok(h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'this discount expires at midnight')),
      'other findings still shown');
  });

  it('lists the buyer\'s unanswered questions and shows the sentence on click', async () => {
    const items = page.locator('[data-candor-panel] [data-candor-unanswered]');
    await items.first().waitFor({ timeout: 20_000 });
    const texts = await items.allTextContents();
    assert.ok(texts.some((t) => /40 seats|price/i.test(t)), `pricing question listed: ${JSON.stringify(texts)}`);
    const buyer = await h.rectOf(page, '.a3s');
    await items.first().click();
    const hl = page.locator('[data-candor-highlight]').first();
    await hl.waitFor();
    const r = await hl.evaluate((e) => e.getBoundingClientRect().toJSON());
    const now = await h.rectOf(page, '.a3s');
    assert.ok(h.overlaps(r, now), `highlight inside the buyer's message (${JSON.stringify(r)} vs ${JSON.stringify(now)}, was ${JSON.stringify(buyer)})`);
    await h.screenshot(page, 'gmail-unanswered');
  });

  it('checks a compose window that opens later, next to the first one', async () => {
    await page.evaluate(() => {
      const dlg = document.createElement('div');
      dlg.setAttribute('role', 'dialog');
      dlg.setAttribute('aria-label', 'New Message');
      const hd = document.createElement('div');
      hd.className = 'hd';
      hd.textContent = 'New Message';
      const form = document.createElement('form');
      const subject = document.createElement('input');
      subject.name = 'subjectbox';
      subject.value = 'Quick follow-up';
      subject.setAttribute('aria-label', 'Subject');
      form.append(subject);
      const body = document.createElement('div');
      body.className = 'Am Al editable';
      body.setAttribute('aria-label', 'Message Body');
      body.setAttribute('g_editable', 'true');
      body.setAttribute('role', 'textbox');
      body.setAttribute('contenteditable', 'true');
      body.id = 'later-compose';
      const line = document.createElement('div');
      line.textContent = 'Hi Sam, this is your last chance to get in on the pilot.';
      body.append(line);
      dlg.append(hd, form, body);
      document.body.append(dlg);
    });
    await page.locator('[data-candor-panel]').nth(1).waitFor({ timeout: 10_000 });
    await h.until(async () => h.underlinesUnder(await h.underlines(page),
      await h.phraseRects(page, '#later-compose', 'this is your last chance to get in')),
    { timeout: 20_000, message: 'underline in the later compose window' });
    assert.ok(h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, BOX, 'this discount expires at midnight')),
      'first box still underlined');
    await h.screenshot(page, 'gmail-two-boxes');
    // Closing the window removes its panel and underlines.
    await page.evaluate(() => document.querySelector('[role="dialog"]').remove());
    await h.until(async () => (await page.locator('[data-candor-panel]').count()) === 1, { message: 'panel removed' });
  });

  it('service worker: a newer request for a box cancels the older, and unchanged text is not re-sent', async () => {
    const out = await browser.sw.evaluate(async () => {
      const sender = { tab: { id: 4242 }, frameId: 0 };
      const msg = (text) => ({ type: 'analyze', key: 'probe', payload: { draft: { text }, thread: [] } });
      const first = analyze(msg('You need to act now, before Friday.'), sender);
      const second = analyze(msg('You need to act now, before Monday.'), sender);
      const [a, b] = [await first, await second];
      const again = await analyze(msg('You need to act now, before Monday.'), sender);
      return { a, b, again };
    });
    assert.equal(out.a.cancelled, true, 'older request cancelled');
    assert.equal(out.b.ok, true);
    assert.ok(out.b.result.findings.length > 0);
    assert.equal(out.again.cached, true, 'same text answered from cache');
    assert.deepEqual(out.again.result, out.b.result);
  });

  it('throws no errors into the page', () => {
    assert.deepEqual(errors, []);
  });
});
