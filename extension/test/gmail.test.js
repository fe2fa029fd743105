// Candor in Gmail, end to end: Debian's Chromium with the extension as shipped,
// the fixture served at https://mail.google.com/, and the real Candor server.
// Which words are flagged is the server's business: the tests ask it directly
// (serverFindings) and check that the extension puts each finding in the right place.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const BOX = '[aria-label="Message Body"][contenteditable="true"]';
const PARAGRAPH = `${BOX} div[dir="ltr"] > div:nth-child(3)`; // the draft's own flagged paragraph
const READ_ONLY = '[aria-label="Message Body"]:not([contenteditable])';
const NOT_OWN = { signature: `${BOX} .gmail_signature`, quote: `${BOX} .gmail_quote blockquote`, 'read-only body': READ_ONLY };

describe('Gmail', () => {
  let server;
  let browser;
  let page;
  let errors;
  let requests;

  const text = (sel) => page.locator(sel).first().evaluate((e) => e.innerText);
  const underlineFor = async (phrase, root = BOX) =>
    h.underlinesUnder(await h.underlines(page), await h.phraseRects(page, root, phrase));
  const waitUnderline = (phrase, root = BOX, timeout = 20_000) =>
    h.until(() => underlineFor(phrase, root), { timeout, message: `underline under "${phrase}"` });

  before(async () => {
    server = await h.startServer();
    browser = await h.launch();
    await h.configure(browser.sw, { serverUrl: server.url });
    requests = await h.watchAnalyze(browser.context, server.url);
    ({ page, errors } = await h.openSite(browser.context, 'gmail'));
    await h.waitStatus(page, 'ok');
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('underlines exactly the words the server flags, coloured by category', async () => {
    const expected = await h.serverFindings(server.url, await text(PARAGRAPH));
    assert.ok(expected.some((f) => f.category === 'pressure'), 'fixture paragraph has a pressure finding');
    assert.ok(expected.some((f) => f.category === 'overpromise'), 'fixture paragraph has an overpromise finding');
    for (const f of expected) {
      const under = await waitUnderline(f.text, BOX, 5000);
      for (const u of under) {
        assert.equal(u.category, f.category);
        assert.equal(u.type, f.type);
        assert.equal(u.rule, f.rule);
        assert.ok(u.id, 'underline carries the finding id');
      }
    }
    const colours = new Map((await h.underlines(page)).map((u) => [u.category, u.color]));
    assert.equal(colours.get('pressure'), 'rgb(217, 72, 15)');
    assert.equal(colours.get('overpromise'), 'rgb(112, 72, 232)');
    await h.screenshot(page, 'gmail-findings');
  });

  it('sends the draft\'s own text and the visible thread, with sides and dates', () => {
    const { body } = requests[0];
    assert.deepEqual(body.draft, {
      text: 'Hi Lee,\n\nThanks for the questions. Heads up: this discount expires at midnight. We guarantee you will never have downtime.\n\nBest,\nDana',
      from: 'dana@vendor.com',
      subject: 'Re: Pricing for 40 seats',
    });
    assert.deepEqual(body.thread, [
      {
        from: 'Lee Park <lee@acme.io>',
        role: 'customer',
        date: new Date('2026-03-03T16:41:00').toISOString(),
        text: 'Hi Dana,\n\nThanks for the demo on Monday. What would the price be for 40 seats on the annual plan? Does the tool support single sign-on with Okta?\n\nWe are also worried about how long the migration from our current CRM would take.\n\nLee',
      },
      {
        from: 'Dana Kim <dana@vendor.com>',
        role: 'rep',
        date: new Date('2026-03-04T09:12:00').toISOString(),
        text: 'Hi Lee, quick note before the full answer: this discount expires at midnight, so please act now.\n\nDana',
      },
    ]);
  });

  it('never underlines the quoted history, the signature or a read-only message body', async () => {
    const all = await h.underlines(page);
    assert.ok(all.length > 0);
    for (const [what, sel] of Object.entries(NOT_OWN)) {
      // Control: this text would be flagged if it were sent as the draft.
      const wouldFlag = await h.serverFindings(server.url, await text(sel));
      assert.ok(wouldFlag.length > 0, `the ${what} holds text the server flags`);
      const r = await h.rectOf(page, sel);
      for (const u of all) {
        assert.ok(!h.overlaps({ left: u.left, right: u.right, top: u.top - 6, bottom: u.top }, r), `underline ${u.rule} in the ${what}`);
      }
    }
    const html = await page.locator(READ_ONLY).evaluate((e) => e.outerHTML);
    assert.ok(!/candor/i.test(html), 'read-only body untouched');
  });

  it('leaves the draft DOM alone and draws in an open shadow root', async () => {
    const html = await page.locator(BOX).evaluate((e) => e.innerHTML);
    assert.ok(!/candor/i.test(html), 'no Candor markup inside the compose box');
    assert.ok(await page.evaluate(() => document.querySelector('[data-candor-overlay]').shadowRoot !== null));
  });

  it('follows typing: underlines move at once, and new text is checked after the pause', async () => {
    const [first] = await h.serverFindings(server.url, await text(PARAGRAPH));
    await waitUnderline(first.text);
    await h.caretAfter(page, BOX, 'Thanks for the questions.');
    await page.keyboard.type(' Good to hear from you again.');
    // Well inside the 400 ms pause: the underline has already moved with its words.
    await waitUnderline(first.text, BOX, 350);
    await h.caretAfter(page, BOX, 'never have downtime.');
    await page.keyboard.type(' This is your last chance to get in.');
    const now = await h.serverFindings(server.url, await text(PARAGRAPH));
    const added = now.find((f) => /last chance/i.test(f.text));
    assert.ok(added, `server flags the typed sentence: ${JSON.stringify(now.map((f) => f.text))}`);
    for (const f of now) await waitUnderline(f.text);
    // Characters outside the BMP before a finding: offsets are UTF-16 units on both sides.
    await h.caretAfter(page, BOX, 'Thanks for the questions.');
    await page.keyboard.type(' 🤝🏽');
    await h.until(() => requests.some((r) => r.body.draft.text.includes('🤝🏽')), { message: 'a request with the emoji' });
    await h.waitStatus(page, 'ok');
    const sent = requests.filter((r) => r.body.draft.text.includes('🤝🏽')).pop().body.draft.text;
    for (const f of await h.serverFindings(server.url, sent)) await waitUnderline(f.text);
  });

  it('keeps underlines in place when the page scrolls or the window resizes', async () => {
    const [f] = await h.serverFindings(server.url, await text(PARAGRAPH));
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = 150; });
    await waitUnderline(f.text, BOX, 3000);
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = 0; });
    await waitUnderline(f.text, BOX, 3000);
    await page.setViewportSize({ width: 1000, height: 700 });
    await waitUnderline(f.text, BOX, 3000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitUnderline(f.text, BOX, 3000);
  });

  it('opens a card on click and applies a suggestion as an undoable edit', async () => {
    const before = await text(PARAGRAPH);
    const f = (await h.serverFindings(server.url, before)).find((x) => x.category === 'pressure' && x.suggestions?.length);
    assert.ok(f, 'a pressure finding with a suggestion');
    const [u] = await waitUnderline(f.text);
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    const card = page.locator(`[data-candor-card][data-candor-id="${u.id}"]`);
    await card.waitFor();
    assert.ok((await card.textContent()).includes(f.message));
    for (const action of ['dismiss', 'disable-rule', 'report']) {
      assert.equal(await card.locator(`[data-candor-action="${action}"]`).count(), 1, `card has ${action}`);
    }
    await h.screenshot(page, 'gmail-card');
    const apply = card.locator('[data-candor-action="apply"]').first();
    assert.equal(await apply.textContent(), f.suggestions[0]);
    await apply.click();
    await h.until(async () => (await text(PARAGRAPH)) !== before, { message: 'text to change' });
    assert.equal(await text(PARAGRAPH), before.replace(f.text, f.suggestions[0]));
    // The caret sits right after the inserted text, as after typing it.
    const caret = await page.evaluate(() => {
      const s = getSelection();
      return { collapsed: s.isCollapsed, before: s.anchorNode.data?.slice(0, s.anchorOffset) ?? '' };
    });
    assert.ok(caret.collapsed && caret.before.endsWith(f.suggestions[0]), `caret after the suggestion: ${JSON.stringify(caret)}`);
    // Undo brings the original words back, and their underline with them.
    await page.keyboard.press('Control+z');
    await h.until(async () => (await text(PARAGRAPH)) === before, { message: 'undo to restore the text' });
    await waitUnderline(f.text);
  });

  it('reports a false alarm to the server', async () => {
    const reports = [];
    const watch = (route) => {
      reports.push(JSON.parse(route.request().postData()));
      return route.continue();
    };
    await browser.context.route(`${server.url}/v1/feedback`, watch);
    const [f] = await h.serverFindings(server.url, await text(PARAGRAPH));
    const [u] = await waitUnderline(f.text);
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    const card = page.locator('[data-candor-card]');
    await card.locator('[data-candor-action="report"]').click();
    await h.until(async () => /reported as a false alarm/i.test(await card.textContent()), { message: 'report confirmation' });
    await browser.context.unroute(`${server.url}/v1/feedback`, watch);
    assert.equal(reports.length, 1);
    assert.deepEqual(Object.keys(reports[0]).sort(), ['id', 'rule', 'sentence', 'text']);
    assert.equal(reports[0].id, u.id);
    assert.equal(reports[0].rule, f.rule);
    assert.equal(reports[0].text, f.text);
    assert.ok(reports[0].sentence.includes(f.text) && reports[0].sentence.length > f.text.length - 1, reports[0].sentence);
    assert.ok(!reports[0].sentence.includes('\n'), 'one sentence');
    // The server kept it.
    const fs = require('node:fs');
    const kept = await h.until(() => fs.existsSync(server.feedbackFile)
      && fs.readFileSync(server.feedbackFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
        .find((r) => r.id === u.id), { timeout: 5000, message: 'report in the server\'s feedback file' });
    assert.equal(kept.sentence, reports[0].sentence);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('dismisses one finding and remembers it across a reload', async () => {
    const found = await h.serverFindings(server.url, await text(PARAGRAPH));
    const gone = found.find((f) => f.category === 'pressure');
    const kept = found.find((f) => f.category === 'overpromise');
    const [u] = await waitUnderline(gone.text);
    await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).first().click();
    await page.locator('[data-candor-card] [data-candor-action="dismiss"]').click();
    await h.until(async () => (await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).count()) === 0,
      { message: 'dismissed underline to go' });
    const stored = await browser.sw.evaluate(() => chrome.storage.local.get('dismissed'));
    assert.ok(stored.dismissed?.[u.id], 'dismissal stored in extension storage');

    await page.reload();
    await h.waitStatus(page, 'ok');
    await waitUnderline(kept.text);
    assert.equal(await page.locator(`[data-candor-underline][data-candor-id="${u.id}"]`).count(), 0, 'still dismissed after reload');
    assert.equal(await underlineFor(gone.text), null);
  });

  it('lists the buyer\'s unanswered questions and shows the sentence on click', async () => {
    const items = page.locator('[data-candor-panel] [data-candor-unanswered]');
    await items.first().waitFor({ timeout: 20_000 });
    const texts = await items.allTextContents();
    const i = texts.findIndex((t) => /40 seats/i.test(t));
    assert.ok(i >= 0, `pricing question listed: ${JSON.stringify(texts)}`);
    // Most likely open first, by the server's confidence; under even odds an item says it is unsure.
    const shown = await items.evaluateAll((bs) => bs.map((b) => ({
      confidence: Number(b.getAttribute('data-candor-confidence')), unsure: !!b.querySelector('.unsure'),
    })));
    assert.ok(shown.length >= 2, `the fixture's buyer asks several things: ${JSON.stringify(shown)}`);
    for (const [k, s] of shown.entries()) {
      assert.ok(s.confidence > 0 && s.confidence < 1, `item ${k} carries the server's confidence: ${JSON.stringify(shown)}`);
      if (k > 0) assert.ok(s.confidence <= shown[k - 1].confidence, `ordered by confidence: ${JSON.stringify(shown)}`);
      assert.equal(s.unsure, s.confidence < 0.5, `unsure mark follows the confidence: ${JSON.stringify(shown)}`);
    }
    // Scroll the conversation so the buyer's message is out of view; the click brings it back.
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = e.scrollHeight; });
    const away = await h.phraseRects(page, '.a3s', 'What would the price be for 40 seats on the annual plan?');
    assert.ok(away[0].bottom < 0, 'buyer sentence scrolled out of view');
    await items.nth(i).click();
    const hl = page.locator('[data-candor-highlight]').first();
    await hl.waitFor();
    await h.until(async () => {
      const r = await hl.evaluate((e) => e.getBoundingClientRect().toJSON());
      const sentence = await h.phraseRects(page, '.a3s', 'What would the price be for 40 seats on the annual plan?');
      return r.top >= 0 && r.bottom <= 800 && sentence.some((s) => Math.abs(s.left - r.left) < 3 && Math.abs(s.top - r.top) < 3);
    }, { timeout: 3000, message: 'highlight over the buyer\'s sentence, in view' });
    await h.screenshot(page, 'gmail-unanswered');
    // A message that is no longer shown (collapsed) cannot be revealed: the item says so.
    await page.locator('.a3s').first().evaluate((e) => { e.style.display = 'none'; });
    await items.nth(i).click();
    await h.until(async () => /not shown/i.test(await items.nth(i).textContent()), { message: 'not-shown note' });
    await page.locator('.a3s').first().evaluate((e) => { e.style.display = ''; });
    await page.locator('[role="main"]').evaluate((e) => { e.scrollTop = 0; });
  });

  it('lists the server\'s thread insights, and clicking one without a span is harmless', async () => {
    const items = page.locator('[data-candor-panel] [data-candor-insight]');
    await items.first().waitFor({ timeout: 20_000 });
    const types = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-candor-insight')));
    // One buyer wrote in this thread, so the server reports too few stakeholders; budget never came up.
    assert.ok(types.includes('stakeholders'), JSON.stringify(types));
    assert.ok(types.includes('money'), JSON.stringify(types));
    const i = types.indexOf('stakeholders');
    assert.ok((await items.nth(i).textContent()).length > 20, 'insight shows its detail');
    await items.nth(i).click();
  });

  it('checks a compose window that opens later, next to the first one', async () => {
    const line = 'Hi Sam, this is your last chance to get in on the pilot.';
    await page.evaluate((t) => {
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
      body.id = 'later-compose';
      for (const [k, v] of Object.entries({ 'aria-label': 'Message Body', g_editable: 'true', role: 'textbox', contenteditable: 'true' })) {
        body.setAttribute(k, v);
      }
      const div = document.createElement('div');
      div.textContent = t;
      body.append(div);
      dlg.append(hd, form, body);
      document.body.append(dlg);
    }, line);
    await page.locator('[data-candor-panel]').nth(1).waitFor({ timeout: 10_000 });
    const [f] = await h.serverFindings(server.url, line);
    assert.ok(f, 'server flags the new window\'s text');
    await waitUnderline(f.text, '#later-compose');
    const [kept] = (await h.serverFindings(server.url, await text(PARAGRAPH))).filter((x) => x.category === 'overpromise');
    await waitUnderline(kept.text, BOX, 3000);
    // Neither box's panel is drawn over the other compose window.
    const dialog = await h.rectOf(page, '[role="dialog"]');
    const first = await page.locator('[data-candor-panel]').nth(0).evaluate((e) => e.getBoundingClientRect().toJSON());
    assert.ok(!h.overlaps(first, dialog), `first panel clear of the new window: ${JSON.stringify(first)} vs ${JSON.stringify(dialog)}`);
    // Typing a subject re-checks the draft: subject findings are listed in that window's panel.
    await page.locator('[role="dialog"] input[name="subjectbox"]').fill('Last chance: this discount expires at midnight');
    const second = await h.openPanel(page, 1);
    await second.locator('[data-candor-subject-finding]').first().waitFor({ timeout: 20_000 });
    assert.match(await second.locator('[data-candor-subject-finding]').first().textContent(), /Last chance|expires at midnight/);
    await h.screenshot(page, 'gmail-two-boxes');
    // Closing the window removes its panel and underlines.
    await page.evaluate(() => document.querySelector('[role="dialog"]').remove());
    await h.until(async () => (await page.locator('[data-candor-panel]').count()) === 1, { message: 'panel removed' });
    assert.equal(await underlineFor(f.text, BOX), null);
  });

  it('service worker: a newer request for a box cancels the older, and unchanged text is not re-sent', async () => {
    const out = await browser.sw.evaluate(async () => {
      const sender = { tab: { id: 4242 }, frameId: 0 };
      const msg = (t) => ({ type: 'analyze', key: 'probe', payload: { draft: { text: t }, thread: [] } });
      const first = analyze(msg('Heads up: this discount expires at midnight.'), sender);
      const second = analyze(msg('Heads up: this discount expires at noon tomorrow.'), sender);
      const [a, b] = [await first, await second];
      const again = await analyze(msg('Heads up: this discount expires at noon tomorrow.'), sender);
      return { a, b, again };
    });
    assert.equal(out.a.cancelled, true, 'older request cancelled');
    assert.equal(out.b.ok, true);
    assert.equal(out.again.cached, true, 'same text answered from cache');
    assert.deepEqual(out.again.result, out.b.result);
  });

  it('sends the API token from the options as a Bearer header', async () => {
    assert.ok(requests.every((r) => r.authorization === ''), 'no token, no header');
    await h.configure(browser.sw, { token: 'candor-test-token' });
    await h.caretAfter(page, BOX, 'never have downtime.');
    await page.keyboard.type(' Thanks again.');
    await h.until(() => requests.some((r) => r.authorization === 'Bearer candor-test-token'),
      { timeout: 10_000, message: 'an analyze request with the token' });
    await h.configure(browser.sw, { token: '' });
  });

  it('sends a quote the rep answers under as "> " lines, and the server ties the answer to it', async () => {
    const question = 'What would the price be for 40 seats on the annual plan?';
    const answer = 'That comes to $2,400 a year, all in.';
    await page.evaluate(([q, a]) => {
      const own = document.querySelector('[aria-label="Message Body"][contenteditable="true"] div[dir="ltr"]');
      const quote = document.createElement('blockquote');
      quote.className = 'gmail_quote';
      quote.textContent = q;
      const reply = document.createElement('div');
      reply.textContent = a;
      own.append(quote, reply);
    }, [question, answer]);
    const sent = await h.until(() => requests.map((r) => r.body).find((b) => b?.draft?.text?.includes(`> ${question}`)),
      { timeout: 20_000, message: 'a draft sent with the quoted question' });
    assert.ok(sent.draft.text.endsWith(`\n> ${question}\n${answer}`), sent.draft.text);
    // The history under the reply is still not sent.
    assert.ok(!sent.draft.text.includes('Your rep told us to act now'), sent.draft.text);
    // Asked with exactly what was sent, the server lists the price question without the quote and not with it.
    const unanswered = async (body) => (await (await fetch(`${server.url}/v1/analyze`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    })).json()).unanswered.map((u) => u.text);
    assert.ok(!(await unanswered(sent)).some((t) => t.includes('40 seats')), 'answered under its quote');
    const unquoted = { ...sent, draft: { ...sent.draft, text: sent.draft.text.replace(`> ${question}\n`, '') } };
    assert.ok((await unanswered(unquoted)).some((t) => t.includes('40 seats')), 'the same words without the quote');
  });

  it('throws no errors into the page', () => {
    assert.deepEqual(errors, []);
  });
});
