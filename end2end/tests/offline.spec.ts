import { test, expect, chromium, Page, BrowserContext } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PHONE, controlled, hydrated, login, punchIn } from './helpers';

// Ali (citizen2) works in the café; his hours here do not cross the other tests' hours.
const CITIZEN2 = 'citizen2@demo.fodfaeste.dk';

function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(d);
}

async function outboxCount(page: Page): Promise<number> {
  return page.locator('.outbox-item').count();
}

async function serverEntries(context: BrowserContext, note: string): Promise<number> {
  const res = await context.request.get('/api/v1/time-entries');
  expect(res.status()).toBe(200);
  const entries = (await res.json()) as Array<{ note: string | null }>;
  return entries.filter((e) => (e.note ?? '').startsWith(note)).length;
}

test.describe.serial('the citizen offline', () => {
  test('the app is installable: manifest parsed, service worker in control', async ({ baseURL, launchOptions }) => {
    // Chromium never offers to install from an incognito profile, which every new context
    // is: this test gets a profile of its own.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fodfaeste-profile-'));
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...PHONE, baseURL });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/login');
    await hydrated(page);
    await page.getByLabel('E-mail').fill(CITIZEN2);
    await page.getByLabel('Adgangskode').fill('demo-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await hydrated(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  test('20 entries and a punch made offline survive reloads and a closed app, then arrive exactly once', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN2);
    await controlled(page);
    // Let the worker keep this page (it claims it on activation and fetches it once).
    await page.reload();
    await hydrated(page);

    await context.setOffline(true);
    await page.getByText('Glemt at stemple? Registrér timer her').click();
    for (let i = 1; i <= 20; i++) {
      await page.getByLabel('Dato').fill(daysAgo(i));
      await page.getByLabel('Mødt').fill('18:00');
      await page.getByLabel('Gået').fill('19:00');
      await page.getByLabel('Note (valgfri)').fill(`offline-${i}`);
      await page.getByRole('button', { name: 'Registrér timer' }).click();
      await expect(page.locator('.outbox-item')).toHaveCount(i);
    }
    await punchIn(page);
    await expect(page.locator('.outbox-item')).toHaveCount(21);
    await expect(page.getByRole('button', { name: 'Jeg går hjem' })).toBeVisible();
    await expect(page.getByText('Du er offline.')).toBeVisible();

    for (let i = 0; i < 2; i++) {
      const kept = await page.reload();
      // The kept copy still comes with its Content-Security-Policy, and its nonce still fits.
      expect(kept!.headers()['content-security-policy'] ?? '').toContain("'strict-dynamic'");
      await hydrated(page);
      await expect(page.locator('.outbox-item')).toHaveCount(21);
      // The kept copy came to life: it knows it is offline, and the punch is still open.
      await expect(page.getByText('Du er offline.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Jeg går hjem' })).toBeVisible();
    }
    await expect(page.getByText('Ikke sendt endnu (21)')).toBeVisible();
    await page.close();

    const again = await context.newPage();
    await again.goto('/borger');
    await hydrated(again);
    await expect(again.locator('.outbox-item')).toHaveCount(21);
    await expect(again.getByRole('button', { name: 'Jeg går hjem' })).toBeVisible();

    await context.setOffline(false);
    await expect(again.locator('.outbox-item')).toHaveCount(0, { timeout: 30_000 });
    expect(await serverEntries(context, 'offline-')).toBe(20);
    const open = await context.request.get('/api/v1/punches/open');
    expect(await open.json()).not.toBeNull();
    // Sent once more for any reason, nothing doubles. (The page reloads itself once its outbox
    // is empty; a load of our own first, so that reload cannot land mid-evaluate. Should the two
    // meet, ours is aborted, or finds the page between documents, and the page's own reload is
    // the load.)
    await again.reload().catch(async (e) => {
      if (!/ERR_ABORTED|Not attached to an active page/.test(String(e))) throw e;
      await again.waitForLoadState('load');
    });
    await hydrated(again);
    await again.evaluate(() => navigator.serviceWorker.controller!.postMessage({ type: 'flush' }));
    await again.reload();
    await hydrated(again);
    expect(await serverEntries(context, 'offline-')).toBe(20);
    // The offline punch-in is the server's open punch now (with the tap's time); undo it.
    await again.getByRole('button', { name: 'Annullér stempling' }).click();
    await expect(again.getByRole('button', { name: 'Jeg er mødt' })).toBeVisible();
    await context.close();
  });

  test('an item whose answer was lost is sent again and still makes one entry', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN2);
    await controlled(page);
    // The server takes the registration, but the answer never reaches the phone.
    let calls = 0;
    await context.route('**/api/outbox/register_hours', async (route) => {
      calls += 1;
      if (calls === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.getByText('Glemt at stemple? Registrér timer her').click();
    await page.getByLabel('Dato').fill(daysAgo(22));
    await page.getByLabel('Mødt').fill('18:00');
    await page.getByLabel('Gået').fill('19:00');
    await page.getByLabel('Note (valgfri)').fill('lost-ack');
    await page.getByRole('button', { name: 'Registrér timer' }).click();
    await page.evaluate(() => navigator.serviceWorker.controller!.postMessage({ type: 'flush' }));
    // Sent a second time (the outbox kept it), then removed once answered.
    // Generous: on a loaded machine the worker's retry comes late, but it must come.
    await expect.poll(() => calls, { timeout: 45_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.outbox-item')).toHaveCount(0, { timeout: 45_000 });
    expect(await serverEntries(context, 'lost-ack')).toBe(1);
    await context.close();
  });

  test('logging out with unsent hours asks first, and drops them only when told to', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN2);
    await controlled(page);
    // The connection is up, but no send gets through.
    await context.route('**/api/outbox/**', (route) => route.abort('connectionrefused'));
    await page.getByText('Glemt at stemple? Registrér timer her').click();
    await page.getByLabel('Dato').fill(daysAgo(25));
    await page.getByLabel('Mødt').fill('18:00');
    await page.getByLabel('Gået').fill('19:00');
    await page.getByLabel('Note (valgfri)').fill('dropped-at-logout');
    await page.getByRole('button', { name: 'Registrér timer' }).click();
    await expect(page.locator('.outbox-item')).toHaveCount(1);

    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/borger$/);
    await expect(page.locator('.outbox-item')).toHaveCount(1);

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await context.unroute('**/api/outbox/**');
    await hydrated(page);
    await page.getByLabel('E-mail').fill(CITIZEN2);
    await page.getByLabel('Adgangskode').fill('demo-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(/\/borger$/);
    await hydrated(page);
    await page.evaluate(() => navigator.serviceWorker.controller!.postMessage({ type: 'flush' }));
    await expect(page.locator('.outbox-item')).toHaveCount(0);
    // Had the item survived, this flush would have sent it by now.
    await page.waitForTimeout(1500);
    expect(await serverEntries(context, 'dropped-at-logout')).toBe(0);
    await context.close();
  });
});
