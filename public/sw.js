// Fodfæste's service worker. It keeps the app usable on a bad connection:
// - /pkg assets carry a hash in their names, so they are served cache-first forever;
// - pages are fetched network-first, and the last copy of each is kept for offline use;
// - citizen sends under /api/outbox/ (hours, punches, absences) are written to an outbox in
//   IndexedDB before they go out, and stay there until the server has answered. The server
//   deduplicates them by their client_id, so sending one twice is harmless.
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
      const assets = pkgUrls(html).concat(['/manifest.webmanifest', '/icons/icon-192.png', '/favicon.svg']);
      await Promise.all(assets.map(async (url) => {
        if (!(await pkg.match(url))) {
          const r = await fetch(url);
          if (r.ok) await pkg.put(url, r);
        }
      }));
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

// Drops assets no kept page refers to any more (old releases).
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

async function cacheFirst(req) {
  const pkg = await caches.open(PKG);
  const hit = await pkg.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) await pkg.put(req, res.clone());
  return res;
}

async function page(req, url) {
  const pages = await caches.open(PAGES);
  try {
    const res = await fetch(req);
    if (res.ok && res.type === 'basic' && isAppPage(url) && (res.headers.get('content-type') || '').includes('text/html')) {
      await pages.put(url.href, res.clone());
      event_prune();
    }
    return res;
  } catch (err) {
    const kept = (await pages.match(url.href)) || (await pages.match(url.origin + url.pathname));
    if (kept) {
      // Mark the copy, so the page can say it shows what was seen last.
      const html = (await kept.text()).replace('<body', '<body data-offline-copy="true"');
      return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    }
    const shell = await caches.open(SHELL);
    return (await shell.match(OFFLINE_URL)) || Response.error();
  }
}

let pruning = null;
function event_prune() {
  if (!pruning) pruning = prunePkg().finally(() => { pruning = null; });
}

// ---- the outbox ----------------------------------------------------------------------

function db() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('fodfaeste-outbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'seq', autoIncrement: true });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function tx(mode, fn) {
  const conn = await db();
  return new Promise((resolve, reject) => {
    const t = conn.transaction('items', mode);
    const out = fn(t.objectStore('items'));
    t.oncomplete = () => { conn.close(); resolve(out && 'result' in out ? out.result : undefined); };
    t.onerror = () => { conn.close(); reject(t.error); };
  });
}

const allItems = () => tx('readonly', (s) => s.getAll());
const addItem = (item) => tx('readwrite', (s) => s.add(item));
const deleteItem = (seq) => tx('readwrite', (s) => s.delete(seq));
const putItem = (item) => tx('readwrite', (s) => s.put(item));

const QUEUED = () => new Response(JSON.stringify('Queued'), { status: 503, headers: { 'Content-Type': 'application/json' } });

function send(item) {
  return fetch(item.url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: item.body,
  });
}

async function sendThroughOutbox(req) {
  const params = new URLSearchParams(await req.text());
  // The instant of the tap, not of the send: a punch made offline keeps its time.
  if (params.has('at') && !params.get('at')) params.set('at', new Date().toISOString());
  const kind = new URL(req.url).pathname.slice(OUTBOX_PATH.length);
  const item = { url: req.url, body: params.toString(), kind, fields: Object.fromEntries(params), queued_at: Date.now(), state: 'pending' };
  item.seq = await addItem(item);
  const earlier = (await allItems()).some((i) => i.state === 'pending' && i.seq < item.seq);
  if (earlier) {
    // Order matters (a punch-out after its punch-in): this one waits its turn.
    await broadcast();
    flush();
    return QUEUED();
  }
  try {
    const res = await send(item);
    if (res.status >= 500 || res.status === 401) throw new Error('not taken');
    // Answered: the person is looking at the page and sees the answer there.
    await deleteItem(item.seq);
    await broadcast();
    return res;
  } catch (_) {
    await broadcast();
    registerSync();
    return QUEUED();
  }
}

let flushing = null;
function flush() {
  if (!flushing) flushing = doFlush().finally(() => { flushing = null; });
  return flushing;
}

async function doFlush() {
  let sent = 0;
  for (const item of (await allItems()).filter((i) => i.state === 'pending').sort((a, b) => a.seq - b.seq)) {
    let res;
    try {
      res = await send(item);
    } catch (_) {
      break; // still offline
    }
    if (res.status === 401) {
      item.needs_login = true;
      await putItem(item);
      break;
    }
    if (res.status >= 500) break;
    if (res.ok) {
      await deleteItem(item.seq);
      sent += 1;
    } else {
      // Refused for good (say, it overlaps an entry made elsewhere): keep it to show why.
      item.state = 'failed';
      item.error = await res.text();
      await putItem(item);
    }
    await broadcast(0);
  }
  await broadcast(sent);
}

async function broadcast(sent = 0) {
  const items = (await allItems()).map(({ seq, kind, fields, queued_at, state, error, needs_login }) =>
    ({ seq, kind, fields, queued_at, state, error: error || null, needs_login: !!needs_login }));
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

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  if (msg.type === 'flush') event.waitUntil(flush());
  else if (msg.type === 'status') event.waitUntil(broadcast());
  else if (msg.type === 'dismiss') event.waitUntil(deleteItem(msg.seq).then(() => broadcast()));
  else if (msg.type === 'logout') event.waitUntil(Promise.all([caches.delete(PAGES), tx('readwrite', (s) => s.clear())]));
});
