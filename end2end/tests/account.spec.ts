import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, hydrated, login } from './helpers';

const ALI = 'citizen2@demo.fodfaeste.dk';
const ANDROID_UA = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';

test.describe('Din konto: where one is logged in', () => {
  test('a citizen sees her phones, logs a lost one out, then logs out everywhere', async ({ browser }) => {
    const lost = await login(browser, ALI, { ...PHONE, userAgent: IPHONE_UA });
    const { context, page } = await login(browser, ALI, { ...PHONE, userAgent: ANDROID_UA });

    // From the name in the header, on a 360 px phone.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: /Ali Hassan/ }).click();
    await expect(page).toHaveURL(/\/konto$/);
    await hydrated(page);
    const items = page.locator('li.login-item');
    await expect(items).toHaveCount(2);
    await expect(page.locator('li.login-item[data-this="true"]')).toContainText('Chrome på Android – denne enhed');
    const other = page.locator('li.login-item[data-this="false"]');
    await expect(other).toContainText('Safari på iPhone/iPad');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const button of await page.getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(box!.height, await button.innerText()).toBeGreaterThanOrEqual(44);
    }

    await other.getByRole('button', { name: 'Log ud her' }).click();
    await expect(items).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Log ud på alle andre enheder' })).toHaveCount(0);
    // The lost phone is logged out the next time it loads a page.
    await lost.page.goto('/borger');
    await expect(lost.page).toHaveURL(/\/login$/);

    // Reload between steps: a second login appears, and "alle andre" ends it.
    const again = await login(browser, ALI, { ...PHONE, userAgent: IPHONE_UA });
    await page.reload();
    await hydrated(page);
    await expect(items).toHaveCount(2);
    await page.getByRole('button', { name: 'Log ud på alle andre enheder' }).click();
    await expect(items).toHaveCount(1);
    await again.page.goto('/borger/timer');
    await expect(again.page).toHaveURL(/\/login$/);

    await page.getByRole('button', { name: 'Log ud på alle enheder' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/borger');
    await expect(page).toHaveURL(/\/login$/);
    await Promise.all([context.close(), lost.context.close(), again.context.close()]);
  });

  test('after a caseworker opens her page, a citizen sees who looked and gets all her data', async ({ browser }) => {
    const desk = await login(browser, 'caseworker@demo.fodfaeste.dk', DESKTOP);
    await desk.page.locator('table.caseload').getByRole('link', { name: 'Ali Hassan' }).click();
    await expect(desk.page).toHaveURL(/\/sagsbehandler\/borgere\/\d+$/);
    await hydrated(desk.page);

    const { context, page } = await login(browser, ALI);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/konto');
    await hydrated(page);
    const seen = page.locator('.seen-item', { hasText: 'Karen Jobkonsulent' });
    await expect(seen.first()).toContainText('Så dine oplysninger');
    await expect(seen.first()).toContainText('Demo Kommune');
    await expect(page.locator('.seen-item', { hasText: 'Ali Hassan' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: 'Se mine data' }).click();
    await expect(page.getByRole('heading', { name: 'Mine data', level: 1 })).toBeVisible();
    await expect(page.locator('dl.facts')).toContainText('Ali Hassan');
    await expect(page.getByRole('heading', { name: /Hvem har set mine oplysninger/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const file = await page.request.get('/api/v1/me/export');
    expect(file.status()).toBe(200);
    expect((await file.json()).person.name).toBe('Ali Hassan');

    // The admin finds the look in the log.
    const admin = await login(browser, 'admin@demo.fodfaeste.dk', DESKTOP);
    await admin.page.goto('/sagsbehandler/revision');
    await hydrated(admin.page);
    await admin.page.getByLabel('Handling').selectOption('citizen.view');
    await admin.page.getByRole('button', { name: 'Vis' }).click();
    await expect(admin.page.locator('table.audit tbody tr', { hasText: 'Ali Hassan' }).first()).toContainText('Karen Jobkonsulent');
    await Promise.all([context.close(), desk.context.close(), admin.context.close()]);
  });
});
