// Keyboard shortcuts on the search page: "/" (when not typing somewhere) and Ctrl+K / ⌘K
// move the focus to the search box and select its text. Reading pages run no JavaScript,
// so there the header search form is reached with Tab like any other form.

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}

export function installShortcuts(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
