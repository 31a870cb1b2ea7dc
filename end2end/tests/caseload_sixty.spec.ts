import { test, expect, request as pwRequest } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PASSWORD, hydrated } from './helpers';
import { OwnServer } from './own_server';

// A caseworker with sixty citizens, on a server of the test's own so the other tests' figures
// stay as they are: the caseload is a line per citizen and fits three screens of a laptop.
const PORT = Number(process.env.E2E_OWN_PORT2 ?? 3112);
const CASEWORKER = 'caseworker@demo.fodfaeste.dk';
const LAPTOP = { viewport: { width: 1366, height: 768 } };

let server: OwnServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = new OwnServer(PORT);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

test('sixty citizens: one line each, a summary line, and the whole table within three screens at 1366×768', async ({ browser }) => {
  const api = await pwRequest.newContext({ baseURL: server.url });
  expect((await api.post('/api/v1/session', { data: { email: CASEWORKER, password: PASSWORD } })).status()).toBe(200);
  // The demo gives the caseworker three: Camilla, Ali and Jonas.
  const have = 3;
  // Long names and every script the municipality meets.
  const names = ['Søren Ærbødig-Østergaard', 'Анастасія Шевченко-Коваленко', 'محمد عبد الرحمن الحسيني', 'Åse Lindqvist'];
  for (let i = have; i < 60; i++) {
    const r = await api.post('/api/v1/citizens', {
      data: { name: `${names[i % names.length]} ${i}`, target_group: 'cash_benefit_activity_ready', postcode: '6950' },
    });
    expect(r.status(), await r.text()).toBe(201);
  }

  const context = await browser.newContext(LAPTOP);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await hydrated(page);
  await page.getByLabel('E-mail').fill(CASEWORKER);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/sagsbehandler');
  await hydrated(page);

  const rows = page.locator('table.caseload tbody tr');
  await expect(rows).toHaveCount(60);
  await expect(page.locator('.caseload-summary')).toContainText('60 borgere');
  await expect(page.getByText('Side 1 af')).toHaveCount(0);
  // One line per citizen: every row as tall as the first, and short.
  const heights = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
  expect(Math.max(...heights), 'a citizen takes one line').toBeLessThanOrEqual(40);
  // The warnings to act on (Kræver opmærksomhed) come on top of the budget: how many there
  // are depends on the day (a demo entry waiting a week), not on how dense the table is.
  const { total, warnings, screen, sideways } = await page.evaluate(() => ({
    total: document.documentElement.scrollHeight,
    warnings: document.querySelector('details.alerts')?.getBoundingClientRect().height ?? 0,
    screen: window.innerHeight,
    sideways: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(total - warnings, 'the page with sixty citizens, its warnings aside').toBeLessThanOrEqual(3 * screen);
  expect(sideways).toBeLessThanOrEqual(0);
  // Nothing cut off at 1024 px either.
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The rest of a row opens in the row.
  const camilla = rows.filter({ hasText: 'Camilla Borger' });
  await camilla.locator('details.row-more summary').click();
  await expect(camilla.locator('.entry').first()).toBeVisible();
  await context.close();
  await api.dispose();
});
