// Scratch: contact sheet of PNG pages (not committed).
import { readFileSync, readdirSync } from 'node:fs';
import { launchBrowser } from './tests/support/browser.ts';
const [,, dir, prefix, out, colsArg] = process.argv;
const cols = Number(colsArg ?? 6);
const files = readdirSync(dir!).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort();
const imgs = files.map((f) => `<img src="data:image/png;base64,${readFileSync(`${dir}/${f}`).toString('base64')}">`).join('');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1800, height: 800 } });
await page.setContent(`<style>body{margin:0;display:grid;grid-template-columns:repeat(${cols},1fr);gap:6px;background:#888}img{width:100%;border:1px solid #000}</style>${imgs}`);
await page.screenshot({ path: out!, fullPage: true });
await browser.close();
