import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, hydrated, login, todayInCopenhagen } from './helpers';

const MANAGER = 'leder@demo.fodfaeste.dk';

async function noAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The figure of the demo goal "Nye socialøkonomiske virksomheder" on /maal. */
async function socialEnterpriseGoal(page: Page): Promise<number> {
  await page.goto('/maal');
  await hydrated(page);
  const card = page.locator('article.goal').filter({ hasText: 'Nye socialøkonomiske virksomheder' });
  await expect(card).toHaveCount(1);
  return parseInt((await card.locator('.goal-figure').textContent())!.split(' ')[0], 10);
}

test.describe('social-economic enterprises', () => {
  test('a manager takes an initiative from idea to established, adds a partner, and the goal moves', async ({ browser }) => {
    const today = todayInCopenhagen();
    const { context, page } = await login(browser, MANAGER, DESKTOP);
    const before = await socialEnterpriseGoal(page);

    await page.getByRole('navigation', { name: 'Skrivebord' }).getByRole('link', { name: 'Socialøkonomi' }).click();
    await page.waitForURL(/\/maal\/soev$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Socialøkonomiske virksomheder', level: 1 })).toBeVisible();
    await noAxeViolations(page);

    // A new idea, with the manager as the one responsible.
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Opret initiativ' }) });
    await form.getByLabel('Navn').fill('Cykelværkstedet');
    await form.getByLabel('Ansvarlig konsulent').selectOption({ label: 'Lars Leder' });
    await form.getByLabel('Noter').fill('Reparerer cykler for kommunens skoler');
    await form.getByRole('button', { name: 'Opret initiativ' }).click();
    await page.waitForURL(/\/maal\/soev\/\d+$/);
    await hydrated(page);
    await noAxeViolations(page);

    // Established needs the company; the refusal names the field, then it is saved.
    const initiative = page.locator('form').filter({ has: page.getByRole('button', { name: 'Gem', exact: true }) });
    await initiative.getByLabel('Hvor langt er det').selectOption('established');
    await initiative.getByLabel('Etableret').fill(today);
    await initiative.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect(initiative.getByText('Vælg virksomheden.')).toBeVisible();
    await initiative.getByLabel('Virksomheden').selectOption({ label: 'Vestjysk Metal ApS' });
    await initiative.getByRole('button', { name: 'Gem', exact: true }).click();
    // Saved, the page loads again from the server with the new stage.
    await expect(page.locator('.report-summary')).toContainText('Etableret');
    await hydrated(page);
    await expect(page.getByLabel('Hvor langt er det')).toHaveValue('established');

    // A partner buys its work; the same partner twice is refused by name.
    const partner = page.locator('form').filter({ has: page.getByRole('button', { name: 'Tilføj' }) });
    await expect(partner.getByLabel('Virksomhed, der køber').locator('option', { hasText: 'Vestjysk Metal ApS' })).toHaveCount(0);
    await partner.getByLabel('Virksomhed, der køber').selectOption({ label: 'Café Fællesskabet' });
    await partner.getByLabel('Hvad køber den').fill('Reparation af ladcykler');
    await partner.getByLabel('Samarbejdet begyndte').fill(today);
    await partner.getByRole('button', { name: 'Tilføj' }).click();
    const partners = page.getByRole('region', { name: 'Samarbejdspartnere' });
    await expect(partners.locator('li').filter({ hasText: 'Café Fællesskabet' })).toContainText('Reparation af ladcykler');
    await hydrated(page);
    await partner.getByLabel('Virksomhed, der køber').selectOption({ label: 'Café Fællesskabet' });
    await partner.getByLabel('Samarbejdet begyndte').fill(today);
    await partner.getByRole('button', { name: 'Tilføj' }).click();
    await expect(partner.getByText('Den virksomhed er allerede samarbejdspartner.')).toBeVisible();

    // The pipeline shows it as established, and the goal counts it.
    await page.goto('/maal/soev');
    await hydrated(page);
    await expect(page.getByRole('region', { name: /^Etableret/ }).getByRole('link', { name: 'Cykelværkstedet' })).toBeVisible();
    expect(await socialEnterpriseGoal(page)).toBe(before + 1);
    await context.close();
  });

  test('the pipeline fits a phone', async ({ browser }) => {
    const { context, page } = await login(browser, MANAGER, PHONE);
    await page.goto('/maal/soev');
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Socialøkonomiske virksomheder' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await noAxeViolations(page);
    await context.close();
  });
});
