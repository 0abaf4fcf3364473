import type { Side } from '@tandem/domain';
import type { AttributionDto, PersonRef } from '@tandem/protocol';
import type * as Y from 'yjs';
import { clientRuns, linearText, richTextRoot } from './yjsText';

export type AuthorSide = Side | 'unknown';
export const AUTHOR_SIDES: readonly AuthorSide[] = ['school', 'enterprise', 'unknown'];

export interface SectionShare {
  root: string;
  chars: Record<AuthorSide, number>;
  share: Record<AuthorSide, number>;
}

interface PeerStates {
  getStates(): Map<number, Record<string, unknown>>;
}

/**
 * Which side wrote each live item of the local Y.Doc. The server's attribution (H8) names the
 * person behind every run; pairing its runs with our own items teaches us whose Yjs client
 * each is, so highlights are computed from the local document and stay exact while people type.
 */
export class Authorship {
  /** Yjs client id → user id. */
  private readonly clientUsers = new Map<number, string>();
  private readonly people = new Map<string, PersonRef>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly me: { id: string; side: Side },
    private readonly peers: PeerStates | null,
  ) {}

  learn(dto: AttributionDto): void {
    for (const person of dto.people) this.people.set(person.id, person);
    for (const section of dto.sections) this.learnSection(section);
  }

  /** Only when our copy reads exactly as the server's can items be paired up by position. */
  private learnSection(section: AttributionDto['sections'][number]): void {
    const root = richTextRoot(this.doc, section.root);
    if (!root) return;
    if (section.runs.map((r) => r.text).join('') !== linearText(root)) return;
    const bounds: { start: number; end: number; userId: string | null }[] = [];
    let offset = 0;
    for (const run of section.runs) {
      bounds.push({ start: offset, end: offset + run.text.length, userId: run.userId });
      offset += run.text.length;
    }
    for (const run of clientRuns(root)) {
      const owner = bounds.find((b) => run.start >= b.start && run.start < b.end);
      if (owner?.userId && !this.clientUsers.has(run.client)) {
        this.clientUsers.set(run.client, owner.userId);
      }
    }
  }

  sideOf(client: number): AuthorSide {
    if (client === this.doc.clientID) return this.me.side;
    const userId = this.clientUsers.get(client);
    if (!userId) return this.sideOfPeer(client);
    if (userId === this.me.id) return this.me.side;
    return this.people.get(userId)?.side ?? 'unknown';
  }

  /**
   * Someone typing right now is not in the server's answer yet, but their presence says who they
   * are: y-websocket's awareness client id is their Y.Doc's client id.
   */
  private sideOfPeer(client: number): AuthorSide {
    const data = this.peers?.getStates().get(client)?.awarenessData;
    const side = typeof data === 'object' && data !== null ? Reflect.get(data, 'side') : null;
    return side === 'school' || side === 'enterprise' ? side : 'unknown';
  }

  /** Each side's characters and rounded percent per rich-text root (line breaks not counted). */
  shares(roots: string[]): SectionShare[] {
    return roots.flatMap((name) => {
      const root = richTextRoot(this.doc, name);
      if (!root) return [];
      const chars: Record<AuthorSide, number> = { school: 0, enterprise: 0, unknown: 0 };
      for (const run of clientRuns(root)) chars[this.sideOf(run.client)] += run.end - run.start;
      const total = chars.school + chars.enterprise + chars.unknown;
      const pct = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
      const share = {
        school: pct(chars.school),
        enterprise: pct(chars.enterprise),
        unknown: pct(chars.unknown),
      };
      return [{ root: name, chars, share }];
    });
  }
}
