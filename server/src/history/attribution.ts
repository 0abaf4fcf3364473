import type { Side } from '@tandem/domain';
import * as Y from 'yjs';
import { typedRoots } from './docContent';

export interface AttributedRun {
  text: string;
  userId: string | null;
}

export interface SectionAttribution {
  root: string;
  runs: AttributedRun[];
  chars: Record<Side | 'unknown', number>;
  share: Record<Side | 'unknown', number>;
}

/**
 * Who wrote each character of the current text: every live item keeps the id of the client
 * that created it (checkpoints keep live items' ids), and the client-id table says whose
 * client that was. Block breaks are not counted; they are structure, not writing.
 */
export function attributeText(
  doc: Y.Doc,
  clientUsers: ReadonlyMap<number, string | null>,
  sideOf: (userId: string) => Side | null,
): SectionAttribution[] {
  const out: SectionAttribution[] = [];
  for (const [root, text] of typedRoots(doc).texts) {
    const runs: AttributedRun[] = [];
    collect(text, clientUsers, runs);
    const chars = { school: 0, enterprise: 0, unknown: 0 };
    for (const run of runs) {
      const side = run.userId ? sideOf(run.userId) : null;
      chars[side ?? 'unknown'] += run.text.replace(/\n/g, '').length;
    }
    const total = chars.school + chars.enterprise + chars.unknown;
    const pct = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
    out.push({
      root,
      runs,
      chars,
      share: {
        school: pct(chars.school),
        enterprise: pct(chars.enterprise),
        unknown: pct(chars.unknown),
      },
    });
  }
  return out;
}

function collect(
  type: { _start: Y.Item | null },
  clientUsers: ReadonlyMap<number, string | null>,
  runs: AttributedRun[],
): void {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) {
      push(runs, content.str, clientUsers.get(item.id.client) ?? null);
    } else if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      collect(content.type, clientUsers, runs);
      push(runs, '\n', null);
    }
  }
}

function push(runs: AttributedRun[], text: string, userId: string | null): void {
  const last = runs.at(-1);
  if (last && (last.userId === userId || text === '\n')) last.text += text;
  else runs.push({ text, userId });
}
