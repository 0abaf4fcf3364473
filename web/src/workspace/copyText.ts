/**
 * Copies `text`. The async clipboard API needs a secure context and permission; when it is
 * missing or refused, fall back to selecting `fallbackInput` and the legacy copy command.
 */
export async function copyText(
  text: string,
  fallbackInput: HTMLInputElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API here (plain http on a LAN address) or permission refused: try the old way.
  }
  if (!fallbackInput) return false;
  fallbackInput.focus();
  fallbackInput.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
