import { type EnumLabels, enumLabelsEn, enumLabelsZh } from '@tandem/domain';
import { normaliseCell } from '../planTable';

type EnumKind = keyof EnumLabels;

/** The stored values' words in both languages, as a person reads them in an error. */
export function enumLabels(kind: EnumKind): string[] {
  return [...Object.values(enumLabelsZh[kind]), ...Object.values(enumLabelsEn[kind])];
}

/**
 * The words a Word cell may use for each stored value: the domain's labels in both languages,
 * the value itself, and the other words colleges write (`extra`), all normalised as cells are.
 */
export function enumChoices(
  kind: EnumKind,
  extra: Readonly<Record<string, readonly string[]>>,
): Record<string, string> {
  const words: Record<string, string> = {};
  const add = (word: string, value: string) => {
    words[normaliseCell(word)] = value;
  };
  for (const [value, label] of Object.entries(enumLabelsZh[kind])) add(label, value);
  for (const [value, label] of Object.entries(enumLabelsEn[kind])) add(label, value);
  for (const [value, list] of Object.entries(extra)) for (const w of list) add(w, value);
  for (const value of Object.keys(enumLabelsEn[kind])) add(value, value);
  return words;
}
