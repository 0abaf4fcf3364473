import {
  type DocumentType,
  documentSections,
  type Side,
  sectionIdOfRoot,
  sectionTitle,
} from '@tandem/domain';
import type { DiffDto, PersonRef, StructuredChange, VersionKind } from '@tandem/protocol';
import { type FileChild, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { CompareLabels } from './compareLabels';
import type { ExportLabels } from './labels';
import { type Revisions, trackedParagraphs } from './trackedParagraphs';
import {
  bodyParagraph,
  centredLine,
  keyValueTable,
  SUBTITLE_SIZE,
  TITLE_SIZE,
  wordDocument,
  wordTable,
} from './wordParts';

/** One end of the comparison: the ref asked for, its seq, and its version if it has one. */
export interface ComparisonEnd {
  ref: string;
  seq: number;
  version: { label: string | null; kind: VersionKind; createdAt: number } | null;
}

export interface ComparisonExport {
  title: string;
  /** Names and orders the sections by this type's template; a course standard's when absent. */
  type?: DocumentType;
  diff: DiffDto;
  from: ComparisonEnd;
  to: ComparisonEnd;
  /** The rich-text roots of the newer end: those without changes are named as unchanged. */
  roots: readonly string[];
  /** The person or side the diff was filtered to, if any. */
  filter: { userId?: string | undefined; side?: Side | undefined };
  /** When the changes are dated in Word; the log keeps no time per character. */
  date: Date;
  timeZone: string;
}

interface Words {
  labels: ExportLabels;
  compare: CompareLabels;
}

/**
 * Two versions compared, as a Word file: a title page saying what was compared and who changed
 * what, then each changed section with its changes as tracked changes, then the structured
 * changes as a table. The same diff as the history page's, so the two never disagree.
 */
export async function compareDocx(input: ComparisonExport, words: Words): Promise<Buffer> {
  const { compare } = words;
  const people = new Map(input.diff.people.map((p) => [p.id, p]));
  const nameOf = (p: PersonRef | undefined) =>
    p ? compare.author(p.name, p.side ? sideLabel(words, p.side) : null) : compare.unknownAuthor;
  const authors = (ids: readonly string[]) =>
    ids.length === 0
      ? compare.unknownAuthor
      : ids.map((id) => nameOf(people.get(id))).join(compare.list);
  let id = 0;
  const rev: Revisions = { author: authors, date: input.date.toISOString(), nextId: () => ++id };

  const doc = wordDocument({
    title: `${input.title} — ${compare.subtitle}`,
    titlePage: titlePage(input, words, nameOf),
    body: [
      ...textChanges(input, words, rev),
      ...structuredTable(input.diff.changes, words, authors),
    ],
  });
  return Packer.toBuffer(doc);
}

function titlePage(
  input: ComparisonExport,
  words: Words,
  nameOf: (p: PersonRef | undefined) => string,
): FileChild[] {
  const { compare } = words;
  const when = timeFormat(words.labels.lang, input.timeZone);
  const out: FileChild[] = [
    centredLine(input.title, TITLE_SIZE, true),
    centredLine(compare.subtitle, SUBTITLE_SIZE, true),
    keyValueTable([
      [compare.from, endName(input.from, compare, when)],
      [compare.to, endName(input.to, compare, when)],
    ]),
  ];
  const { userId, side } = input.filter;
  if (userId || side) {
    const who = userId
      ? nameOf(input.diff.people.find((p) => p.id === userId))
      : sideLabel(words, side ?? 'school');
    out.push(bodyParagraph(compare.filteredTo(who)));
  }
  const rows = peopleRows(input.diff, words);
  if (rows.length > 0) {
    out.push(heading(compare.peopleHeading));
    const c = compare.peopleColumns;
    out.push(
      wordTable(
        [
          { header: c.name, weight: 3 },
          { header: c.side, weight: 2, align: 'center' },
          { header: c.inserted, weight: 2 },
          { header: c.deleted, weight: 2 },
          { header: c.other, weight: 2 },
        ],
        rows,
      ),
    );
  }
  out.push(bodyParagraph(compare.howToReview));
  return out;
}

function textChanges(input: ComparisonExport, words: Words, rev: Revisions): FileChild[] {
  const { compare } = words;
  const type = input.type ?? 'course-standard';
  const changed = input.diff.sections
    .filter((s) => s.runs.some((r) => r.op !== 'equal'))
    .sort((a, b) => rootRank(a.root, type) - rootRank(b.root, type));
  const out: FileChild[] = [];
  if (changed.length === 0 && input.diff.changes.length === 0) {
    return [bodyParagraph(compare.noChanges)];
  }
  for (const section of changed) {
    out.push(heading(rootLabel(section.root, words, type)));
    out.push(...trackedParagraphs(section.runs, rev));
  }
  const changedRoots = new Set(changed.map((s) => s.root));
  const unchanged = [...input.roots]
    .filter((root) => !changedRoots.has(root))
    .sort((a, b) => rootRank(a, type) - rootRank(b, type))
    .map((root) => rootLabel(root, words, type));
  if (changed.length === 0 && input.roots.length > 0)
    out.push(bodyParagraph(compare.noTextChanges));
  else if (unchanged.length > 0)
    out.push(bodyParagraph(compare.unchanged(unchanged.join(compare.list))));
  return out;
}

function structuredTable(
  changes: readonly StructuredChange[],
  words: Words,
  authors: (ids: readonly string[]) => string,
): FileChild[] {
  if (changes.length === 0) return [];
  const { compare } = words;
  const c = compare.structuredColumns;
  const rows = changes.map((ch) => [
    itemLabel(ch, compare),
    ch.field && ch.change !== 'added' && ch.change !== 'removed'
      ? fieldLabel(ch.field, words.labels)
      : compare.changeKinds[ch.change],
    showValue(ch.from, words),
    showValue(ch.to, words),
    authors(ch.userIds),
  ]);
  return [
    heading(compare.structuredHeading),
    wordTable(
      [
        { header: c.item, weight: 3 },
        { header: c.field, weight: 2 },
        { header: c.before, weight: 3 },
        { header: c.after, weight: 3 },
        { header: c.by, weight: 2 },
      ],
      rows,
    ),
  ];
}

/** A person per row with what they changed: characters of text, and structured changes. */
function peopleRows(diff: DiffDto, words: Words): (string | number)[][] {
  const count = new Map<string, { inserted: number; deleted: number; other: number }>();
  const tally = (ids: readonly string[], key: 'inserted' | 'deleted' | 'other', n: number) => {
    for (const id of ids.length > 0 ? ids : ['']) {
      const row = count.get(id) ?? { inserted: 0, deleted: 0, other: 0 };
      row[key] += n;
      count.set(id, row);
    }
  };
  for (const s of diff.sections) {
    for (const r of s.runs) {
      const chars = r.text.replaceAll('\n', '').length;
      if (r.op !== 'equal' && chars > 0)
        tally(r.userIds, r.op === 'insert' ? 'inserted' : 'deleted', chars);
    }
  }
  for (const ch of diff.changes) tally(ch.userIds, 'other', 1);
  const people = new Map(diff.people.map((p) => [p.id, p]));
  return [...count].map(([id, n]) => {
    const person = people.get(id);
    return [
      person?.name ?? words.compare.unknownAuthor,
      person?.side ? sideLabel(words, person.side) : '',
      n.inserted,
      n.deleted,
      n.other,
    ];
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

/** The notes body first, then sections in the document's own order (§2, §3 …), others after. */
function rootRank(root: string, type: DocumentType): number {
  if (root === 'root') return -1;
  const sections = documentSections(type);
  const i = sections.findIndex((s) => s.id === sectionIdOfRoot(root));
  return i === -1 ? sections.length : i;
}

function rootLabel(root: string, { labels, compare }: Words, type: DocumentType): string {
  if (root === 'root') return compare.rootText;
  const id = sectionIdOfRoot(root);
  const lang = labels.lang === 'en' ? 'en' : 'zh';
  return (id !== null && sectionTitle(type, id, lang)) || root;
}

function sideLabel({ labels }: Words, side: Side): string {
  return labels.enums.side[side] ?? side;
}

function itemLabel(ch: StructuredChange, compare: CompareLabels): string {
  const collection = compare.collections[ch.collection] ?? ch.collection;
  return ch.entityLabel === ch.collection ? collection : compare.item(collection, ch.entityLabel);
}

function fieldLabel(field: string, labels: ExportLabels): string {
  const known = (labels.fields as Record<string, unknown>)[field];
  return typeof known === 'string' ? known : field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function showValue(value: unknown, { labels, compare }: Words): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? labels.yes : labels.none;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.join(compare.list);
  return JSON.stringify(value);
}

type TimeFormat = (ms: number) => string;

/** "2026年5月4日 09:30（GMT+8）": the reader's zone after the time, as the minutes write it. */
function timeFormat(lang: string, timeZone: string): TimeFormat {
  const format = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  const zone = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' });
  return (ms) => {
    const name = zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
    return name ? `${format.format(ms)} ${name}` : format.format(ms);
  };
}

function endName(end: ComparisonEnd, compare: CompareLabels, when: TimeFormat): string {
  if (end.version) {
    const name = end.version.label ?? compare.versionKinds[end.version.kind];
    return compare.withTime(name, when(end.version.createdAt));
  }
  if (end.ref === 'current') return compare.current;
  const time = end.ref.startsWith('time:') ? Date.parse(end.ref.slice(5)) : Number.NaN;
  return Number.isNaN(time)
    ? compare.point(end.seq)
    : compare.withTime(compare.point(end.seq), when(time));
}
