// Copy buttons for references (progressive enhancement): a button stays hidden unless
// this script runs; it copies the text of the element named by data-copy-reference.
function statusFor(button: HTMLElement): HTMLElement | null {
  return button.parentElement?.querySelector<HTMLElement>('[role="status"]') ?? null;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-reference]')) {
  const target = document.getElementById(button.dataset.copyReference ?? '');
  if (!target) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = statusFor(button);
    const ok = await copy(target.textContent?.trim() ?? '');
    if (!ok) selectText(target);
    if (status) status.textContent = ok ? '已复制到剪贴板。' : '无法直接复制，已选中著录文字，请按 Ctrl+C 复制。';
  });
}
