import { test, expect } from '@playwright/test';
import { DESKTOP, PHONE, hydrated, login } from './helpers';

// The whole story of the walking skeleton, in order: the citizen registers, the mentor
// confirms one entry and rejects another, the citizen sees both answers, the caseworker sees
// it all on the desk.
test.describe.serial('hours from the phone to the desk', () => {
  const reason = 'Du var her kun til kl. 11 den dag';

  test('a logged-out visitor is sent to the login page', async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const path of ['/', '/borger', '/mentor', '/sagsbehandler']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login$/);
    }
    await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
    await context.close();
  });

  test('a wrong password gets a clear message', async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto('/login');
    await hydrated(page);
    await page.getByLabel('E-mail').fill('citizen@demo.fodfaeste.dk');
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByText('Forkert e-mail eller adgangskode.')).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await context.close();
  });

  test('the citizen sees the placement and registers hours, fixing a mistake on the way', async ({ browser }) => {
    const { context, page } = await login(browser, 'citizen@demo.fodfaeste.dk');
    await expect(page).toHaveURL(/\/borger$/);
    const shift = page.getByRole('region', { name: 'Næste vagt' });
    await expect(shift).toContainText('Vestjysk Metal ApS');
    await expect(shift).toContainText('Mette Madsen');
    await expect(page.getByText('Timeløn: 142,50 kr.')).toBeVisible();

    await page.getByText('Glemt at stemple? Registrér timer her').click();
    await page.getByLabel('Mødt').fill('17:00');
    await page.getByLabel('Gået').fill('19:00');
    await page.getByLabel('Pause i minutter').fill('150');
    await page.getByLabel('Note (valgfri)').fill('Ekstra oprydning på lageret');
    await page.getByRole('button', { name: 'Registrér timer' }).click();

    // The message stands next to the field, and nothing typed is lost.
    await expect(page.locator('#break-error')).toHaveText('Pausen skal være kortere end den tid, du var der.');
    await expect(page.getByLabel('Pause i minutter')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Mødt')).toHaveValue('17:00');
    await expect(page.getByLabel('Gået')).toHaveValue('19:00');
    await expect(page.getByLabel('Note (valgfri)')).toHaveValue('Ekstra oprydning på lageret');

    await page.getByLabel('Pause i minutter').fill('15');
    await page.getByRole('button', { name: 'Registrér timer' }).click();
    const entry = page.locator('.entry', { hasText: '17:00–19:00' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Venter på godkendelse');
    await expect(entry).toContainText('1 t 45 min');
    await context.close();
  });

  test('the mentor confirms one entry and rejects another with a reason', async ({ browser }) => {
    const { context, page } = await login(browser, 'mentor@demo.fodfaeste.dk');
    await expect(page).toHaveURL(/\/mentor$/);
    await expect(page.getByRole('heading', { name: 'Til godkendelse' })).toBeVisible();

    const fresh = page.locator('li.waiting', { hasText: '17:00–19:00' });
    // Entries are grouped per citizen and week, under the citizen's name.
    await expect(page.locator('section.week-group', { has: fresh })).toContainText('Camilla Borger');
    await expect(fresh).toContainText('Ekstra oprydning på lageret');
    await fresh.getByRole('button', { name: 'Godkend' }).click();
    await expect(page.locator('li.waiting', { hasText: '17:00–19:00' })).toHaveCount(0);

    const older = page.locator('li.waiting', { hasText: '08:00–12:00' }).first();
    const olderWhen = `${(await older.locator('.entry-date').textContent())!.trim()} ${(await older.locator('.entry-time').textContent())!.trim()}`;
    await older.locator('summary', { hasText: 'Afvis' }).click();
    await older.getByRole('button', { name: 'Afvis timerne' }).click();
    await expect(older.getByText('Vælg en hurtig begrundelse eller skriv hvorfor timerne afvises.')).toBeVisible();
    // A quick reason is one tap; words may go beside it.
    await older.getByRole('group', { name: 'Hvorfor afviser du timerne?' }).getByLabel('Kom senere').check();
    await older.getByLabel('Eller skriv selv').fill(reason);
    await older.getByRole('button', { name: 'Afvis timerne' }).click();
    await expect(page.locator('li.waiting', { hasText: olderWhen })).toHaveCount(0);

    const decided = page.getByRole('region', { name: 'Senest behandlet' });
    await expect(decided.locator('.entry', { hasText: '17:00–19:00' })).toContainText('Godkendt');
    await expect(decided.locator('.entry', { hasText: olderWhen })).toContainText(`Afvist: Kom senere. ${reason}`);
    await context.close();
  });

  test('the citizen sees which hours were approved and why others were not', async ({ browser }) => {
    const { context, page } = await login(browser, 'citizen@demo.fodfaeste.dk');
    await expect(page.locator('.entry', { hasText: '17:00–19:00' })).toContainText('Godkendt');
    const rejected = page.locator('.entry', { hasText: `Afvist: Kom senere. ${reason}` });
    await expect(rejected).toHaveCount(1);
    // "Registrér igen" opens the form with the rejected entry's times.
    await rejected.getByRole('link', { name: 'Registrér igen' }).click();
    await hydrated(page);
    await expect(page.locator('details#manual')).toHaveAttribute('open', '');
    await expect(page.getByLabel('Mødt', { exact: true })).toHaveValue('08:00');
    await expect(page.getByLabel('Gået', { exact: true })).toHaveValue('12:00');
    await expect(page.getByLabel('Pause i minutter')).toHaveValue('15');
    await context.close();
  });

  test('the caseworker sees the caseload with entries and statuses, then logs out', async ({ browser }) => {
    const { context, page } = await login(browser, 'caseworker@demo.fodfaeste.dk', DESKTOP);
    await expect(page).toHaveURL(/\/sagsbehandler$/);
    const camilla = page.locator('tr', { hasText: 'Camilla Borger' });
    await expect(camilla).toContainText('Vestjysk Metal ApS');
    await expect(camilla.locator('.entry', { hasText: '17:00–19:00' })).toContainText('Godkendt');
    await expect(camilla).toContainText(`Afvist: Kom senere. ${reason}`);
    const ali = page.locator('tr', { hasText: 'Ali Hassan' });
    await expect(ali).toContainText('Café Fællesskabet');
    await expect(ali).toContainText('Venter på godkendelse');

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/sagsbehandler');
    await expect(page).toHaveURL(/\/login$/);
    await context.close();
  });

  test('pages fit a 360 px phone without sideways scrolling', async ({ browser }) => {
    for (const email of ['citizen@demo.fodfaeste.dk', 'mentor@demo.fodfaeste.dk']) {
      const { context, page } = await login(browser, email, { ...PHONE, viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, email).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
