// Fodfæste's service worker. It keeps the app usable on a bad connection:
// - /pkg assets carry a hash in their names, so they are served cache-first forever;
// - pages are fetched network-first, and the last copy of each is kept for offline use;
// - citizen sends under /api/outbox/ (hours, punches, absences) are written to an outbox in
//   IndexedDB before they go out, and stay there until the server has answered. Each gets
//   its client id here, when it is queued; the server answers a resend of the same id and
//   body as the first time, and refuses the same id with another body.
// The server fills in VERSION, so a new release installs a new worker.
const VERSION = '__FODFAESTE_VERSION__';
const SHELL = 'fodfaeste-shell-' + VERSION;
const PAGES = 'fodfaeste-pages';
const PKG = 'fodfaeste-pkg';
const OFFLINE_URL = '/offline';
const OUTBOX_PATH = '/api/outbox/';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    const res = await fetch(OFFLINE_URL, { credentials: 'same-origin' });
    if (res.ok) {
      const html = await res.clone().text();
      await shell.put(OFFLINE_URL, res);
      const pkg = await caches.open(PKG);
      const named = pkgUrls(html);
      await Promise.all(named.concat(['/manifest.webmanifest', '/icons/icon-192.png', '/favicon.svg']).map((u) => keepInPkg(pkg, u)));
      // The scripts those import (the lazy islands' loader) are needed on every page too;
      // the lazy parts themselves are kept when a page first fetches them.
      await Promise.all((await importedBy(pkg, named)).filter((u) => u.endsWith('.js')).map((u) => keepInPkg(pkg, u)));
    }
    // Hashed assets mean an old page never loads new code and vice versa: take over at once.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('fodfaeste-shell-') && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
    // The page that installed us was loaded before we could keep it: keep it now.
    const pages = await caches.open(PAGES);
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      const url = new URL(client.url);
      if (url.origin !== location.origin || !isAppPage(url)) continue;
      try {
        const res = await fetch(url.href, { credentials: 'same-origin', redirect: 'manual' });
        if (res.ok && res.type === 'basic') await pages.put(url.href, res);
      } catch (_) { /* offline: kept on the next visit */ }
    }
    await prunePkg();
  })());
});

function isAppPage(url) {
  return !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/pkg/') && url.pathname !== '/login';
}

function pkgUrls(html) {
  return [...new Set(html.match(/\/pkg\/[A-Za-z0-9_.\-]+/g) || [])];
}

// What the kept /pkg scripts among `urls` import (`from "./name.js"`) or fetch beside
// themselves ("./name.wasm"): the main script imports the lazy islands' loader, which names
// their parts. No page names either.
async function importedBy(pkg, urls) {
  const found = [];
  for (const url of urls) {
    for (const u of await importsOf(pkg, url)) found.push(u);
  }
  return [...new Set(found)];
}

// Within one release a /pkg script's bytes never change under its name (one build per release,
// docs/deploy.md), and a new release is a new worker: read once per worker, not on every prune.
const IMPORTS = new Map();
async function importsOf(pkg, url) {
  if (!url.endsWith('.js')) return [];
  if (IMPORTS.has(url)) return IMPORTS.get(url);
  const res = await pkg.match(url);
  if (!res) return [];
  const text = await res.text();
  const names = [];
  for (const m of text.matchAll(/from\s*["']\.\/([A-Za-z0-9_.\-]+\.js)["']/g)) names.push('/pkg/' + m[1]);
  for (const m of text.matchAll(/["']\.\/([A-Za-z0-9_.\-]+\.wasm)["']/g)) names.push('/pkg/' + m[1]);
  IMPORTS.set(url, names);
  return names;
}

// Drops assets no kept page refers to any more (old releases), through the scripts a page
// names: a kept page of an older release still wakes offline, its lazy parts included.
async function prunePkg() {
  const wanted = new Set();
  for (const name of [SHELL, PAGES]) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const res = await cache.match(req);
      if (res) pkgUrls(await res.text()).forEach((u) => wanted.add(u));
    }
  }
  const pkg = await caches.open(PKG);
  // Page -> main script -> loader -> parts: each round follows the scripts found in the last.
  for (let next = [...wanted]; next.length; ) {
    next = (await importedBy(pkg, next)).filter((u) => !wanted.has(u));
    next.forEach((u) => wanted.add(u));
  }
  for (const req of await pkg.keys()) {
    const path = new URL(req.url).pathname;
    if (path.startsWith('/pkg/') && !wanted.has(path)) await pkg.delete(req);
  }
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== location.origin) return;
  if (req.method === 'POST' && req.mode !== 'navigate' && url.pathname.startsWith(OUTBOX_PATH)) {
    event.respondWith(sendThroughOutbox(req));
    return;
  }
  if (req.method !== 'GET') return;
  if (req.mode === 'navigate') {
    event.respondWith(page(req, url));
  } else if (url.pathname.startsWith('/pkg/') || url.pathname === '/manifest.webmanifest' || url.pathname.startsWith('/icons/')) {
    event.respondWith(cacheFirst(req));
  }
});

// Fetches `url` into the /pkg cache unless it is there. A redirected answer (another
// release's texts file) is not kept under the asked name.
async function keepInPkg(pkg, url) {
  if (await pkg.match(url)) return;
  const res = await fetch(url);
  if (res.ok && !res.redirected) await pkg.put(url, res);
}

async function cacheFirst(req) {
  const pkg = await caches.open(PKG);
  const hit = await pkg.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  // A redirected answer (another release's texts file) is not kept under the asked name.
  if (res.ok && !res.redirected) await pkg.put(req, res.clone());
  return res;
}

async function page(req, url) {
  const pages = await caches.open(PAGES);
  let res;
  try {
    res = await fetch(req);
  } catch (err) {
    const shell = await caches.open(SHELL);
    return (await keptCopy(pages, url)) || (await shell.match(OFFLINE_URL)) || Response.error();
  }
  if (res.ok && res.type === 'basic' && isAppPage(url) && (res.headers.get('content-type') || '').includes('text/html')) {
    // A full cache (quota) costs the offline copy, never the page.
    try { await pages.put(url.href, res.clone()); afterKeeping(url.href); } catch (_) { /* kept next time */ }
  }
  // The server is up but its database is not (503): the last copy, from which the citizen can
  // still register through the outbox, serves better than the server's "try again" page.
  if (res.status === 503) return (await keptCopy(pages, url)) || res;
  return res;
}

async function keptCopy(pages, url) {
  const kept = (await pages.match(url.href)) || (await pages.match(url.origin + url.pathname));
  if (!kept) return null;
  // Mark the copy, so the page can say it shows what was seen last.
  const html = (await kept.text()).replace('<body', '<body data-offline-copy="true"');
  // The copy keeps the headers it came with: its Content-Security-Policy (the nonce its
  // scripts carry) guards it offline as it did online. Length and encoding were the wire's.
  const headers = new Headers(kept.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { headers });
}

// One after the other, so a pruning never races the keeping of a page's files.
let tidying = Promise.resolve();
function tidy(step) {
  tidying = tidying.then(step).catch(() => {});
}
function afterKeeping(href) {
  tidy(prunePkg);
  setTimeout(() => tidy(() => keepLazyParts(href)), LAZY_PARTS_GRACE_MS);
}

// A kept page must wake offline, its lazy islands too. Their parts (named in
// <meta name="lazy-parts">) are fetched by the page after its first paint, and kept then
// (cacheFirst); a page left before that would be kept without them. So they are fetched here
// if still missing a while later, when the page's own fetch has been and gone: sooner, on a
// slow line, would compete with the page's first paint or fetch a part twice.
const LAZY_PARTS_GRACE_MS = 5000;
async function keepLazyParts(href) {
  const page = await (await caches.open(PAGES)).match(href);
  if (!page) return;
  const html = await page.text();
  const pkg = await caches.open(PKG);
  for (const meta of html.match(/<meta[^>]*lazy-parts[^>]*>/g) || []) {
    for (const url of pkgUrls(meta)) {
      try {
        await keepInPkg(pkg, url);
      } catch (_) { /* offline again: kept when the page is next kept */ }
    }
  }
}

// ---- the outbox ----------------------------------------------------------------------
// Each item is one send: its body with a client id made when it was queued (never one that
// came with a kept page), and the user it belongs to. Items go out in order, for their own
// user only. A send the server refuses for good (a 4xx) stops that item alone; a network
// error, 5xx, 408 or 429 is tried again later, backing off; 401 waits for a new login.

const OWNER_HEADER = 'x-fodfaeste-user';

function db() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('fodfaeste-outbox', 2);
    open.onupgradeneeded = (e) => {
      const conn = open.result;
      if (e.oldVersion < 1) conn.createObjectStore('items', { keyPath: 'seq', autoIncrement: true });
      if (e.oldVersion < 2) conn.createObjectStore('meta');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function tx(store, mode, fn) {
  const conn = await db();
  return new Promise((resolve, reject) => {
    const t = conn.transaction(store, mode);
    const out = fn(t.objectStore(store));
    t.oncomplete = () => { conn.close(); resolve(out && 'result' in out ? out.result : undefined); };
    t.onerror = () => { conn.close(); reject(t.error); };
  });
}

const allItems = () => tx('items', 'readonly', (s) => s.getAll());
const addItem = (item) => tx('items', 'readwrite', (s) => s.add(item));
const deleteItem = (seq) => tx('items', 'readwrite', (s) => s.delete(seq));
const putItem = (item) => tx('items', 'readwrite', (s) => s.put(item));
const getMeta = (key) => tx('meta', 'readonly', (s) => s.get(key));
const setMeta = (key, value) => tx('meta', 'readwrite', (s) => s.put(value, key));

// The user whose page last said hello: only their items are sent.
let currentUser;
async function user() {
  if (currentUser === undefined) currentUser = (await getMeta('user')) || null;
  return currentUser;
}
const mine = (item, me) => !item.owner || item.owner === me;

function newClientId() {
  if (self.crypto.randomUUID) return self.crypto.randomUUID();
  const b = self.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const QUEUED = () => new Response(JSON.stringify({ error: 'queued', message: 'kept on the phone, not sent yet', field: null }),
  { status: 503, headers: { 'Content-Type': 'application/json' } });

// A send that gets no answer in this time counts as failed and is tried again later (with
// the same client id, so a send the server did take is not made twice). Without it, one fetch
// hanging on a bad connection would hold back every send behind it.
const SEND_TIMEOUT_MS = 20000;

function send(item) {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (item.owner) headers[OWNER_HEADER] = item.owner;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  return fetch(item.url, { method: 'POST', credentials: 'same-origin', headers, body: item.body, signal: abort.signal })
    .finally(() => clearTimeout(timer));
}

/** What an answer means for the item: 'done', 'refused' (for good), 'login' or 'later'. */
function verdict(res) {
  if (res.ok) return 'done';
  if (res.status === 401) return 'login';
  if (res.status >= 500 || res.status === 408 || res.status === 429) return 'later';
  return 'refused';
}

// Backing off after a failed try: 1, 2, 4 … 30 s; Retry-After when the server names one.
let failures = 0;
let notBefore = 0;
function backOff(res) {
  failures += 1;
  let wait = Math.min(30, 2 ** (failures - 1));
  const after = res && Number(res.headers.get('retry-after'));
  if (after > 0) wait = Math.min(300, after);
  notBefore = Date.now() + wait * 1000;
}
function wentThrough() { failures = 0; notBefore = 0; }

// Items on their way now: a second sender (another tab's send, Background Sync) skips them.
const inFlight = new Set();

async function sendThroughOutbox(req) {
  const params = new URLSearchParams(await req.text());
  // The instant of the tap, not of the send: a punch made offline keeps its time.
  if (params.has('at') && !params.get('at')) params.set('at', new Date().toISOString());
  // One send, one id, made now: whatever id the page carried is replaced, so a copy of a
  // page kept from an older release cannot hand two sends the same id.
  if (params.has('client_id')) params.set('client_id', newClientId());
  const kind = new URL(req.url).pathname.slice(OUTBOX_PATH.length);
  const owner = req.headers.get(OWNER_HEADER) || (await user()) || null;
  const item = { url: req.url, body: params.toString(), kind, fields: Object.fromEntries(params), queued_at: Date.now(), state: 'pending', owner };
  item.seq = await addItem(item);
  const earlier = (await allItems()).some((i) => i.state === 'pending' && i.seq < item.seq && mine(i, owner));
  if (earlier || Date.now() < notBefore) {
    // Order matters (a punch-out after its punch-in): this one waits its turn.
    await broadcast();
    flush();
    return QUEUED();
  }
  inFlight.add(item.seq);
  try {
    const res = await send(item);
    const v = verdict(res);
    if (v === 'later') throw res;
    if (v === 'login') {
      item.needs_login = true;
      await putItem(item);
      await broadcast();
      return QUEUED();
    }
    // Answered (taken or refused): the person is looking at the form and sees the answer there.
    wentThrough();
    await deleteItem(item.seq);
    await broadcast();
    return res;
  } catch (err) {
    backOff(err instanceof Response ? err : null);
    await broadcast();
    registerSync();
    return QUEUED();
  } finally {
    inFlight.delete(item.seq);
  }
}

let flushing = null;
// Forced when the connection comes back or a page opens: the back-off starts again from one
// second. The page hears "online" before the connection (or this worker's share of it) always
// carries traffic; a first try that fails then must not wait the 30 s earned while offline.
function flush(force = false) {
  if (force) wentThrough();
  if (!flushing) flushing = doFlush().finally(() => { flushing = null; });
  return flushing;
}

async function doFlush() {
  if (Date.now() < notBefore) return;
  const me = await user();
  let sent = 0;
  const waiting = (await allItems()).filter((i) => i.state === 'pending' && mine(i, me)).sort((a, b) => a.seq - b.seq);
  for (const item of waiting) {
    if (inFlight.has(item.seq)) break; // its sender is still waiting for the answer
    // Sent with this user's session only: another user on the phone never sends it.
    if (me !== (await user())) break;
    inFlight.add(item.seq);
    let res;
    try {
      res = await send(item);
    } catch (_) {
      inFlight.delete(item.seq);
      backOff(null);
      registerSync();
      break; // offline, or the server is down
    }
    inFlight.delete(item.seq);
    const v = verdict(res);
    if (v === 'later') {
      backOff(res);
      registerSync();
      break;
    }
    if (v === 'login') {
      // The session ended: everything waits for this user to log in again.
      for (const i of waiting.filter((w) => w.state === 'pending' && !w.needs_login)) {
        i.needs_login = true;
        await putItem(i);
      }
      break;
    }
    wentThrough();
    if (v === 'done') {
      await deleteItem(item.seq);
      sent += 1;
    } else {
      // Refused for good (a rule broken, the placement ended meanwhile): kept to show why,
      // and the items behind it go on.
      item.state = 'failed';
      item.error = await res.text();
      await putItem(item);
    }
    await broadcast(0);
  }
  await broadcast(sent);
}

async function broadcast(sent = 0) {
  const items = (await allItems()).map(({ seq, kind, fields, queued_at, state, error, needs_login, owner }) =>
    ({ seq, kind, fields, queued_at, state, error: error || null, needs_login: !!needs_login, owner: owner || null }));
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    client.postMessage({ type: 'outbox', items, sent });
  }
}

function registerSync() {
  if (self.registration.sync) self.registration.sync.register('outbox').catch(() => {});
}

self.addEventListener('sync', (event) => {
  if (event.tag === 'outbox') event.waitUntil(flush());
});

async function hello(who) {
  const me = who ? String(who) : null;
  if (me !== (await user())) {
    currentUser = me;
    await setMeta('user', me);
  }
  // Logged in again: what waited for a login may go now.
  for (const i of (await allItems()).filter((i) => i.needs_login && mine(i, me))) {
    i.needs_login = false;
    await putItem(i);
  }
}

// At logout (the user has agreed): their pages and their unsent items go; another user's stay.
// The page names who is leaving; the worker's own idea of the user may be stale.
async function logout(who) {
  const me = who ? String(who) : await user();
  await caches.delete(PAGES);
  for (const i of await allItems()) if (mine(i, me)) await deleteItem(i.seq);
  currentUser = null;
  await setMeta('user', null);
}

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  if (msg.type === 'flush') event.waitUntil(flush(!!msg.force));
  else if (msg.type === 'status') event.waitUntil(broadcast());
  else if (msg.type === 'hello') event.waitUntil(hello(msg.user).then(() => flush(true)));
  else if (msg.type === 'dismiss') event.waitUntil(deleteItem(msg.seq).then(() => broadcast()));
  else if (msg.type === 'logout') event.waitUntil(logout(msg.user));
});
