import { test, expect, Page } from '@playwright/test';
import { DESKTOP, PHONE, hydrated, login } from './helpers';

const ATTACK = "Feje </textarea><img src=x onerror=alert('xss')><script>alert(1)</script>";

/** Collects what a page reports about blocked content and fired dialogs. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return problems;
}

test.describe('security in the browser', () => {
  test('every role\'s pages hydrate under the Content-Security-Policy with nothing blocked', async ({ browser }) => {
    const tours: [string, string[], typeof PHONE | typeof DESKTOP][] = [
      ['citizen@demo.fodfaeste.dk', ['/borger', '/borger/timer', '/borger/plan', '/borger/fravaer', '/konto'], PHONE],
      ['mentor@demo.fodfaeste.dk', ['/mentor', '/mentor/i-dag', '/mentor/vagtplan', '/mentor/noter'], PHONE],
      ['admin@demo.fodfaeste.dk', ['/sagsbehandler', '/sagsbehandler/maanedstimer', '/sagsbehandler/virksomheder', '/sagsbehandler/brugere', '/maal', '/maal/soev', '/konto'], DESKTOP],
    ];
    for (const [email, paths, device] of tours) {
      const { context, page } = await login(browser, email, device);
      const problems = watch(page);
      for (const path of paths) {
        const res = await page.goto(path);
        const csp = res!.headers()['content-security-policy'] ?? '';
        expect(csp, path).toContain("'strict-dynamic'");
        expect(csp.match(/script-src[^;]*/)![0], path).not.toContain('unsafe-inline');
        expect(res!.headers()['cache-control'], path).toBe('no-store');
        expect(res!.headers()['x-content-type-options'], path).toBe('nosniff');
        await hydrated(page);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  test('a mentor\'s markup in a proposed opening stays text on the caseworker\'s screen', async ({ browser }) => {
    const mentor = await login(browser, 'mentor@demo.fodfaeste.dk');
    const proposed = await mentor.context.request.post('/api/v1/openings/proposals', {
      data: { kind: 'small_job', title: 'Oprydning <b>nu</b>', tasks: ATTACK, hours_per_week: 8, postcode: '6950', hourly_wage: '142,50', seats: '1' },
    });
    expect(proposed.status()).toBe(201);
    const id = (await proposed.json()).id;
    await mentor.context.close();

    const { context, page } = await login(browser, 'caseworker@demo.fodfaeste.dk', DESKTOP);
    const problems = watch(page);
    const reviewed = await context.request.post(`/api/v1/openings/${id}/review`, { data: { decision: 'approve' } });
    expect(reviewed.ok()).toBeTruthy();
    await page.goto(`/sagsbehandler/opslag/${id}`);
    await hydrated(page);
    await expect(page.locator('textarea[name="tasks"]')).toHaveValue(ATTACK);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'nu' })).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a form posted from another site is refused', async ({ browser, baseURL }) => {
    const { context } = await login(browser, 'caseworker@demo.fodfaeste.dk', DESKTOP);
    const res = await context.request.post('/api/v1/citizens', {
      headers: { Origin: 'http://evil.example' },
      data: { name: 'Forged', postcode: '6900', target_group: 'resource_programme', referred_on: '2026-10-01' },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toBe('cross_origin_request');
    const own = await context.request.get(`/api/v1/me`, { headers: { Origin: baseURL! } });
    expect(own.status()).toBe(200);
    await context.close();
  });
});
