/**
 * Fractional ordering: a moved row gets a number between its new neighbours, so a move is one
 * cell change and concurrent moves of different rows never conflict. Readers break ties by id.
 */
export function orderBetween(
  before: number | null | undefined,
  after: number | null | undefined,
): number {
  if (before == null && after == null) return 1;
  if (before == null) return (after as number) - 1;
  if (after == null) return before + 1;
  return (before + after) / 2;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A short random id. Collisions only matter between concurrent creators of the same document,
 * where 10 base-36 characters (~51 bits) make them negligible; ids stay readable in URLs.
 */
export function createId(prefix: string): string {
  let out = '';
  for (let i = 0; i < 10; i += 1) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return `${prefix}-${out}`;
}
