import type * as Y from 'yjs';
import { addCourse } from '../curriculum/courseWrites';
import { DEFAULT_SCALE, HML_SCALE, MAP_ROOTS } from '../curriculum/layout';
import { addMapEntity } from '../curriculum/mapEntityWrites';
import { setAlignment } from '../curriculum/setAlignment';
import { setMapSettingsField } from '../curriculum/setMapSettingsField';
import type { DomainMessage } from '../messages/DomainMessage';
import { initDocument } from '../migrations/migrateDoc';
import type { PolicyProfileOverride } from '../policy/resolvePolicyProfile';
import type { DomainResult } from '../ydoc/DomainResult';
import { DEMO_ALIGNMENTS } from './demoAlignments';
import { DEMO_CERTIFICATES, DEMO_COMPETITIONS } from './demoCertificates';
import { DEMO_PLATFORM_COURSES } from './demoPlatformCourses';
import { DEMO_GROUPS, DEMO_PROGRAMS, DEMO_SETTINGS } from './demoStructure';
import { ECOMMERCE_MODULE_COURSES } from './ecommerceModuleCourses';
import { GROUP_MODULE_COURSES } from './groupModuleCourses';
import { ECOMMERCE_POSITIONS } from './positions/ecommercePositions';
import { GROUP_POSITIONS } from './positions/groupPositions';
import { competencyId, dimensionOf } from './positions/PositionSeed';

/** The demo workspace's policy: MOE 2019 plus the group's own "6 direction modules". */
export const DEMO_POLICY_OVERRIDE: PolicyProfileOverride = {
  id: 'MOE-2019+CBVC-ECOM',
  rules: { S1: { directionModules: 6 } },
};

export class SeedError extends Error {
  constructor(
    readonly what: string,
    readonly reason: DomainMessage,
  ) {
    super(`demo seed refused ${what}: ${reason.key} ${JSON.stringify(reason.params)}`);
  }
}

/**
 * Writes the E-commerce professional group of the seed paper into an empty curriculum-map
 * document in one transaction: 5 programs, "1 platform + 6 modules", 76 courses, 11 positions with
 * tasks and competencies, 9 certificates, 6 competitions and the alignment matrix. Every row goes
 * through the same validated write helpers the editors use; a refusal is a bug in the seed.
 * Returns false (and writes nothing) when the document already has content.
 */
export function seedDemoCurriculumMap(doc: Y.Doc, origin?: unknown): boolean {
  // Seeding twice would fail on existing ids; a document that already has programs is left as is.
  if (doc.getMap(MAP_ROOTS.programs).size > 0) return false;
  initDocument(doc, 'curriculum-map', origin);
  doc.transact(() => {
    for (const [field, value] of Object.entries(DEMO_SETTINGS)) {
      ok(`setting ${field}`, setMapSettingsField(doc, field as keyof typeof DEMO_SETTINGS, value));
    }
    if (!doc.getMap(MAP_ROOTS.scales).has(DEFAULT_SCALE.id))
      ok('scale', addMapEntity(doc, 'scales', DEFAULT_SCALE));
    ok('scale', addMapEntity(doc, 'scales', { ...HML_SCALE, order: 2 }));
    for (const p of DEMO_PROGRAMS) ok(`program ${p.id}`, addMapEntity(doc, 'programs', p));
    for (const g of DEMO_GROUPS) ok(`group ${g.id}`, addMapEntity(doc, 'groups', g));
    for (const c of [
      ...DEMO_PLATFORM_COURSES,
      ...ECOMMERCE_MODULE_COURSES,
      ...GROUP_MODULE_COURSES,
    ])
      ok(`course ${c.code}`, addCourse(doc, c));
    for (const position of [...ECOMMERCE_POSITIONS, ...GROUP_POSITIONS]) {
      const { tasks, ...fields } = position;
      ok(`position ${position.id}`, addMapEntity(doc, 'positions', fields));
      for (const [taskId, name, nameEn, competencies] of tasks) {
        const task = { id: taskId, name, nameEn, positionId: position.id };
        ok(`task ${taskId}`, addMapEntity(doc, 'tasks', task));
        for (const [code, cName, cNameEn] of competencies) {
          const competency = { id: competencyId(code), code, dimension: dimensionOf(code), taskId };
          ok(
            `competency ${code}`,
            addMapEntity(doc, 'competencies', { ...competency, name: cName, nameEn: cNameEn }),
          );
        }
      }
    }
    for (const c of DEMO_CERTIFICATES)
      ok(`certificate ${c.id}`, addMapEntity(doc, 'certificates', c));
    for (const c of DEMO_COMPETITIONS)
      ok(`competition ${c.id}`, addMapEntity(doc, 'competitions', c));
    for (const [code, targetId, level] of DEMO_ALIGNMENTS) {
      ok(`alignment ${code}→${targetId}`, setAlignment(doc, code.toLowerCase(), targetId, level));
    }
  }, origin);
  return true;
}

function ok<T>(what: string, result: DomainResult<T>): T {
  if (!result.ok) throw new SeedError(what, result.message);
  return result.value;
}
