import { Browser, BrowserContext, Locator, Page, expect } from '@playwright/test';

export const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PASSWORD = 'demo-password';

/** Waits until the WebAssembly has taken over the server-rendered page. */
export async function hydrated(page: Page) {
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

/** A fresh, logged-out browser on `device` (a phone unless told). */
export async function newPhone(browser: Browser, device = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(device);
  return { context, page: await context.newPage() };
}

export async function login(browser: Browser, email: string, device = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPhone(browser, device);
  await loginOn(page, email);
  return { context, page };
}

/** Logs `email` in on the login page of `page`'s site and waits for the start page. */
export async function loginOn(page: Page, email: string) {
  await page.goto('/login');
  await hydrated(page);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await hydrated(page);
}

/** Today's date in Copenhagen as YYYY-MM-DD (what the date input holds). */
export function todayInCopenhagen(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** The punch clock's words: Danish unless a test passes another language's. */
export type PunchTexts = { in: string; yes: string; out: string };
export const PUNCH_DA: PunchTexts = { in: 'Jeg er mødt', yes: 'Ja, stempl ind', out: 'Jeg går hjem' };

/** Taps "Jeg er mødt". On a day without a shift the clock asks first; the answer is yes. */
export async function punchIn(scope: Page | Locator, texts: PunchTexts = PUNCH_DA) {
  await scope.getByRole('button', { name: texts.in }).click();
  const yes = scope.getByRole('button', { name: texts.yes });
  const out = scope.getByRole('button', { name: texts.out });
  await expect(yes.or(out).first()).toBeVisible();
  if (await yes.isVisible()) await yes.click();
}
