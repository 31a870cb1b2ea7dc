const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
  for (const [lang, w, h] of [['ar', 1280, 800], ['uk', 360, 740]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: lang, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto('http://127.0.0.1:3111/login');
    await page.fill('input[type=email]', 'admin@demo.fodfaeste.dk');
    await page.fill('input[type=password]', 'demo-password');
    await page.click('button[type=submit]');
    await page.waitForURL(/sagsbehandler/);
    for (const p of ['/sagsbehandler', '/sagsbehandler/maanedstimer', '/maal']) {
      await page.goto('http://127.0.0.1:3111' + p);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/shots/${lang}${p.replace(/\//g, '_')}.png`, fullPage: false });
    }
    await ctx.close();
  }
  await browser.close();
})();
