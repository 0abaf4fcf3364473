import { type Side, sectionIdOfRoot, sectionRootName } from '@tandem/domain';
import type { PersonRef, RedlineRun, SignoffDto, VersionDto } from '@tandem/protocol';
import i18next, { type TFunction } from 'i18next';
import type { SectionNames } from '../i18n';
import { formatDateTime } from '../workspace';

/** A message whose key is only known at run time (a field name from the server), or `fallback`. */
export function optionalMessage(key: string, fallback: string): string {
  return i18next.exists(key) ? i18next.t(key as 'history.title') : fallback;
}

/** What a timeline entry is called: its name, or its kind ("Restored: committee said no"). */
export function versionTitle(t: TFunction, version: VersionDto): string {
  if (version.kind === 'restore' && version.label) {
    // The server names restores in English ('Restored "Draft 2"'); say it in the reader's language.
    const quoted = /^Restored "(.*)"$/s.exec(version.label);
    if (quoted?.[1]) return t('history.timeline.restoredLabel', { label: quoted[1] });
    const dated = /^Restored version of (\S+)$/.exec(version.label);
    if (dated?.[1]) {
      const label = formatDateTime(dated[1], i18next.language);
      return t('history.timeline.restoredLabel', { label });
    }
  }
  if (version.label) return version.label;
  if (version.kind === 'restore' && version.reason) {
    return t('history.timeline.restoredFrom', { reason: version.reason });
  }
  return t(`history.kinds.${version.kind}`);
}

/** A rich-text root as people know it: "Document text", or a section of the document's type. */
export function rootLabel(t: TFunction, root: string, sections: SectionNames): string {
  if (root === 'root') return t('history.roots.root');
  const id = sectionIdOfRoot(root);
  return (id !== null && sections.title(id)) || root;
}

/** The server lists roots by name; people read them in the document's own order (§1, §2 …). */
export function byDocumentOrder(
  sections: SectionNames,
): (a: { root: string }, b: { root: string }) => number {
  return (a, b) => sections.rank(a.root) - sections.rank(b.root);
}

/** Each side's latest decision on one version; null where that side has not decided yet. */
export function latestDecisions(
  signoffs: readonly SignoffDto[],
  versionId: string,
): Record<Side, SignoffDto | null> {
  const out: Record<Side, SignoffDto | null> = { school: null, enterprise: null };
  for (const s of signoffs) if (s.versionId === versionId) out[s.side] = s;
  return out;
}

/** Redline runs split into paragraphs: a `"\n"` ends one. Runs never span two paragraphs. */
export function redlineParagraphs(runs: readonly RedlineRun[]): RedlineRun[][] {
  const paragraphs: RedlineRun[][] = [[]];
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text) paragraphs.at(-1)?.push({ ...run, text });
    });
  }
  if (paragraphs.length > 1 && paragraphs.at(-1)?.length === 0) paragraphs.pop();
  return paragraphs;
}

export function hasChanges(runs: readonly RedlineRun[]): boolean {
  return runs.some((r) => r.op !== 'equal' && r.text.trim() !== '');
}

/** "王晓梅 (School), 陈建国 (Enterprise)" for a run's hover title. */
export function peopleNames(
  t: TFunction,
  people: ReadonlyMap<string, PersonRef>,
  ids: readonly string[],
): string {
  if (ids.length === 0) return t('history.diff.unknownPerson');
  return ids
    .map((id) => {
      const p = people.get(id);
      if (!p) return t('history.diff.unknownPerson');
      return p.side ? `${p.name} (${t(`sides.${p.side}`)})` : p.name;
    })
    .join(', ');
}

/** A comparison end in words: a version's title, "current version", or a point in time. */
export function refTitle(
  t: TFunction,
  language: string,
  versions: readonly VersionDto[],
  ref: string,
  formatTime: (iso: string, language: string) => string,
): string {
  if (ref === 'current') return t('history.diff.currentShort');
  if (ref.startsWith('time:')) return formatTime(ref.slice('time:'.length), language);
  if (ref.startsWith('seq:')) return t('history.view.atSeq', { seq: ref.slice('seq:'.length) });
  const version = versions.find((v) => v.id === ref);
  return version ? versionTitle(t, version) : ref;
}

/** The two ends of a comparison, older first (the server refuses `from` after `to`). */
export function orderRange(
  versions: readonly VersionDto[],
  a: string,
  b: string,
): [string, string] {
  const rank = (ref: string) =>
    ref === 'current' ? Number.POSITIVE_INFINITY : (versions.find((v) => v.id === ref)?.seq ?? -1);
  return rank(a) <= rank(b) ? [a, b] : [b, a];
}

const TEXT_SUMMARY = /^text edited in (.+) \(\+(\d+) −(\d+) characters\)$/;
const CHANGES_SUMMARY = /^(\d+) changes: /;

/**
 * The server's one-line summary ("text edited in root (+49 −0 characters); …") in the reader's
 * language where its shape is known; other parts (course changes) are shown as written.
 */
export function localSummary(t: TFunction, summary: string, sections: SectionNames): string {
  if (summary === 'no changes') return t('history.summary.none');
  return summary
    .split('; ')
    .filter((part) => part !== '…')
    .map((part) => {
      // "39 changes: info: map document id null → …" names internal fields: the count is enough.
      const counted = CHANGES_SUMMARY.exec(part);
      if (counted) return t('history.summary.changes', { count: Number(counted[1]) });
      const match = TEXT_SUMMARY.exec(part);
      if (!match) return part;
      const [, names = '', added, removed] = match;
      const labels = names
        .split(', ')
        .map((name) => rootLabel(t, name === 'root' ? name : sectionRootName(name), sections))
        .join(t('history.summary.separator'));
      return t('history.summary.text', { sections: labels, added, removed });
    })
    .join('; ');
}
