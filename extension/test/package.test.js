// What ships: the manifest asks for no more than it needs, no code builds DOM from
// strings, and the store zip holds only what the browser loads.
'use strict';

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const SRC = path.resolve(__dirname, '..', 'src');
const ZIP = path.resolve(__dirname, '..', 'target', 'candor-extension.zip');
const manifest = JSON.parse(fs.readFileSync(path.join(SRC, 'manifest.json'), 'utf8'));

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Names in a zip file, from its central directory. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'zip end record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const n = buf.readUInt16LE(p + 28);
    const m = buf.readUInt16LE(p + 30);
    const k = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + n));
    p += 46 + n + m + k;
  }
  return names;
}

describe('package', () => {
  it('manifest: MV3, storage only, loopback hosts, other servers optional', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.deepEqual(manifest.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
    assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
    const matches = manifest.content_scripts.flatMap((c) => c.matches).sort();
    assert.deepEqual(matches, ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*']);
    assert.equal(manifest.web_accessible_resources, undefined, 'nothing exposed to pages');
    for (const f of manifest.content_scripts.flatMap((c) => c.js).concat([manifest.background.service_worker])) {
      assert.ok(fs.existsSync(path.join(SRC, f)), `${f} exists`);
    }
    for (const icon of Object.values(manifest.icons)) assert.ok(fs.existsSync(path.join(SRC, icon)), `${icon} exists`);
  });

  it('no HTML string sinks or eval in shipped code', () => {
    for (const f of files(SRC).filter((x) => /\.(js|html)$/.test(x))) {
      const code = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, f);
    }
  });

  it('the store zip holds only manifest, js, css, html and icons', { skip: !fs.existsSync(ZIP) && 'run mvn package first' }, () => {
    const names = zipEntries(ZIP).filter((n) => !n.endsWith('/'));
    assert.ok(names.includes('manifest.json'));
    for (const n of names) assert.match(n, /^(manifest\.json|[\w/.-]+\.(js|css|html)|icons\/[\w-]+\.png)$/, n);
    assert.ok(!names.some((n) => /test|node_modules|assembly|\.map$/.test(n)), 'no tests, modules or build files');
    const shipped = files(SRC).map((f) => path.relative(SRC, f)).filter((f) => !f.startsWith('assembly')).sort();
    assert.deepEqual(names.slice().sort(), shipped);
  });
});
