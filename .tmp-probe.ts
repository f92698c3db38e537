import { serveSite } from './tests/support/server.ts';
import { launchBrowser } from './tests/support/browser.ts';
const site = await serveSite('dist', '/', true);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
await page.goto(site.url(process.argv[2]!));
console.log(await page.evaluate(() => {
  const out: string[] = [`doc ${document.documentElement.scrollWidth}`];
  let el: Element | null = document.querySelector('.compare-scroll');
  while (el) { const cs = getComputedStyle(el); out.push(`${el.tagName}.${el.className} w=${(el as HTMLElement).offsetWidth} display=${cs.display}`); el = el.parentElement; }
  return out.join('\n');
}));
await browser.close(); await site.close();
