import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, hydrated, login } from './helpers';

const CASEWORKER = 'caseworker@demo.fodfaeste.dk';

/** YYYY-MM of the Copenhagen month `days` days ago. */
function monthOf(daysAgo: number): string {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(d).slice(0, 7);
}

test.describe('the caseworker at the desk', () => {
  test('sees alerts first and sorts and searches the caseload with the keyboard', async ({ browser }) => {
    const { context, page } = await login(browser, CASEWORKER, DESKTOP);
    await expect(page.getByRole('heading', { name: 'Min sagsstamme', level: 1 })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Sort by name with the keyboard: focus the column's link and press Enter.
    await page.getByRole('link', { name: /^Borger/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=navn/);
    const names = await page.locator('table.caseload tbody th[scope=row]').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
    await page.getByLabel('Søg efter navn').fill('Ali');
    await page.getByLabel('Søg efter navn').press('Enter');
    await expect(page.locator('table.caseload tbody th[scope=row]')).toHaveText(['Ali Hassan']);
    await context.close();
  });

  test('reads the month\'s approved hours and downloads them as CSV for the benefit office', async ({ browser }) => {
    const month = monthOf(7);
    const { context, page } = await login(browser, CASEWORKER, DESKTOP);
    await page.getByRole('link', { name: 'Månedstimer' }).click();
    await hydrated(page);
    await page.goto(`/sagsbehandler/maanedstimer?maaned=${month}`);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Månedstimer til ydelseskontoret', level: 1 })).toBeVisible();
    const camilla = page.locator('table.report tbody tr', { hasText: 'Camilla Borger' });
    await expect(camilla).toContainText('Vestjysk Metal ApS');
    await expect(camilla).toContainText('142,50 kr.');
    const hours = (await camilla.locator('td.num').first().textContent())!.trim();

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`maanedstimer-${month}.csv`);
    const body = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const line = body.split('\n').find((l) => l.includes('Camilla Borger'))!;
    expect(line).toContain('Vestjysk Metal ApS');
    // The page's "7 t 30 min" is the CSV's "7,50".
    const [h, m] = [parseInt(hours, 10), parseInt(hours.split('t')[1] || '0', 10) || 0];
    expect(line).toContain(`;${h},${String(Math.round((m * 100) / 60)).padStart(2, '0')};`);
    await context.close();
  });
});
