import { Side } from '@tandem/domain';
import { z } from 'zod';

/** Wire contracts of revision history, diffs, attribution, restore, sign-offs and comments. */

export const VERSION_KINDS = ['auto', 'named', 'session', 'restore'] as const;
export const VersionKind = z.enum(VERSION_KINDS);
export type VersionKind = z.infer<typeof VersionKind>;

export const PersonRef = z.object({
  id: z.string(),
  name: z.string(),
  side: Side.nullable(),
});
export type PersonRef = z.infer<typeof PersonRef>;

export const VersionDto = z.object({
  id: z.string(),
  seq: z.number().int(),
  kind: VersionKind,
  label: z.string().nullable(),
  reason: z.string().nullable(),
  createdBy: PersonRef.nullable(),
  createdAt: z.string(),
  stateHash: z.string(),
  authors: z.array(PersonRef),
  summary: z.string(),
  /** R14: approved by both members of the owning pair. */
  adopted: z.boolean(),
});
export type VersionDto = z.infer<typeof VersionDto>;

export const HistoryDto = z.object({
  versions: z.array(VersionDto),
  lastSeq: z.number().int(),
  /** The state hash of the document now: a version with the same hash is what it holds. */
  currentHash: z.string(),
  /** The newest adopted version and whether the document changed since. */
  adoption: z
    .object({ versionId: z.string(), changedSince: z.boolean(), adoptedAt: z.string() })
    .nullable(),
});
export type HistoryDto = z.infer<typeof HistoryDto>;

export const CreateVersionBody = z.object({ label: z.string().trim().min(1).max(200) });
export type CreateVersionBody = z.infer<typeof CreateVersionBody>;

/** A section of rich text as plain text (paragraphs joined by "\n"), or a structured root. */
export const VersionContentDto = z.object({
  seq: z.number().int(),
  version: VersionDto.nullable(),
  text: z.record(z.string(), z.string()),
  data: z.record(z.string(), z.unknown()),
});
export type VersionContentDto = z.infer<typeof VersionContentDto>;

export const DiffQuery = z.object({
  /** A version id, `seq:<n>`, or `current`. */
  from: z.string().min(1),
  to: z.string().min(1).default('current'),
  userId: z.string().optional(),
  side: Side.optional(),
});
export type DiffQuery = z.infer<typeof DiffQuery>;

export const RedlineRun = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  userIds: z.array(z.string()),
});
export type RedlineRun = z.infer<typeof RedlineRun>;

export const StructuredChange = z.object({
  collection: z.string(),
  entityId: z.string(),
  entityLabel: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'moved']),
  field: z.string().nullable(),
  from: z.unknown(),
  to: z.unknown(),
  summary: z.string(),
  userIds: z.array(z.string()),
});
export type StructuredChange = z.infer<typeof StructuredChange>;

export const DiffDto = z.object({
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  sections: z.array(z.object({ root: z.string(), runs: z.array(RedlineRun) })),
  changes: z.array(StructuredChange),
  people: z.array(PersonRef),
  summary: z.string(),
});
export type DiffDto = z.infer<typeof DiffDto>;

export const AttributionDto = z.object({
  sections: z.array(
    z.object({
      root: z.string(),
      runs: z.array(z.object({ text: z.string(), userId: z.string().nullable() })),
      chars: z.object({ school: z.number(), enterprise: z.number(), unknown: z.number() }),
      /** Percent of the section's live characters per side, rounded. */
      share: z.object({ school: z.number(), enterprise: z.number(), unknown: z.number() }),
    }),
  ),
  people: z.array(PersonRef),
});
export type AttributionDto = z.infer<typeof AttributionDto>;

export const RestoreBody = z.object({
  versionId: z.string().min(1),
  reason: z.string().trim().min(1).max(500),
});
export type RestoreBody = z.infer<typeof RestoreBody>;

export const SIGNOFF_DECISIONS = ['approve', 'request-changes'] as const;
export const SignoffDecision = z.enum(SIGNOFF_DECISIONS);
export const SignoffBody = z.object({
  versionId: z.string().min(1),
  decision: SignoffDecision,
  comment: z.string().trim().max(2000).default(''),
});
export type SignoffBody = z.infer<typeof SignoffBody>;

export const SignoffDto = z.object({
  id: z.string(),
  versionId: z.string(),
  stateHash: z.string(),
  user: PersonRef,
  side: Side,
  decision: SignoffDecision,
  comment: z.string(),
  createdAt: z.string(),
  prevHash: z.string(),
  recordHash: z.string(),
});
export type SignoffDto = z.infer<typeof SignoffDto>;

export const SignoffList = z.object({ signoffs: z.array(SignoffDto) });

export const SignoffVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(z.object({ signoffId: z.string(), problem: z.string() })),
});
export type SignoffVerification = z.infer<typeof SignoffVerification>;

export const CommentAnchor = z.discriminatedUnion('kind', [
  /** Yjs relative positions (Y.encodeRelativePosition, base64) inside a rich-text root. */
  z.object({
    kind: z.literal('text'),
    root: z.string().min(1).max(200),
    start: z.string().min(1).max(2000),
    end: z.string().min(1).max(2000),
    quote: z.string().max(2000).default(''),
  }),
  /** A course, unit, objective… of a structured document; `field` for one cell. */
  z.object({
    kind: z.literal('entity'),
    collection: z.string().min(1).max(100),
    entityId: z.string().min(1).max(100),
    field: z.string().max(100).optional(),
  }),
  z.object({ kind: z.literal('document') }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const CommentBody = z.string().trim().min(1).max(10_000);
export const CreateThreadBody = z.object({ anchor: CommentAnchor, body: CommentBody });
export const ReplyBody = z.object({ body: CommentBody });

export const CommentDto = z.object({
  id: z.string(),
  kind: z.enum(['comment', 'resolve', 'reopen']),
  author: PersonRef,
  body: z.string(),
  mentions: z.array(PersonRef),
  createdAt: z.string(),
});
export const ThreadDto = z.object({
  id: z.string(),
  anchor: CommentAnchor,
  /**
   * Whether the anchor still exists: null when its text or entity is gone. `start`/`end` are
   * Yjs indexes inside the text type each position resolves into (for Lexical, the paragraph),
   * not offsets in the section; a client that draws the range resolves `anchor` itself.
   */
  resolvedAnchor: z
    .object({ start: z.number().int().nullable(), end: z.number().int().nullable() })
    .nullable(),
  status: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  comments: z.array(CommentDto),
});
export type ThreadDto = z.infer<typeof ThreadDto>;
export const ThreadList = z.object({ threads: z.array(ThreadDto) });
