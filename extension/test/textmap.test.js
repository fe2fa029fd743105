// The draft text Candor sends and its map back to the DOM, checked in Chromium on
// a blank page with the content script loaded as a plain script (no server needed).
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { chromium } = require('playwright-core');

const TEXTMAP = path.resolve(__dirname, '..', 'src', 'content', 'textmap.js');

describe('text map', () => {
  let browser;
  let page;

  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage();
    await page.setContent('<div id="box" contenteditable="true"></div>');
    await page.addScriptTag({ path: TEXTMAP });
  });

  after(async () => browser?.close());

  /** Builds the map of #box after setting its HTML; returns the text and what each span maps back to. */
  const mapOf = (html, spans = [], exclude = '', quote = '') => page.evaluate(([h, ss, ex, q]) => {
    const box = document.getElementById('box');
    box.innerHTML = h;
    const map = candor.buildTextMap(box, {
      exclude: ex ? (el) => el.matches(ex) : undefined,
      quote: q ? (el) => el.matches(q) : undefined,
    });
    return {
      text: map.text,
      ranges: ss.map(([a, b]) => map.range(a, b)?.toString() ?? null),
    };
  }, [html, spans, exclude, quote]);

  it('turns blocks and <br> into line breaks the way Gmail renders them', async () => {
    const m = await mapOf('<div>Hi Lee,</div><div><br></div><div>Line one<br>line two</div><div>end<br></div>');
    assert.equal(m.text, 'Hi Lee,\n\nLine one\nline two\nend');
  });

  it('collapses source white space and keeps &nbsp; as one space', async () => {
    const m = await mapOf('<p>\n   a  \n b&nbsp;&nbsp;c </p>\n <p> d</p>');
    assert.equal(m.text, 'a b  c\nd');
  });

  it('maps every UTF-16 offset back to the DOM, across nodes and emoji', async () => {
    const html = '<div>Deal 🤝 <b>act now</b>, really</div><div>second line</div>';
    const probe = await mapOf(html);
    const at = (s) => probe.text.indexOf(s);
    const m = await mapOf(html, [[at('act now'), at('act now') + 7], [at('🤝'), at('🤝') + 2],
      [at('now, really'), at('now, really') + 11], [at('really'), at('second') + 6]]);
    assert.equal(m.text, 'Deal 🤝 act now, really\nsecond line');
    assert.deepEqual(m.ranges, ['act now', '🤝', 'now, really', 'reallysecond']);
  });

  it('leaves out excluded subtrees such as quotes and signatures', async () => {
    const m = await mapOf('<div>Mine</div><div class="gmail_signature">Sig act now</div><blockquote>quoted</blockquote><div>after</div>',
      [], '.gmail_signature, blockquote');
    assert.equal(m.text, 'Mine\nafter');
  });

  it('sends a quote the writer answers under as "> " lines, and drops the history below the reply', async () => {
    const html = '<div>Answers below.</div><blockquote><div>Who does the work?</div><div>And when?</div></blockquote>'
      + '<div>Our data team does, <b>act now</b>.</div><div class="gmail_signature">Dana</div>'
      + '<blockquote>On Tue Lee wrote: the whole history</blockquote>';
    const probe = await mapOf(html, [], '.gmail_signature, blockquote', 'blockquote');
    assert.equal(probe.text, 'Answers below.\n> Who does the work?\n> And when?\nOur data team does, act now.');
    // Offsets after the quoted lines still map to the words on the page; quoted lines map to none.
    const at = probe.text.indexOf('act now');
    const q = probe.text.indexOf('Who');
    const m = await mapOf(html, [[at, at + 7], [q, q + 3]], '.gmail_signature, blockquote', 'blockquote');
    assert.deepEqual(m.ranges, ['act now', null]);
  });

  it('moves spans with an edit before them and drops spans the edit touches', async () => {
    const out = await page.evaluate(() => {
      const spans = [{ offset: 0, length: 2, text: 'ab' }, { offset: 6, length: 3, text: 'ghi' }, { offset: 3, length: 2, text: 'de' }];
      return candor.rebaseSpans(spans, 'ab de ghi', 'ab dXe ghi');
    });
    assert.deepEqual(out, [{ offset: 0, length: 2, text: 'ab' }, { offset: 7, length: 3, text: 'ghi' }]);
  });

  it('finds the sentence around a span for false-alarm reports', async () => {
    const s = await page.evaluate(() => candor.sentenceAround('Hi Lee.\nThanks! Please act now. Best', 22, 7));
    assert.equal(s, 'Please act now.');
  });
});
