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
    return {
      paint: paint ? paint.startTime : null,
      wasm: pkg('.wasm').map((r) => r.startTime),
      wasmBytes: pkg('.wasm').map((r) => r.transferSize),
      js: pkg('.js').map((r) => r.startTime),
    };
  });
}

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
    for (const start of [...t.wasm, ...t.js]) expect(start).toBeGreaterThanOrEqual(t.paint!);
    // The islands' script was put into the page once.
    await expect(page.locator('head > script[type="module"]')).toHaveCount(1);
    expect(blocked).toEqual([]);
    await context.close();
  });
}

// The mentor's islands are lazy (cargo-leptos --split): their parts of the wasm come after
// the main wasm, only on the pages that show them, and wake under the same policy.
test('/mentor: the lazy islands fetch their parts after the wasm and wake', async ({ browser }) => {
  const { context, page } = await login(browser, 'mentor@demo.fodfaeste.dk');
  const blocked: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  await page.goto('/mentor');
  await hydrated(page);
  const files = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => new URL(r.name).pathname.startsWith('/pkg/') && r.name.endsWith('.wasm'))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
  );
  const main = files.filter((f) => f.name.startsWith('/pkg/fodfaeste.'));
  const parts = files.filter((f) => f.name.startsWith('/pkg/split_') || f.name.startsWith('/pkg/chunk_'));
  expect(main, 'the main wasm once').toHaveLength(1);
  expect(parts.length, 'the decision cards fetched their part').toBeGreaterThan(0);
  for (const p of parts) expect(p.start).toBeGreaterThanOrEqual(main[0].start);
  expect(blocked).toEqual([]);
  await context.close();
});
