// Candor with its server down: a quiet offline state, no errors in the page, and
// checks resume by themselves once the real server answers on that address.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const BOX = '[aria-label="Message Body"][contenteditable="true"]';

describe('server unreachable', () => {
  let browser;
  let server;
  let port;

  before(async () => {
    port = await h.freePort(); // nothing listens here yet
    browser = await h.launch();
    await h.configure(browser.sw, { serverUrl: `http://127.0.0.1:${port}` });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a quiet offline state and throws nothing into the page', async () => {
    const { page, errors } = await h.openSite(browser.context, 'gmail');
    await h.waitStatus(page, 'offline', 15_000);
    assert.equal(await page.locator('[data-candor-underline]').count(), 0);
    await h.caretAfter(page, BOX, 'never have downtime.');
    await page.keyboard.type(' More text while offline.');
    await page.waitForTimeout(1200);
    await h.waitStatus(page, 'offline', 5000);
    await h.screenshot(page, 'gmail-offline');
    assert.deepEqual(errors, []);

    const outlook = await h.openSite(browser.context, 'outlook');
    await h.waitStatus(outlook.page, 'offline', 15_000);
    assert.deepEqual(outlook.errors, []);
    await outlook.page.close();

    // The options page's connection test says so too.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
    await options.locator('#test').click();
    await h.until(async () => /unreachable/i.test(await options.locator('#status').textContent()), { message: 'options status' });
    await options.close();

    // Once the server is up on that address, the next edit is checked.
    server = await h.startServer(port);
    await page.keyboard.type(' Back online.');
    await h.waitStatus(page, 'ok', 20_000);
    await page.locator('[data-candor-underline]').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(errors, []);
  });

  it('options page saves the server URL, token and sites, and refuses a non-http address', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
    await options.locator('#serverUrl').fill('ftp://example.test');
    await options.locator('#save').click();
    await h.until(async () => /http/.test(await options.locator('#status').textContent()), { message: 'validation message' });
    await options.locator('#serverUrl').fill(`http://localhost:${port}/`);
    await options.locator('#token').fill('s3cret');
    await options.locator('#site-outlook').uncheck();
    await options.locator('#save').click();
    await h.until(async () => (await options.locator('#status').textContent()) === 'Saved.', { message: 'saved' });
    const stored = await browser.sw.evaluate(() => chrome.storage.sync.get(['serverUrl', 'token', 'sites']));
    assert.deepEqual(stored, { serverUrl: `http://localhost:${port}`, token: 's3cret', sites: { gmail: true, outlook: false } });
    await options.close();
  });
});
