import { test, expect, Page } from '@playwright/test';
import { hydrated, login, newPhone } from './helpers';

// The page's own text is painted before the islands' wasm and js are asked for (issue 18:
// they used to be preloaded at high priority beside the CSS), and the islands still wake,
// under the page's Content-Security-Policy.

async function timings(page: Page) {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const pkg = (suffix: string) => resources.filter((r) => new URL(r.name).pathname.startsWith('/pkg/') && r.name.endsWith(suffix));
    const main = pkg('.wasm').filter((r) => new URL(r.name).pathname.startsWith('/pkg/fodfaeste.'));
    const parts = pkg('.wasm').filter((r) => !new URL(r.name).pathname.startsWith('/pkg/fodfaeste.'));
    return {
      paint: paint ? paint.startTime : null,
      wasm: main.map((r) => r.startTime),
      wasmBytes: main.map((r) => r.transferSize),
      parts: parts.map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
      js: pkg('.js').map((r) => r.startTime),
      // The lazy islands' parts the page names (components/lazy_parts.rs).
      named: [...document.querySelectorAll('meta[name=lazy-parts]')].flatMap((m) => (m as HTMLMetaElement).content.split(' ')),
    };
  });
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();

// I dag has no lazy island; the login form is one.
for (const path of ['/login', '/borger']) {
  test(`${path}: the wasm is fetched after the first paint and the islands wake`, async ({ browser }) => {
    const { context, page } = path === '/login' ? await newPhone(browser) : await login(browser, 'citizen@demo.fodfaeste.dk');
    const blocked: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
    // A slow line, as a citizen's: each file takes its time, so a preload would show.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 });
    // After the login the files are in the browser's cache and the worker's: fetched again,
    // as on a first visit, so the line's slowness applies to them too.
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await page.goto(path);
    await hydrated(page);
    const t = await timings(page);
    expect(t.paint, 'a first contentful paint was reported').not.toBeNull();
    expect(t.wasm.length, 'the wasm was fetched once').toBe(1);
    expect(t.wasmBytes[0], 'the wasm came over the line, not from a cache').toBeGreaterThan(0);
    expect(t.js.length, 'the js was fetched').toBeGreaterThan(0);
    expect(t.named.length > 0, 'lazy parts named').toBe(path === '/login');
    expect(sorted(t.parts.map((p) => p.name)), 'the parts fetched are the parts named').toEqual(sorted(t.named));
    for (const start of [...t.wasm, ...t.js, ...t.parts.map((p) => p.start)]) expect(start).toBeGreaterThanOrEqual(t.paint!);
    // The islands' script was put into the page once.
    await expect(page.locator('head > script[type="module"]')).toHaveCount(1);
    expect(blocked).toEqual([]);
    await context.close();
  });
}

// The mentor's and the citizen's other pages' islands are lazy (cargo-leptos --split): the
// page names their parts, fetches them after its first paint beside the main wasm, only on
// the pages that show them, and they wake under the same policy.
for (const [path, who] of [['/mentor', 'mentor@demo.fodfaeste.dk'], ['/borger/fravaer', 'citizen@demo.fodfaeste.dk'], ['/borger/plan', 'citizen@demo.fodfaeste.dk']]) {
  test(`${path}: the lazy islands fetch the parts the page names and wake`, async ({ browser }) => {
    const { context, page } = await login(browser, who);
    const blocked: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
    await page.goto(path);
    await hydrated(page);
    const t = await timings(page);
    expect(t.wasm, 'the main wasm once').toHaveLength(1);
    expect(t.named.length, 'the page names its lazy parts').toBeGreaterThan(0);
    expect(sorted(t.parts.map((p) => p.name)), 'the parts fetched are the parts named').toEqual(sorted(t.named));
    for (const p of t.parts) expect(p.start).toBeGreaterThanOrEqual(t.paint!);
    expect(blocked).toEqual([]);
    await context.close();
  });
}
