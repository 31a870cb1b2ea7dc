import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, hydrated, login } from './helpers';

const CASEWORKER = 'caseworker@demo.fodfaeste.dk';
const MENTOR = 'mentor@demo.fodfaeste.dk';
const CITIZEN = 'citizen@demo.fodfaeste.dk';

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('from a company to an ended placement', () => {
  test.describe.configure({ mode: 'serial' });

  test('a caseworker creates a company and an opening, refused first for a wrong CVR', async ({ browser }) => {
    const { context, page } = await login(browser, CASEWORKER, DESKTOP);
    await page.getByRole('link', { name: 'Virksomheder' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Virksomheder', level: 1 })).toBeVisible();
    await noAxeViolations(page);

    const form = page.locator('form', { has: page.getByRole('button', { name: 'Opret virksomhed' }) });
    await form.getByLabel('CVR-nummer').fill('13748137');
    await form.getByLabel('Navn').fill('Ringkøbing Pakkeri ApS');
    await form.getByLabel('Postnummer').fill('6950');
    await form.getByRole('button', { name: 'Opret virksomhed' }).click();
    await expect(form.getByText('kontrolcifferet passer ikke')).toBeVisible();
    await expect(form.getByLabel('CVR-nummer')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('CVR-nummer').fill('13748136');
    await form.getByRole('button', { name: 'Opret virksomhed' }).click();
    await page.waitForURL(/\/sagsbehandler\/virksomheder\/\d+$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Ringkøbing Pakkeri ApS', level: 1 })).toBeVisible();
    await noAxeViolations(page);

    const opening = page.locator('form', { has: page.getByRole('button', { name: 'Opret opslag' }) });
    await opening.getByLabel('Type').selectOption('small_job');
    await opening.getByLabel('Titel').fill('Pakning af julekurve');
    await opening.getByLabel('Timer pr. uge').fill('10');
    await opening.getByRole('button', { name: 'Opret opslag' }).click();
    await expect(opening.getByText('Et lønnet job skal have en timeløn.')).toBeVisible();
    await opening.getByLabel('Timeløn (kr.)').fill('140,00');
    await opening.getByRole('button', { name: 'Opret opslag' }).click();
    await page.waitForURL(/\/sagsbehandler\/opslag\/\d+$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Pakning af julekurve', level: 1 })).toBeVisible();
    await expect(page.getByText('Småjob (lønnede timer) · Åben')).toBeVisible();
    await noAxeViolations(page);
    await context.close();
  });

  test('a mentor offers a task from the phone, the caseworker approves it, matches and places a citizen, whose hours reach the report, and ends the placement', async ({ browser }) => {
    // The mentor on the factory floor.
    const mentor = await login(browser, MENTOR, PHONE);
    await mentor.page.getByRole('link', { name: 'Noter' }).click();
    await hydrated(mentor.page);
    await mentor.page.getByRole('link', { name: 'Tilbyd en opgave' }).click();
    await hydrated(mentor.page);
    await noAxeViolations(mentor.page);
    await mentor.page.getByLabel('Hvad er opgaven?').fill('Feje gården');
    await mentor.page.getByLabel('Timer om ugen').fill('8');
    await mentor.page.getByLabel('Timeløn (kr.)').fill('142,50');
    await mentor.page.getByLabel('Postnummer').fill('6950');
    await mentor.page.getByRole('button', { name: 'Send forslaget' }).click();
    await hydrated(mentor.page);
    const mine = mentor.page.locator('li.proposal', { hasText: 'Feje gården' });
    await expect(mine).toContainText('Venter på jobcentret');

    // The caseworker finds it among the proposals and approves it.
    const cw = await login(browser, CASEWORKER, DESKTOP);
    const page = cw.page;
    await page.goto('/sagsbehandler/virksomheder');
    await hydrated(page);
    await page.locator('section.alerts').getByRole('link', { name: 'Feje gården' }).click();
    await hydrated(page);
    await expect(page.getByText('Forslag – afventer godkendelse')).toBeVisible();
    await noAxeViolations(page);
    await page.getByLabel('Afgørelse').selectOption('approve');
    await page.getByRole('button', { name: 'Gem afgørelse' }).click();
    await hydrated(page);
    await expect(page.getByText('Småjob (lønnede timer) · Åben')).toBeVisible();

    // Matching: Jonas lives in 6950 and waits for a placement, so he ranks first, with reasons.
    const rows = page.locator('table.matches tbody tr');
    await expect(rows.first().locator('th')).toHaveText('Jonas Nielsen');
    await expect(rows.first()).toContainText('Bor i samme postnummer (6950)');
    await noAxeViolations(page);
    // Camilla can log in and register, so she is the one placed here.
    // "Placér" on her match row opens the form with her chosen.
    await rows.filter({ hasText: 'Camilla Borger' }).getByRole('link', { name: 'Placér Camilla Borger' }).click();
    await hydrated(page);
    const place = page.locator('form', { has: page.getByRole('button', { name: 'Opret forløb' }) });
    const camilla = await place.locator('option', { hasText: 'Camilla Borger' }).getAttribute('value');
    await expect(place.getByLabel('Borger')).toHaveValue(camilla!);
    // From yesterday, so her hours can lie where no other test's hours lie.
    const yesterday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() - 86_400_000));
    await place.getByLabel('Startdato').fill(yesterday);
    await place.getByRole('button', { name: 'Opret forløb' }).click();
    await page.waitForURL(/\/sagsbehandler\/forloeb\/\d+/);
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: 'Forløbet er oprettet.' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Camilla Borger hos Vestjysk Metal ApS', level: 1 })).toBeVisible();
    await expect(page.getByText('Småjob (lønnede timer) · Aktivt')).toBeVisible();
    await noAxeViolations(page);
    const placementUrl = new URL(page.url()).pathname;
    const placementId = Number(placementUrl.split('/').pop());

    // Two hours yesterday evening, registered by Camilla and confirmed by her mentor (the API the
    // phone pages use is covered by their own tests).
    const citizen = await login(browser, CITIZEN, PHONE);
    const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${yesterday}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')!.value.replace('GMT', '') || '+00:00';
    const made = await citizen.context.request.post('/api/v1/time-entries', {
      data: { placement_id: placementId, starts_at: `${yesterday}T04:00:00${offset}`, ends_at: `${yesterday}T06:00:00${offset}`, break_minutes: 0 },
    });
    expect(made.status(), await made.text()).toBe(201);
    const entry = await made.json();
    const confirmed = await mentor.context.request.post(`/api/v1/time-entries/${entry.id}/confirm`);
    expect(confirmed.status(), await confirmed.text()).toBe(200);

    await page.goto(`/sagsbehandler/maanedstimer?maaned=${yesterday.slice(0, 7)}`);
    await hydrated(page);
    const row = page.locator('table.report tbody tr', { hasText: 'Feje gården' });
    await expect(row).toContainText('Camilla Borger');
    await expect(row).toContainText('2 t');
    await expect(row).toContainText('285,00 kr.');
    const csv = await page.context().request.get(`/api/v1/reports/monthly-hours?month=${yesterday.slice(0, 7)}&format=csv`);
    const line = (await csv.text()).split('\n').find((l) => l.includes('Feje gården'))!;
    expect(line).toContain('Camilla Borger');
    expect(line).toContain(';2,00;');
    expect(line).toContain('285,00');

    // The placement ends: she got an ordinary job. Follow-ups are set 3 and 6 months on.
    await page.goto(placementUrl);
    await hydrated(page);
    // Ending is folded away, a step of its own; it never offers an end before the start.
    await page.locator('details.end-placement summary').click();
    const end = page.locator('form', { has: page.getByRole('button', { name: 'Afslut forløbet' }) });
    expect(await end.getByLabel('Slutdato').inputValue() >= yesterday).toBe(true);
    await end.getByLabel('Hvordan sluttede forløbet?').selectOption('ordinary_job');
    await end.getByRole('button', { name: 'Afslut forløbet' }).click();
    await hydrated(page);
    await expect(page.getByText('Afsluttet: Ordinært job')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Opfølgning efter 3 måneder' })).toBeVisible();
    await noAxeViolations(page);

    // The mentor sees the proposal approved.
    await mentor.page.reload();
    await hydrated(mentor.page);
    await expect(mentor.page.locator('li.proposal', { hasText: 'Feje gården' })).toContainText('Godkendt');
    await Promise.all([mentor.context.close(), cw.context.close(), citizen.context.close()]);
  });
});
