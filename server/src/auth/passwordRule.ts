import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * zxcvbn's score runs 0–4; 3 means "safely unguessable: moderate protection from an offline
 * slow-hash scenario" (about 10^8 guesses), which a scrypt hash plus the sign-in throttle turns
 * into a comfortable margin. Common passwords, keyboard walks, repeats, dates, l33t variants of
 * dictionary words and the person's own name or address all score below it.
 */
export const MIN_SCORE = 3;

let factory: Promise<ZxcvbnFactory> | undefined;

/**
 * Loaded on the first password judged, not at start: the dictionaries hold ~11 MiB of heap
 * (~37 MiB of RSS) that every node would otherwise carry for the rare sign-up or reset.
 */
const zxcvbn = () => {
  factory ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return factory;
};

export type PasswordVerdict = { ok: true } | { ok: false; reason: string };

/** Judges a new password; `context` holds words a guesser would try first (email, name). */
export async function judgePassword(
  password: string,
  context: readonly string[] = [],
): Promise<PasswordVerdict> {
  // Each word of an address or name, and each part run together (`zhang.min` → `zhangmin`).
  const words = context
    .flatMap((c) => c.toLowerCase().split('@'))
    .flatMap((part) => [...part.split(/[^\p{L}\p{N}]+/u), part.replace(/[^\p{L}\p{N}]+/gu, '')])
    .filter((w) => w.length >= 3);
  const result = (await zxcvbn()).check(password, [...words, 'tandem']);
  if (result.score >= MIN_SCORE) return { ok: true };
  const reason =
    result.feedback.warning ?? result.feedback.suggestions[0] ?? 'it is too easy to guess';
  return { ok: false, reason };
}
