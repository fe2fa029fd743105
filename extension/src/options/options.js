// Candor options: server URL, API token, per-site switch, turned-off checks.
'use strict';

const DEFAULTS = {
  serverUrl: 'http://127.0.0.1:8080',
  token: '',
  sites: { gmail: true, outlook: true },
  disabledRules: [],
};
const $ = (id) => document.getElementById(id);

function say(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

function isLoopback(url) {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

async function load() {
  const s = await chrome.storage.sync.get(DEFAULTS);
  $('serverUrl').value = s.serverUrl;
  $('token').value = s.token;
  $('site-gmail').checked = s.sites?.gmail !== false;
  $('site-outlook').checked = s.sites?.outlook !== false;
  const list = $('rules');
  list.replaceChildren();
  for (const rule of s.disabledRules ?? []) {
    const li = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = rule;
    const on = document.createElement('button');
    on.type = 'button';
    on.textContent = 'Turn back on';
    on.addEventListener('click', async () => {
      const cur = await chrome.storage.sync.get({ disabledRules: [] });
      await chrome.storage.sync.set({ disabledRules: cur.disabledRules.filter((r) => r !== rule) });
      load();
    });
    li.append(name, ' ', on);
    list.append(li);
  }
  $('no-rules').hidden = (s.disabledRules ?? []).length > 0;
  const { dismissed = {} } = await chrome.storage.local.get({ dismissed: {} });
  $('dismissed-count').textContent = String(Object.keys(dismissed).length);
}

async function save(event) {
  event.preventDefault();
  let url;
  try {
    url = new URL($('serverUrl').value.trim());
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  } catch {
    say('Enter an http:// or https:// address.', true);
    return;
  }
  const serverUrl = url.origin + url.pathname.replace(/\/+$/, '');
  // Other origins than loopback are optional host permissions, asked for here (a user gesture).
  if (!isLoopback(url)) {
    const granted = await chrome.permissions.request({ origins: [`${url.origin}/*`] });
    if (!granted) {
      say(`Candor needs access to ${url.origin} to reach the server there. Not saved.`, true);
      return;
    }
  }
  await chrome.storage.sync.set({
    serverUrl,
    token: $('token').value.trim(),
    sites: { gmail: $('site-gmail').checked, outlook: $('site-outlook').checked },
  });
  say('Saved.');
}

async function test() {
  say('Checking…');
  const resp = await chrome.runtime.sendMessage({ type: 'health' });
  if (resp?.ok) say(`Connected: server ${resp.result?.status ?? 'ok'}, version ${resp.result?.version ?? 'unknown'}.`);
  else if (resp?.offline) say('Server unreachable. Is it running at that address?', true);
  else say(`Server answered with an error: ${resp?.detail ?? 'unknown'}.`, true);
}

$('settings').addEventListener('submit', save);
$('test').addEventListener('click', test);
$('clear-dismissed').addEventListener('click', async () => {
  await chrome.storage.local.set({ dismissed: {} });
  load();
});
load();
