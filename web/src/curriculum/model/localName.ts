/** A row's name in the UI language: the English name when reading in English and one exists. */
export function localName(row: { name: string; nameEn?: string }, language: string): string {
  return language === 'en' && row.nameEn ? row.nameEn : row.name;
}
