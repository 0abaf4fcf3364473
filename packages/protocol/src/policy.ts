import { z } from 'zod';
import { PersonRef } from './history';

/**
 * A curriculum map's policy profile as adopted: the override entries (one per changed field,
 * `R2.minPracticeRatio` → 0.5, as the document stores them), the profile they give, and who
 * adopted this version when. Version 0 is the map as it was before its policy was governed.
 */
export const PolicyStateDto = z.object({
  documentId: z.string(),
  version: z.int().min(0),
  profileId: z.string(),
  profileName: z.string(),
  profileNameEn: z.string(),
  override: z.record(z.string(), z.unknown()),
  changedBy: PersonRef.nullable(),
  changedAt: z.string().nullable(),
  /** Whether the caller may adopt a new version (owners). */
  mayChange: z.boolean(),
});
export type PolicyStateDto = z.infer<typeof PolicyStateDto>;

/** A new version: the whole override, on top of the version the caller was looking at. */
export const SetPolicyBody = z.object({
  baseVersion: z.int().min(0),
  override: z.record(z.string().max(100), z.unknown()).refine((o) => Object.keys(o).length <= 200, {
    message: 'too many entries',
  }),
});
export type SetPolicyBody = z.infer<typeof SetPolicyBody>;

export const PolicyVersionDto = z.object({
  version: z.int().min(0),
  profileId: z.string(),
  override: z.record(z.string(), z.unknown()),
  changedBy: PersonRef.nullable(),
  changedAt: z.string().nullable(),
  /** Entries added, changed or cleared since the version before. */
  changed: z.array(z.string()),
});
export type PolicyVersionDto = z.infer<typeof PolicyVersionDto>;
export const PolicyVersionList = z.object({ versions: z.array(PolicyVersionDto) });
