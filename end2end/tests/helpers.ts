import { Browser, BrowserContext, Locator, Page, Request, Response, expect } from '@playwright/test';

export const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PASSWORD = 'demo-password';

/** Waits until the WebAssembly has taken over the server-rendered page. */
export async function hydrated(page: Page) {
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

/** The page's service worker registration's workers, and the caches. */
type WorkerState = {
  url: string;
  hydrated: string | null;
  controller: boolean;
  registration: { installing: string | null; waiting: string | null; active: string | null } | null;
  caches: string[];
};

/** How far the page's service worker got, or why the page could not say. */
async function workerState(page: Page): Promise<WorkerState | { error: string }> {
  return page
    .evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const worker = (w: ServiceWorker | null) => (w ? w.state : null);
      return {
        url: location.href,
        hydrated: document.body.dataset.hydrated ?? null,
        controller: navigator.serviceWorker.controller !== null,
        registration: reg ? { installing: worker(reg.installing), waiting: worker(reg.waiting), active: worker(reg.active) } : null,
        caches: await caches.keys(),
      };
    })
    .catch((e) => ({ error: `could not ask the page: ${e}` }));
}

/**
 * Waits until the service worker controls the page (it claims on activation). Installing
 * precaches the app, which on a busy 2-core runner has taken over 20 s. When control never
 * comes, the error says how far the worker got and which requests failed meanwhile (the waits
 * end well inside the test's own minute, so that the error is the one reported).
 * `orReload`: for a test about something else, a worker that has activated without claiming
 * the page may take it over by a reload, as it would for a user on their next visit; that is
 * logged, not hidden.
 */
export async function controlled(page: Page, { orReload = false } = {}) {
  const failed: string[] = [];
  const onFailed = (r: Request) => failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400) failed.push(`${r.request().method()} ${r.url()}: ${r.status()}`);
  };
  page.context().on('requestfailed', onFailed);
  page.context().on('response', onResponse);
  const control = (timeout: number) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout });
  try {
    try {
      await control(orReload ? 20_000 : 40_000);
    } catch (first) {
      const state = await workerState(page);
      const activated = 'registration' in state && state.registration?.active === 'activated';
      if (!orReload || !activated) throw first;
      console.log(`controlled(): the worker activated without claiming the page; reloading. ${JSON.stringify(state)}`);
      await page.reload();
      await control(20_000);
    }
  } catch (e) {
    throw new Error(`the service worker never took control: ${JSON.stringify(await workerState(page))}; failed meanwhile: ${JSON.stringify(failed)}\n${e}`);
  } finally {
    page.context().off('requestfailed', onFailed);
    page.context().off('response', onResponse);
  }
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
