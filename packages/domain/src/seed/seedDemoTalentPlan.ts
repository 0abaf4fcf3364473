import type * as Y from 'yjs';
import { initDocument } from '../migrations/migrateDoc';
import { type TalentPlanData, writeTalentPlan } from '../plan/writeTalentPlan';
import type { DomainResult } from '../ydoc/DomainResult';
import { type DemoTalentPlan, ECOMMERCE_PLAN } from './plans/ecommercePlan';

export type { DemoTalentPlan } from './plans/ecommercePlan';

/** The demo workspace's talent plan: the E-commerce program, cohort 2024. */
export function demoTalentPlan(): DemoTalentPlan {
  return ECOMMERCE_PLAN;
}

/**
 * Writes the demo plan's own parts into an empty talent-plan document, linked to the map
 * document `mapDocumentId`; `userIds` maps demo e-mails to the members the teachers are.
 */
export function seedDemoTalentPlan(
  doc: Y.Doc,
  plan: DemoTalentPlan,
  links: { mapDocumentId: string | null; userIds?: Readonly<Record<string, string>> },
  origin?: unknown,
): DomainResult<TalentPlanData> {
  initDocument(doc, 'talent-plan', origin);
  const teachers = (plan.data.teachers ?? []).map((t) => {
    const email = t.id ? plan.members[t.id] : undefined;
    return { ...t, userId: (email && links.userIds?.[email]) || null };
  });
  return writeTalentPlan(
    doc,
    {
      ...plan.data,
      info: { ...plan.data.info, mapDocumentId: links.mapDocumentId },
      teachers,
    },
    origin,
  );
}
