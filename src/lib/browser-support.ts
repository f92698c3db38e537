// The oldest browsers the site must work in (README "支持的浏览器"): the Chromium 86 kernel of
// 360 安全浏览器 and 奇安信可信浏览器 (their 108 kernel and Chrome 109 on Windows 7 come after it),
// Firefox ESR 115, and Safari 14 on older iPhones. The build lowers JavaScript and CSS for these
// (Vite build.target, which is also its CSS target); tests/site/old-browsers.test.ts checks the
// built output in real Chromium 86 and 109 and in Firefox ESR.
export const BROWSER_TARGETS = ['chrome86', 'edge86', 'firefox115', 'safari14', 'ios14'] as const;
