import * as Y from 'yjs';

/**
 * Word tables of coded rows (objectives, specifications) often give only a code or only a
 * dimension: the dimension follows from the code's letter (K1 → knowledge), and a row without a
 * code gets the next free one of its dimension. `prefixes` maps each dimension to its letter.
 */
export function completeCode(
  values: Record<string, unknown>,
  taken: ReadonlySet<string>,
  prefixes: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const code = typeof values.code === 'string' ? values.code : '';
  if (values.dimension === undefined) {
    const letter = code.charAt(0).toUpperCase();
    const dimension = Object.keys(prefixes).find((d) => prefixes[d] === letter);
    if (dimension) values.dimension = dimension;
  }
  const prefix = prefixes[String(values.dimension)];
  if (code === '' && prefix) {
    let n = 1;
    while (taken.has(`${prefix}${n}`)) n += 1;
    values.code = `${prefix}${n}`;
  }
  return values;
}

/** The codes the rows under `root` already use, so completed rows do not repeat them. */
export function codesIn(doc: Y.Doc, root: string): Set<string> {
  const codes = new Set<string>();
  for (const row of doc.getMap<unknown>(root).values()) {
    const code = row instanceof Y.Map ? row.get('code') : undefined;
    if (typeof code === 'string') codes.add(code);
  }
  return codes;
}
