import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import { DESKTOP, PHONE, hydrated, login, todayInCopenhagen } from './helpers';

const ADMIN = 'admin@demo.fodfaeste.dk';
const MANAGER = 'leder@demo.fodfaeste.dk';
const CASEWORKER = 'caseworker@demo.fodfaeste.dk';

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "2026-11-23" as the Danish page writes it (CLDR): "23.11.2026". */
function da(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

test.describe('the goals dashboard', () => {
  test('an admin defines a goal, sees it move when a placement starts and downloads the figures', async ({ browser }) => {
    const today = todayInCopenhagen();
    const end = plusDays(today, 29);
    const admin = await login(browser, ADMIN, DESKTOP);
    const page = admin.page;
    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    await page.waitForURL(/\/maal$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Mål og resultater', level: 1 })).toBeVisible();
    await noAxeViolations(page);

    // A refusal names the field; then the goal is made.
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Opret mål' }) });
    await form.getByLabel('Hvad tæller målet').selectOption('jobs_on_special_terms_created');
    await form.getByLabel('Mål (antal, eller timer)').fill('0');
    await form.getByLabel('Periodens første dag').fill(today);
    await form.getByLabel('Periodens sidste dag').fill(end);
    await form.getByRole('button', { name: 'Opret mål' }).click();
    await expect(form.getByText('Målet skal være mellem 1 og 10.000.000.')).toBeVisible();
    await form.getByLabel('Mål (antal, eller timer)').fill('3');
    await form.getByRole('button', { name: 'Opret mål' }).click();
    const card = page.locator('article.goal').filter({ hasText: `${da(today)} – ${da(end)}` });
    await expect(card).toHaveCount(1);
    await hydrated(page);
    const figure = card.locator('.goal-figure');
    const before = parseInt((await figure.textContent())!.split(' ')[0], 10);
    await expect(figure).toHaveText(`${before} af 3`);
    await expect(card.locator('svg[role="img"] title')).toContainText('Job på særlige vilkår skabt');
    await card.getByText('Vis tallene').click();
    await expect(card.getByRole('table')).toBeVisible();
    await noAxeViolations(page);

    // A caseworker places Jonas in a new small job starting today.
    const cw = await login(browser, CASEWORKER, DESKTOP);
    const companies = await (await cw.context.request.get('/api/v1/companies')).json();
    const metal = companies.find((c: { name: string }) => c.name === 'Vestjysk Metal ApS');
    const opening = await cw.context.request.post('/api/v1/openings', {
      data: { company_id: metal.id, kind: 'small_job', title: 'Pakning af bolte', hours_per_week: 6, postcode: '6950', hourly_wage: '140', seats: '1' },
    });
    expect(opening.status()).toBe(201);
    const citizen = await cw.context.request.post('/api/v1/citizens', {
      data: { name: 'Emil Mål', postcode: '6950', target_group: 'cash_benefit_activity_ready', referred_on: today },
    });
    expect(citizen.status(), await citizen.text()).toBe(201);
    const placed = await cw.context.request.post('/api/v1/placements', {
      data: { opening_id: (await opening.json()).id, citizen_id: (await citizen.json()).id, starts_on: today, agreed_hours_per_week: '6' },
    });
    expect(placed.status(), await placed.text()).toBe(201);
    await cw.context.close();

    await page.reload();
    await hydrated(page);
    await expect(card.locator('.goal-figure')).toHaveText(`${before + 1} af 3`);

    // The CSV holds the same figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent tallene som CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeffAfsnit;Tal;Fra;Til;Værdi;Mål')).toBe(true);
    expect(csv).toContain(`Mål;Job på særlige vilkår skabt;${today};${end};${before + 1};3;`);

    // Changed on its own page, then deleted.
    await card.getByRole('link', { name: 'Ret eller slet målet' }).click();
    await page.waitForURL(/\/maal\/\d+$/);
    await hydrated(page);
    await noAxeViolations(page);
    await page.getByLabel('Mål (antal, eller timer)').fill('1');
    await page.getByRole('button', { name: 'Gem målet' }).click();
    await page.waitForURL(/\/maal$/);
    await expect(card.locator('.pace')).toHaveText('Nået');
    await card.getByRole('link', { name: 'Ret eller slet målet' }).click();
    await page.waitForURL(/\/maal\/\d+$/);
    await hydrated(page);
    await page.getByRole('button', { name: 'Slet målet' }).click();
    await page.waitForURL(/\/maal$/);
    await expect(page.locator('article.goal').filter({ hasText: `${da(today)} – ${da(end)}` })).toHaveCount(0);
    await admin.context.close();
  });

  test('a manager reads the goals on a phone: charts fit the screen and every figure is in a table', async ({ browser }) => {
    const { context, page } = await login(browser, MANAGER, PHONE);
    await expect(page).toHaveURL(/\/maal$/);
    await expect(page.getByRole('heading', { name: 'Kommunens mål' })).toBeVisible();
    const cards = page.locator('article.goal');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const svg = cards.first().locator('svg');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(393);
    await expect(page.getByRole('heading', { name: /Fra visitation til selvforsørgelse/ })).toBeVisible();
    // No desk for a manager: the nav holds Mål and Socialøkonomi, and the desk sends them back.
    await expect(page.getByRole('navigation', { name: 'Skrivebord' }).getByRole('link')).toHaveText(['Mål', 'Socialøkonomi']);
    await page.goto('/sagsbehandler');
    await expect(page).toHaveURL(/\/maal$/);
    await hydrated(page);
    await noAxeViolations(page);
    await context.close();
  });
});
