import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, hydrated, login } from './helpers';

const CASEWORKER = 'caseworker@demo.fodfaeste.dk';
const ADMIN = 'admin@demo.fodfaeste.dk';

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('people on the desk', () => {
  test('a caseworker creates a citizen, who takes the printed invitation on the phone and is logged in', async ({ browser }) => {
    const cw = await login(browser, CASEWORKER, DESKTOP);
    const page = cw.page;
    await page.getByRole('link', { name: 'Ny borger' }).click();
    await hydrated(page);
    await noAxeViolations(page);
    await page.getByLabel('Navn').fill('Freja Holm');
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await expect(page.getByText('Vælg borgerens målgruppe.')).toBeVisible();
    await page.getByLabel('Målgruppe').selectOption('integration');
    await page.getByLabel('E-mail').fill('freja@example.dk');
    await page.getByLabel('Postnummer').fill('6900');
    await page.getByLabel('Ønskede timer pr. uge').fill('15');
    await page.getByLabel('Skånehensyn').fill('Tolk ved første møde');
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await page.waitForURL(/\/sagsbehandler\/borgere\/\d+$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Freja Holm', level: 1 })).toBeVisible();
    await expect(page.getByText('Tolk ved første møde').first()).toBeVisible();
    // The café's internship (6900, integration) ranks among the openings that fit her.
    await noAxeViolations(page);

    await page.getByRole('button', { name: 'Lav invitation' }).click();
    const sheet = page.locator('.invite-sheet');
    await expect(sheet).toContainText('Invitation til Freja Holm');
    await expect(sheet.locator('.qr svg')).toBeVisible();
    await noAxeViolations(page);
    const link = await sheet.locator('.invite-url a').getAttribute('href');
    expect(link).toMatch(/\/invitation\/[0-9a-f]{64}$/);

    // Freja opens it on her phone, logged out.
    const phone = await browser.newContext(PHONE);
    const p = await phone.newPage();
    await p.goto(link!);
    await hydrated(p);
    await expect(p.getByText('Hej Freja Holm.')).toBeVisible();
    await noAxeViolations(p);
    await p.getByLabel('Vælg en adgangskode').fill('kort');
    await p.getByLabel('Skriv den igen').fill('kort');
    await p.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect(p.getByText('Adgangskoden skal være mindst 8 tegn.')).toBeVisible();
    // Her own name, or a password thousands use, is refused with a reason.
    await p.getByLabel('Vælg en adgangskode').fill('freja-holm-1');
    await p.getByLabel('Skriv den igen').fill('freja-holm-1');
    await p.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect(p.getByText('Adgangskoden må ikke indeholde dit navn eller din e-mail.')).toBeVisible();
    await p.getByLabel('Vælg en adgangskode').fill('password1');
    await p.getByLabel('Skriv den igen').fill('password1');
    await p.getByRole('button', { name: 'Gem og log ind' }).click();
    await expect(p.getByText('Den adgangskode bruger mange andre')).toBeVisible();
    await p.getByLabel('Vælg en adgangskode').fill('grøn-cykel-på-torvet');
    await p.getByLabel('Skriv den igen').fill('grøn-cykel-på-torvet');
    await p.getByRole('button', { name: 'Gem og log ind' }).click();
    await p.waitForURL(/\/borger$/);
    await hydrated(p);
    await expect(p.locator('.who-name')).toHaveText('Freja Holm');
    // The link worked once.
    const again = await phone.newPage();
    await again.goto(link!);
    await expect(again.getByText('Invitationen er allerede brugt.')).toBeVisible();

    // Her timeline on the desk starts; her page says she can log in.
    await page.reload();
    await hydrated(page);
    await expect(page.locator('dl.facts')).toContainText('Kan logge ind');
    await Promise.all([phone.close(), cw.context.close()]);
  });

  test('an admin sees the users, invites a caseworker and cannot remove the last admin', async ({ browser }) => {
    const { context, page } = await login(browser, ADMIN, DESKTOP);
    await page.getByRole('link', { name: 'Brugere' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Brugere', level: 1 })).toBeVisible();
    await noAxeViolations(page);
    // One line per user, with the last login; the form opens in the row.
    const me = page.locator('tr', { hasText: 'admin@demo.fodfaeste.dk' });
    await expect(me).not.toContainText('Aldrig');
    await me.getByText('Ændr', { exact: true }).click();
    await me.getByLabel('Rolle').selectOption('caseworker');
    await me.getByRole('button', { name: 'Gem' }).click();
    await expect(me.getByText('Kommunen skal have mindst én aktiv administrator.')).toBeVisible();

    const invite = page.locator('form', { has: page.getByRole('button', { name: 'Lav invitation' }) });
    await invite.getByLabel('Navn').fill('Per Konsulent');
    await invite.getByLabel('E-mail').fill('per@kommune.dk');
    await invite.getByLabel('Rolle').selectOption('caseworker');
    await invite.getByRole('button', { name: 'Lav invitation' }).click();
    await expect(page.locator('.invite-sheet')).toContainText('Invitation til Per Konsulent');
    await page.reload();
    await hydrated(page);
    const per = page.locator('tr', { hasText: 'per@kommune.dk' });
    await expect(per).toContainText('Inviteret, ingen adgangskode endnu');
    await expect(per).toContainText('Aldrig');
    // Search and the role filter narrow the list, as a plain GET form.
    await page.getByLabel('Søg efter navn eller e-mail').fill('KONSULENT');
    await page.locator('#users-role').selectOption('caseworker');
    await page.getByRole('button', { name: 'Filtrér' }).click();
    await expect(page).toHaveURL(/q=KONSULENT.*rolle=caseworker/);
    await expect(page.locator('table.users tbody tr', { hasText: 'per@kommune.dk' })).toHaveCount(1);
    await expect(page.locator('table.users tbody tr', { hasText: 'caseworker@demo.fodfaeste.dk' })).toHaveCount(1);
    await expect(page.locator('table.users tbody tr', { hasText: 'admin@demo.fodfaeste.dk' })).toHaveCount(0);
    await expect(page.locator('table.users tbody tr', { hasText: 'Mette Madsen' })).toHaveCount(0);
    await context.close();
  });
});
