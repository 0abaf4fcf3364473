/**
 * Everything the domain says to a person is an i18n key plus parameters, never a sentence:
 * the web app owns the wording in each language (see `domainMessagesEn` for reference texts).
 * Keys are i18next paths, so `{ key: 'domain.validation.negative' }` resolves under `domain`.
 */
export const DOMAIN_MESSAGE_KEYS = [
  'domain.validation.required',
  'domain.validation.notANumber',
  'domain.validation.notAnInteger',
  'domain.validation.negative',
  'domain.validation.tooSmall',
  'domain.validation.tooLarge',
  'domain.validation.step',
  'domain.validation.termOutOfRange',
  'domain.validation.duplicate',
  'domain.validation.notAllowed',
  'domain.validation.tooLong',
  'domain.validation.tooMany',
  'domain.validation.atLeastOne',
  'domain.validation.invalidId',
  'domain.validation.invalidType',
  'domain.validation.invalid',
  'domain.validation.unknownField',
  'domain.validation.notFound',
  'domain.validation.unknownReference',
  'domain.validation.groupNotEmpty',
  'domain.validation.inUse',
  'domain.validation.cycle',
  'domain.validation.levelNotInScale',
  'domain.validation.alreadyExists',
  'domain.problems.unreadableRoot',
  'domain.problems.malformedEntry',
  'domain.problems.invalidField',
  'domain.problems.danglingReference',
  'domain.problems.newerSchema',
  'domain.rules.R1.totalHoursLow',
  'domain.rules.R2.practiceRatioLow',
  'domain.rules.R3.publicFoundationRatioLow',
  'domain.rules.R4.electiveRatioLow',
  'domain.rules.R5.hoursPerCreditOutOfRange',
  'domain.rules.R5.blockCreditsMismatch',
  'domain.rules.R6.coreCourseCount',
  'domain.rules.R7.publicCourseMissing',
  'domain.rules.R8.competencyNotReached',
  'domain.rules.R8.coreCourseUnaligned',
  'domain.rules.R8.specificationNotReached',
  'domain.rules.R8.coreCourseNoSpecification',
  'domain.rules.R9.theoryHoursMismatch',
  'domain.rules.R9.practiceHoursMismatch',
  'domain.rules.R10.dimensionMissing',
  'domain.rules.R11.weightsNotTotal',
  'domain.rules.R12.certificateUncovered',
  'domain.rules.R12.positionUncovered',
  'domain.rules.R13.mentorMissing',
  'domain.rules.R13.venueMissing',
  'domain.rules.R16.weeklyLoadHigh',
  'domain.rules.S1.directionModuleCount',
] as const;

export type DomainMessageKey = (typeof DOMAIN_MESSAGE_KEYS)[number];

export type MessageParams = Record<string, string | number>;

export interface DomainMessage {
  key: DomainMessageKey;
  params: MessageParams;
}

export function message(key: DomainMessageKey, params: MessageParams = {}): DomainMessage {
  return { key, params };
}

export function isDomainMessageKey(value: unknown): value is DomainMessageKey {
  return typeof value === 'string' && (DOMAIN_MESSAGE_KEYS as readonly string[]).includes(value);
}
