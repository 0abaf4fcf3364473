/**
 * Comment and authorship highlights drawn with the CSS Custom Highlight API: ranges over the
 * editors' text nodes, painted by `::highlight()` rules in comments.css, so Lexical's DOM is
 * never touched. Browsers without the API simply show no highlights.
 */
export const HIGHLIGHT = {
  comment: 'tandem-comment',
  active: 'tandem-comment-active',
  school: 'tandem-author-school',
  enterprise: 'tandem-author-enterprise',
  unknown: 'tandem-author-unknown',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHT;

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistryLike; make: (r: Range[]) => unknown } | null {
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)
    ?.highlights;
  const Ctor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!highlights || !Ctor) return null;
  return { highlights, make: (ranges) => new Ctor(...ranges) };
}

/** Ranges per root and kind; `paint` publishes the union of every root's ranges. */
export class HighlightLayer {
  private readonly byRoot = new Map<string, Map<HighlightKind, Range[]>>();

  set(root: string, kinds: Map<HighlightKind, Range[]>): void {
    this.byRoot.set(root, kinds);
    this.paint();
  }

  remove(root: string): void {
    this.byRoot.delete(root);
    this.paint();
  }

  private paint(): void {
    const api = registry();
    if (!api) return;
    for (const [kind, name] of Object.entries(HIGHLIGHT) as [HighlightKind, string][]) {
      const ranges = [...this.byRoot.values()].flatMap((k) => k.get(kind) ?? []);
      if (ranges.length === 0) api.highlights.delete(name);
      else api.highlights.set(name, api.make(ranges));
    }
  }

  dispose(): void {
    this.byRoot.clear();
    this.paint();
  }
}
