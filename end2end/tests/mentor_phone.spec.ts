import { test, expect, Page, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PHONE, PASSWORD, hydrated, login } from './helpers';

const CITIZEN = 'citizen@demo.fodfaeste.dk';
const MENTOR = 'mentor@demo.fodfaeste.dk';

/** YYYY-MM-DD of the Copenhagen day `n` days from today. Counted on dates, not as 24-hour
 * steps, which land on the wrong day near midnight when daylight saving lies between. */
function day(n: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** RFC 3339 of a Copenhagen wall-clock time on a YYYY-MM-DD day. */
function at(date: string, time: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(noon).find((p) => p.type === 'timeZoneName')!.value; // "GMT+01:00"
  return `${date}T${time}:00${name.replace('GMT', '') || '+00:00'}`;
}

/** Monday five weeks back (Copenhagen) and the days after it: inside the demo placement, and
 * older than the demo data's own entries, which other tests decide. */
function oldWeek(offset: number): string {
  const today = new Date(`${day(0)}T12:00:00Z`);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  return day(-sinceMonday - 35 + offset);
}

async function citizenApi(request: APIRequestContext) {
  const r = await request.post('/api/v1/session', { data: { email: CITIZEN, password: PASSWORD } });
  expect(r.status()).toBe(200);
  const placements = await (await request.get('/api/v1/placements')).json();
  // The demo's small job; the desk's tests may add (and end) others.
  return placements.find((p: { status: string; opening_title: string }) => p.status === 'active' && p.opening_title === 'Lager og pakning').id as number;
}

async function register(request: APIRequestContext, placement: number, date: string, note: string): Promise<number> {
  const r = await request.post('/api/v1/time-entries', {
    data: { placement_id: placement, starts_at: at(date, '20:00'), ends_at: at(date, '21:00'), note },
  });
  expect(r.status(), await r.text()).toBe(201);
  return (await r.json()).id;
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe.serial('the mentor on the phone', () => {
  test('approves all that keep to the plan in one tap, leaves deviations out unless ticked, and can undo', async ({ browser, playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const placement = await citizenApi(request);
    const ids = [await register(request, placement, oldWeek(0), 'uge-1'), await register(request, placement, oldWeek(1), 'uge-2')];
    const status = async (id: number) => (await (await request.get(`/api/v1/time-entries/${id}`)).json()).status as string;

    const { context, page } = await login(browser, MENTOR);
    const week = page.locator(`section.week-group[data-week="${oldWeek(0)}"]`, { hasText: 'Camilla Borger' });
    const row = week.locator('li.waiting', { hasText: 'uge-1' });
    await expect(row).toContainText('20:00–21:00');
    // Nothing was planned that week: it stands out.
    await expect(row.locator('.planned')).toContainText('afviger');
    await axe(page);

    // "Godkend alle" counts only the entries that keep to their plan.
    const plain = await page.locator('li.waiting:not(.differs)').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-entry-id'))));
    const all = page.getByRole('button', { name: /^Godkend alle \(\d+\)$/ });
    await expect(all).toHaveText(`Godkend alle (${plain.length})`);
    const tick = page.getByLabel(/afviger fra planen eller havde ingen vagt/);
    await tick.check();
    await expect(all).not.toHaveText(`Godkend alle (${plain.length})`);
    await tick.uncheck();
    await expect(all).toHaveText(`Godkend alle (${plain.length})`);

    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(new URL(r.url()).pathname); });
    // The demo's newest entries keep to their shifts.
    expect(plain.length).toBeGreaterThan(0);
    {
      await all.click();
      const answer = page.getByRole('status').filter({ hasText: 'er godkendt' });
      await expect(answer).toBeFocused();
      // One request for all of them; the deviating ones still wait.
      expect(posts.filter((p) => p.startsWith('/api/confirm_entries'))).toHaveLength(1);
      for (const id of ids) expect(await status(id)).toBe('submitted');
      // "Fortryd" puts them back.
      await page.getByRole('button', { name: 'Fortryd' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Fortrudt' })).toBeVisible();
      await hydrated(page); // the undo reloaded the page; its lazy cards wake after it
      await expect(page.locator('li.waiting:not(.differs)')).toHaveCount(plain.length);
    }

    // One entry with its own ✓, then undone within the ten seconds.
    await week.locator('li.waiting', { hasText: 'uge-1' }).getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 registrering er godkendt.' })).toBeVisible();
    expect(await status(ids[0])).toBe('confirmed');
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fortrudt' })).toBeVisible();
    await hydrated(page);
    expect(await status(ids[0])).toBe('submitted');
    // After the ten seconds "Fortryd" is gone.
    await week.locator('li.waiting', { hasText: 'uge-2' }).getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fortryd' })).toBeHidden({ timeout: 15_000 });
    expect(await status(ids[1])).toBe('confirmed');
    await week.locator('li.waiting', { hasText: 'uge-1' }).getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Godkendt' })).toBeVisible();
    for (const id of ids) expect(await status(id)).toBe('confirmed');
    await context.close();
    await request.dispose();
  });

  test('corrects an entry with a reason; mentor and citizen see the history', async ({ browser, playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const placement = await citizenApi(request);
    await register(request, placement, oldWeek(2), 'ret-mig');

    const { context, page } = await login(browser, MENTOR);
    const row = page.locator('li.waiting', { hasText: 'ret-mig' });
    await row.getByText('Ret', { exact: true }).click();
    await row.getByLabel('Mødt').fill('20:15');
    await row.getByRole('button', { name: 'Gem rettelse og godkend' }).click();
    await expect(row.getByText('Skriv hvorfor du retter timerne. Borgeren kan se det.')).toBeVisible();
    await row.getByLabel(/Hvorfor retter du/).fill('Mødte et kvarter senere');
    await row.getByRole('button', { name: 'Gem rettelse og godkend' }).click();
    await expect(page.locator('li.waiting', { hasText: 'ret-mig' })).toHaveCount(0);

    const decided = page.getByRole('region', { name: 'Senest behandlet' }).locator('li.entry', { hasText: '20:15–21:00' }).first();
    await expect(decided).toContainText('Godkendt');
    await decided.getByText(/^Historik/).click();
    await expect(decided.locator('.history-list')).toContainText('Mette Madsen rettede og godkendte 20:00–21:00 → 20:15–21:00 · Mødte et kvarter senere');
    await context.close();

    const citizen = await login(browser, CITIZEN);
    await citizen.page.goto(`/borger/timer?visning=uge&dato=${oldWeek(2)}`);
    await hydrated(citizen.page);
    const mine = citizen.page.locator('li.entry', { hasText: '20:15–21:00' });
    await expect(mine).toContainText('Rettet af Mette Madsen: Mødte et kvarter senere');
    await expect(mine).toContainText('Godkendt');
    await citizen.context.close();
    await request.dispose();
  });

  test('takes a correction back with Fortryd: its times and its waiting return', async ({ browser, playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const placement = await citizenApi(request);
    const id = await register(request, placement, oldWeek(3), 'ret-tilbage');
    const { context, page } = await login(browser, MENTOR);
    const row = page.locator('li.waiting', { hasText: 'ret-tilbage' });
    await row.getByText('Ret', { exact: true }).click();
    await row.getByLabel('Mødt').fill('20:30');
    await row.getByLabel(/Hvorfor retter du/).fill('Kom senere');
    await row.getByRole('button', { name: 'Gem rettelse og godkend' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Rettet og godkendt' })).toBeVisible();
    await expect(page.locator('li.waiting', { hasText: 'ret-tilbage' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fortrudt' })).toBeVisible();
    await hydrated(page);
    const back = page.locator('li.waiting', { hasText: 'ret-tilbage' });
    await expect(back).toContainText('20:00–21:00');
    const entry = await (await request.get(`/api/v1/time-entries/${id}`)).json();
    expect([entry.status, entry.correction_reason, entry.starts_at]).toEqual(['submitted', null, new Date(at(oldWeek(3), '20:00')).toISOString().replace('.000Z', 'Z')]);
    // Approved after all, so the queue is as the other tests expect it.
    await back.getByRole('button', { name: 'Godkend' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 registrering er godkendt.' })).toBeVisible();
    await context.close();
    await request.dispose();
  });

  test('marks a no-show on I dag, and the caseworker sees it at once', async ({ browser }) => {
    const { context, page } = await login(browser, 'mentor2@demo.fodfaeste.dk');
    await page.getByRole('link', { name: 'I dag' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'I dag', level: 1 })).toBeVisible();
    const ali = page.locator('li.expected', { hasText: 'Ali Hassan' }).first();
    await expect(ali).toContainText('Planlagt');
    await axe(page);
    await expect(ali.getByRole('link', { name: 'Ring til Ali Hassan' })).toHaveAttribute('href', 'tel:+4550987654');
    await ali.getByRole('button', { name: 'Udeblevet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Jobkonsulenten kan se det' })).toBeFocused();
    const marked = page.locator('li.expected', { hasText: 'Ali Hassan' }).first();
    await expect(marked.locator('.badge')).toHaveText('Udeblevet');
    await expect(marked.getByRole('button', { name: 'Udeblevet' })).toHaveAttribute('aria-pressed', 'true');
    await expect(marked.getByRole('button', { name: 'Mødt' })).toHaveAttribute('aria-pressed', 'false');
    await context.close();

    const cw = await login(browser, 'caseworker@demo.fodfaeste.dk', { viewport: { width: 1280, height: 800 } });
    await expect(cw.page.locator('tr', { hasText: 'Ali Hassan' }).locator('.no-show')).toHaveCount(1);
    await cw.context.close();
  });

  test('writes a follow-up note the caseworker can read', async ({ browser }) => {
    const { context, page } = await login(browser, MENTOR);
    await page.getByRole('link', { name: 'Noter' }).click();
    await hydrated(page);
    const card = page.getByRole('region', { name: 'Camilla Borger' });
    await card.getByRole('button', { name: 'Gem note' }).click();
    await expect(card.getByText('Skal udfyldes.')).toBeVisible();
    await card.getByLabel('Ny note').fill('Har styr på lageret nu');
    await card.getByRole('button', { name: 'Gem note' }).click();
    await expect(page.getByRole('region', { name: 'Camilla Borger' }).locator('.note').first()).toContainText('Har styr på lageret nu');
    await expect(page.getByRole('region', { name: 'Camilla Borger' }).locator('.note').first()).toContainText('Mette Madsen');
    const placement = await page.getByRole('region', { name: 'Camilla Borger' }).getAttribute('data-placement-id');
    await context.close();

    const cw = await login(browser, 'caseworker@demo.fodfaeste.dk', { viewport: { width: 1280, height: 800 } });
    const notes = await (await cw.context.request.get(`/api/v1/placements/${placement}/notes`)).json();
    expect(notes[0].body).toBe('Har styr på lageret nu');
    await cw.context.close();
  });

  test('plans a shift every week for three weeks; the citizen sees them in Min plan', async ({ browser }) => {
    const { context, page } = await login(browser, MENTOR);
    await page.getByRole('link', { name: 'Vagtplan' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Vagtplan', level: 1 })).toBeVisible();
    await page.goto(`/mentor/vagtplan?uge=${day(7)}`);
    await hydrated(page);
    const card = page.getByRole('region', { name: 'Camilla Borger' });
    await card.getByText('Ny vagt', { exact: true }).click();
    const form = card.locator('details.new-shift');
    await form.getByLabel('Dato').fill(day(7));
    await form.getByLabel('Fra').fill('19:00');
    await form.getByLabel('Til').fill('19:00');
    await form.getByLabel('Gentag').selectOption('3');
    await axe(page);
    await form.getByRole('button', { name: 'Planlæg vagt' }).click();
    await expect(form.getByText('Sluttidspunktet skal være efter starttidspunktet.')).toBeVisible();
    await form.getByLabel('Til').fill('20:30');
    await form.getByRole('button', { name: 'Planlæg vagt' }).click();
    const planned = page.getByRole('region', { name: 'Camilla Borger' }).locator('li.plan-shift', { hasText: '19:00–20:30' });
    await expect(planned).toHaveCount(1);
    await expect(planned).toContainText('Planlagt');

    // Three weeks on, the last of the series is cancelled with a word to the citizen.
    await page.goto(`/mentor/vagtplan?uge=${day(21)}`);
    await hydrated(page);
    const last = page.getByRole('region', { name: 'Camilla Borger' }).locator('li.plan-shift', { hasText: '19:00–20:30' });
    await last.getByText('Aflys', { exact: true }).click();
    await last.getByLabel(/Besked til borgeren/).fill('Lukket for lagertælling');
    await last.getByRole('button', { name: 'Aflys vagten' }).click();
    await expect(page.getByRole('region', { name: 'Camilla Borger' }).locator('li.plan-shift', { hasText: '19:00–20:30' }))
      .toContainText('Aflyst: Lukket for lagertælling');
    await context.close();

    const citizen = await login(browser, CITIZEN);
    await citizen.page.getByRole('link', { name: 'Min plan' }).click();
    await hydrated(citizen.page);
    const mine = citizen.page.locator('li.shift', { hasText: '19:00–20:30' });
    await expect(mine).toHaveCount(3);
    await expect(mine.filter({ hasText: 'Aflyst: Lukket for lagertælling' })).toHaveCount(1);
    await citizen.context.close();
  });

  test('the mentor pages fit 360 px with 44 px targets', async ({ browser }) => {
    const { context, page } = await login(browser, MENTOR, { ...PHONE, viewport: { width: 360, height: 740 } });
    for (const path of ['/mentor', '/mentor/i-dag', '/mentor/vagtplan', '/mentor/noter']) {
      await page.goto(path);
      await hydrated(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, a.button, input:not([type=hidden]), select, summary')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length);
      expect(small, path).toBe(0);
      await axe(page);
    }
    await context.close();
  });
});
