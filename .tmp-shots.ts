// Scratch: screenshots and PDFs (not committed).
import { serveSite } from './tests/support/server.ts';
import { launchBrowser } from './tests/support/browser.ts';
const [,, ...paths] = process.argv;
const site = await serveSite('dist', '/', true);
const browser = await launchBrowser();
for (const spec of paths) {
  const [path, mode] = spec.split('@');
  const name = path!.replace(/[^a-z0-9]+/gi, '_');
  if (mode === 'pdf') {
    const page = await browser.newPage();
    await page.goto(site.url(path!));
    await page.pdf({ path: `/tmp/i13shots/${name}.pdf`, format: 'A4', preferCSSPageSize: true });
    await page.close();
    continue;
  }
  for (const width of mode === 'wide' ? [1366] : mode === 'narrow' ? [390] : [390, 1366]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.url(path!));
    await page.screenshot({ path: `/tmp/i13shots/${name}_${width}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
await site.close();
