import type { PersonRef } from '@tandem/protocol';
import type { ReactNode } from 'react';

/** A comment body with each recorded `@Name` mention highlighted. */
export function MentionText({ body, mentions }: { body: string; mentions: readonly PersonRef[] }) {
  const names = [...new Set(mentions.map((m) => m.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return <>{body}</>;
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = body.split(new RegExp(`(@(?:${escaped.join('|')}))`, 'u'));
  const out: ReactNode[] = parts.map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
      <span key={index} className="mention">
        {part}
      </span>
    ) : (
      part
    ),
  );
  return <>{out}</>;
}
