import type { z } from 'zod';
import {
  type DomainMessage,
  isDomainMessageKey,
  type MessageParams,
  message,
} from './DomainMessage';

/**
 * Turns a zod issue into a translatable message. Schemas that need a specific wording set a
 * domain key as their error; everything else maps from the issue code, so no schema has to spell
 * out messages for "negative", "too large" and friends. `input` is the value that was judged
 * (zod does not keep it on the issue): a missing value is "required", not "wrong type".
 */
export function issueToMessage(
  issue: z.core.$ZodIssue,
  field: string,
  input?: unknown,
): DomainMessage {
  const base: MessageParams = { field };
  if ('minimum' in issue) base.min = Number(issue.minimum);
  if ('maximum' in issue) base.max = Number(issue.maximum);
  if (isDomainMessageKey(issue.message)) return message(issue.message, base);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return message('domain.validation.required', base);
      if (issue.expected === 'int') return message('domain.validation.notAnInteger', base);
      if (issue.expected === 'number') return message('domain.validation.notANumber', base);
      return message('domain.validation.invalidType', { ...base, expected: issue.expected });
    case 'too_small':
      return tooSmall(issue, base);
    case 'too_big':
      if (issue.origin === 'string') return message('domain.validation.tooLong', base);
      if (issue.origin === 'array') return message('domain.validation.tooMany', base);
      return message('domain.validation.tooLarge', base);
    case 'not_multiple_of':
      return message('domain.validation.step', { ...base, step: Number(issue.divisor) });
    case 'invalid_value':
      return message('domain.validation.notAllowed', {
        ...base,
        allowed: issue.values.map(String).join(', '),
      });
    default:
      return message('domain.validation.invalid', base);
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, base: MessageParams): DomainMessage {
  if (issue.origin === 'string') return message('domain.validation.required', base);
  if (issue.origin === 'array' || issue.origin === 'set') {
    return message('domain.validation.atLeastOne', base);
  }
  if (Number(issue.minimum) === 0) return message('domain.validation.negative', base);
  return message('domain.validation.tooSmall', base);
}
