import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, hydrated, login, punchIn } from './helpers';

const CITIZEN = 'citizen@demo.fodfaeste.dk';
const CITIZEN_PAGES = ['/borger', '/borger/timer', '/borger/plan', '/borger/fravaer'];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe.serial('the citizen on the phone', () => {
  test('punches in, survives a reload, punches out, then corrects and deletes the entry', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN);
    const punch = page.getByRole('region', { name: 'Stempelur' });
    await punchIn(punch);
    await expect(punch.getByRole('button', { name: 'Jeg går hjem' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Du er stemplet ind.' })).toBeFocused();
    await expect(punch).toContainText('Du mødte kl.');

    // The open punch lives on the server: a reload (or a closed app) keeps it.
    await page.reload();
    await hydrated(page);
    await expect(punch).toContainText('Du mødte kl.');
    // Going home a few seconds later is a double tap: the citizen is told how to undo it.
    await punch.getByRole('button', { name: 'Jeg går hjem' }).click();
    await expect(punch.getByText('Der er gået under et minut, siden du mødte.')).toBeVisible();
    await punch.getByRole('button', { name: 'Annullér stempling' }).click();
    await expect(punch.getByRole('button', { name: 'Jeg er mødt' })).toBeVisible();

    // A punch-in two hours ago (as an offline phone would send it later), then going home.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    const placements = await (await context.request.get('/api/v1/placements')).json();
    const punched = await context.request.post('/api/v1/punches/in', { data: { placement_id: placements.find((p: { status: string }) => p.status === 'active').id, at: twoHoursAgo } });
    expect(punched.status()).toBe(201);
    await page.reload();
    await hydrated(page);
    await punch.getByRole('button', { name: 'Jeg går hjem' }).click();
    await expect(punch.getByRole('button', { name: 'Jeg er mødt' })).toBeVisible();

    // The week the punch began in: near midnight on a Sunday that is last week.
    const punchDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(twoHoursAgo));
    await page.goto(`/borger/timer?visning=uge&dato=${punchDay}`);
    await hydrated(page);
    const stamped = page.locator('li.entry', { hasText: 'Stemplet' });
    await expect(stamped).toHaveCount(1);
    await expect(stamped).toContainText('Venter på godkendelse');
    await expect(stamped).toContainText('2 t');

    // Correct it into a real afternoon, then take it back.
    await stamped.getByText('Ret eller slet').click();
    await stamped.getByLabel('Mødt').fill('06:00');
    await stamped.getByLabel('Gået').fill('06:45');
    // A punch that went past midnight opens with the box ticked; this correction is one morning.
    await stamped.getByLabel('Gik hjem efter midnat').setChecked(false);
    await stamped.getByLabel('Pause i minutter').fill('60');
    await stamped.getByRole('button', { name: 'Gem rettelse' }).click();
    await expect(stamped.getByText('Pausen skal være kortere end den tid, du var der.')).toBeVisible();
    await stamped.getByLabel('Pause i minutter').fill('0');
    await stamped.getByRole('button', { name: 'Gem rettelse' }).click();
    await expect(page.locator('li.entry', { hasText: '06:00–06:45' })).toHaveCount(1);
    const fixed = page.locator('li.entry', { hasText: '06:00–06:45' });
    await expect(page.getByRole('status').filter({ hasText: 'Rettelsen er gemt' })).toBeVisible();
    // Deleting is its own step, away from "Gem rettelse", and asks first.
    await fixed.getByText('Slet timerne', { exact: true }).click();
    await fixed.getByRole('button', { name: 'Ja, slet timerne' }).click();
    await expect(page.locator('li.entry', { hasText: '06:00–06:45' })).toHaveCount(0);
    // Focused once the page is live, which is also when the address forgets it.
    await expect(page.getByRole('status').filter({ hasText: 'Timerne er slettet.' })).toBeFocused();
    // The answer is said once: a reload does not say it again.
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Timerne er slettet.')).toHaveCount(0);
    await context.close();
  });

  test('sees hours per week and per month with approved hours and earnings', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN);
    await page.goto('/borger/timer?visning=maaned');
    await hydrated(page);
    await expect(page.getByRole('link', { name: 'Måned' })).toHaveAttribute('aria-current', 'page');
    const totals = page.getByRole('region', { name: 'I alt' });
    await expect(totals).toContainText('Registreret');
    await expect(totals).toContainText('Godkendt');
    await expect(totals).toContainText('Du har tjent');
    await page.getByRole('link', { name: 'Uge' }).click();
    await expect(page.getByRole('heading', { name: /^Uge \d+/ })).toBeVisible();
    const label = await page.getByRole('heading', { name: /^Uge \d+/ }).textContent();
    await page.getByRole('link', { name: 'Forrige periode' }).click();
    await expect(page.getByRole('heading', { name: /^Uge \d+/ })).not.toHaveText(label!);
    await context.close();
  });

  test('sees the plan for four weeks and gets a calendar link that can be renewed', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN);
    await page.getByRole('link', { name: 'Min plan' }).click();
    await hydrated(page);
    await expect(page.locator('li.shift').first()).toContainText('Vestjysk Metal ApS');
    expect(await page.locator('li.shift').count()).toBeGreaterThanOrEqual(6);
    await page.getByRole('button', { name: 'Lav kalenderlink' }).click();
    const field = page.getByLabel('Dit private kalenderlink');
    await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[0-9a-f]{64}\.ics$/);
    const first = await field.inputValue();
    const feed = await page.request.get(first);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    // Only a hash is kept: after a reload the page knows there is a link but cannot show it.
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Du har et privat kalenderlink.')).toBeVisible();
    await expect(field).toHaveCount(0);
    expect((await page.request.get(first)).status()).toBe(200);

    await page.getByRole('button', { name: 'Lav et nyt link' }).click();
    await expect(field).toHaveValue(/\/api\/v1\/calendar\/[0-9a-f]{64}\.ics$/);
    await expect(field).not.toHaveValue(first);
    expect((await page.request.get(first)).status()).toBe(404);
    expect((await page.request.get(await field.inputValue())).status()).toBe(200);
    await context.close();
  });

  test('reports sick and cannot-come; the mentor sees that, the caseworker also why', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN);
    await page.getByRole('link', { name: 'Fravær' }).click();
    await hydrated(page);
    const sick = page.getByRole('region', { name: 'Jeg er syg' });
    await sick.getByLabel('Til og med').fill('2020-01-01');
    await sick.getByRole('button', { name: 'Meld syg' }).click();
    await expect(sick.getByText('Slutdatoen skal være samme dag som startdatoen eller senere.')).toBeVisible();
    await sick.getByLabel('Til og med').fill('');
    await sick.getByLabel('Besked').fill('Ringer i morgen');
    await sick.getByRole('button', { name: 'Meld syg' }).click();
    // I dag answers at the top and no longer offers "Jeg er mødt" as the main action.
    await page.waitForURL((url) => url.pathname === '/borger');
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: 'Du er meldt syg.' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Du er meldt syg i dag' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Jeg er mødt' })).toBeHidden();
    await page.getByRole('link', { name: 'Fravær' }).click();
    await hydrated(page);
    const given = page.getByRole('region', { name: 'Dine fraværsmeldinger' });
    await expect(given.locator('li.absence', { hasText: 'Syg' })).toContainText('Ringer i morgen');

    const cannot = page.getByRole('region', { name: 'Jeg kan ikke komme' });
    const select = cannot.getByLabel('Hvilken vagt?');
    const options = await select.locator('option').count();
    const chosen = (await select.locator('option').first().textContent())!;
    await cannot.getByRole('button', { name: 'Meld afbud' }).click();
    await expect(given.locator('li.absence', { hasText: 'Kan ikke komme' })).toHaveCount(1);
    await expect(select.locator('option')).toHaveCount(options - 1);

    await page.getByRole('link', { name: 'Min plan' }).click();
    await expect(page.locator('li.shift', { hasText: chosen.split(' – ')[0] }).first()).toContainText('Meldt fravær');
    await context.close();

    const mentor = await login(browser, 'mentor@demo.fodfaeste.dk');
    const absent = mentor.page.getByRole('region', { name: 'Meldt fravær' });
    await expect(absent).toContainText('Camilla Borger');
    await expect(absent).not.toContainText('Ringer i morgen');
    await mentor.context.close();

    const cw = await login(browser, 'caseworker@demo.fodfaeste.dk', DESKTOP);
    await expect(cw.page.locator('tr', { hasText: 'Camilla Borger' })).toContainText('Ringer i morgen');
    await cw.context.close();
  });

  test('every citizen page fits 360 px, has 44 px targets and no WCAG 2.1 A/AA violations', async ({ browser }) => {
    const { context, page } = await login(browser, CITIZEN, { ...PHONE, viewport: { width: 360, height: 740 } });
    for (const path of CITIZEN_PAGES) {
      await page.goto(path);
      await hydrated(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, a.button, .citizen-nav a, input:not([type=hidden]), select, summary')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length);
      expect(small, `${path}: targets under 44 px`).toBe(0);
      await axe(page);
      // Readable at 200 % text size: still no sideways scrolling.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const zoomed = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(zoomed, `${path} at 200 % text`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('at 200 % text I dag and Mine timer keep words whole, a small header and the main action on the first screen', async ({ browser }) => {
    // Ali: Camilla has reported sick today in the test above, which folds her punch clock away.
    const { context, page } = await login(browser, 'citizen2@demo.fodfaeste.dk', { ...PHONE, viewport: { width: 360, height: 740 } });
    for (const path of ['/borger', '/borger/timer', '/borger/timer?visning=maaned']) {
      await page.goto(path);
      await hydrated(page);
      // The browser's text size at 200 % (a 32 px default font), not a zoom of the page.
      await page.addStyleTag({ content: ':root { font-size: 200% !important; }' });
      const report = await page.evaluate(() => {
        const broken: string[] = [];
        for (const el of document.querySelectorAll('main *, header *, nav *')) {
          const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
          if (own.length < 3) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          // A box under two letters wide that holds a word: it is set one letter per line.
          if (r.width < size * 1.3 && r.height > size * 2.5) broken.push(`${el.tagName}.${el.className}: ${own}`);
        }
        const nav = document.querySelector('.citizen-nav')!.getBoundingClientRect();
        return { broken, chrome: nav.bottom, height: window.innerHeight, sideways: document.documentElement.scrollWidth - window.innerWidth };
      });
      expect(report.broken, `${path}: words set letter by letter`).toEqual([]);
      expect(report.sideways, `${path}: scrolls sideways`).toBeLessThanOrEqual(0);
      expect(report.chrome, `${path}: header and tabs take over a third of the screen`).toBeLessThanOrEqual(report.height / 3);
      if (path === '/borger') {
        const main = page.getByRole('button', { name: /Jeg er mødt|Jeg går hjem/ }).first();
        const box = (await main.boundingBox())!;
        expect(box.y, 'the punch button starts on the first screen').toBeLessThan(report.height - 48);
      }
    }
    await context.close();
  });

  test('the month\'s pay is the same on I dag, Mine timer and the report for the benefit office; a second sick report is refused on its date', async ({ browser, playwright, baseURL }) => {
    const kr = (text: string) => Math.round(parseFloat(text.replace(/[^0-9,.-]/g, '').replace(/\./g, '').replace(',', '.')) * 100);
    const { context, page } = await login(browser, CITIZEN);
    const onToday = kr((await page.locator('[data-month="approved"]').textContent())!.split('·').pop()!);
    await page.goto('/borger/timer?visning=maaned');
    await hydrated(page);
    const onHours = kr((await page.locator('[data-total="earned"]').textContent())!);
    expect(onToday).toBe(onHours);
    const cw = await playwright.request.newContext({ baseURL });
    expect((await cw.post('/api/v1/session', { data: { email: 'caseworker@demo.fodfaeste.dk', password: 'demo-password' } })).status()).toBe(200);
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 7);
    const report = await (await cw.get(`/api/v1/reports/monthly-hours?month=${month}`)).json();
    const inReport = report.rows.filter((r: { citizen_name: string }) => r.citizen_name === 'Camilla Borger').reduce((sum: number, r: { pay_ore: number }) => sum + r.pay_ore, 0);
    expect(onHours).toBe(inReport);
    await cw.dispose();

    // Reported sick today above: the same day again is refused, on the date, and nothing doubles.
    await page.getByRole('link', { name: 'Fravær' }).click();
    await hydrated(page);
    const sick = page.getByRole('region', { name: 'Jeg er syg' });
    await sick.getByRole('button', { name: 'Meld syg' }).click();
    await expect(sick.locator('#sick-from-error')).toHaveText('Du er allerede meldt syg på de dage.');
    await expect(sick.getByLabel('Fra og med')).toHaveAttribute('aria-invalid', 'true');
    await context.close();
  });
});
