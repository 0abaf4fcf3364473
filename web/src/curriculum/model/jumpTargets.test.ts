import { describe, expect, it } from 'vitest';
import { jumpForProblem, jumpForRule } from './jumpTargets';

describe('where a rule result takes you', () => {
  it('a course rule focuses the offending cell in the course grid', () => {
    expect(jumpForRule('R5', { kind: 'course', courseId: 'zy413', field: 'credits' })).toEqual({
      view: 'courses',
      key: 'cell:zy413:credits',
    });
    expect(jumpForRule('R8', { kind: 'course', courseId: 'zy401' }).key).toBe('cell:zy401:code');
  });

  it('a plan rule focuses its metric and switches to the program it was measured for', () => {
    expect(jumpForRule('R2', { kind: 'plan', programId: 'ecommerce' })).toEqual({
      view: null,
      key: 'metric:R2',
      programId: 'ecommerce',
    });
    expect(jumpForRule('S1', { kind: 'plan' })).toEqual({ view: null, key: 'metric:S1' });
  });

  it('coverage gaps open the matrix on the uncovered column', () => {
    expect(jumpForRule('R12', { kind: 'certificate', id: 'cert-live' })).toEqual({
      view: 'matrix',
      matrixKind: 'certificates',
      key: 'target:cert-live',
    });
    expect(jumpForRule('R8', { kind: 'competency', id: 'c-st-k1' }).matrixKind).toBe(
      'competencies',
    );
  });

  it('course-standard results point into the template sections', () => {
    expect(
      jumpForRule('R13', {
        kind: 'standard-section',
        sectionId: 'content',
        itemId: 'unit-3',
        field: 'venue',
      }).key,
    ).toBe('std:content:unit-3:venue');
    expect(jumpForRule('R10', { kind: 'standard-section', sectionId: 'objectives' }).key).toBe(
      'section:objectives',
    );
    expect(
      jumpForRule('R9', { kind: 'standard-section', sectionId: 'content', field: 'hoursTheory' })
        .key,
    ).toBe('field:content:hoursTheory');
  });
});

describe('where a document problem takes you', () => {
  it('follows the problem path to a cell, a row, or nowhere', () => {
    expect(jumpForProblem(['courses', 'c1', 'groupId'])?.key).toBe('cell:c1:groupId');
    expect(jumpForProblem(['alignments', 'c1|gone'])?.key).toBe('cell:c1:code');
    expect(jumpForProblem(['tasks', 't1', 'positionId'])).toEqual({
      view: 'structure',
      key: 'row:tasks:t1',
    });
    expect(jumpForProblem(['meta', 'schemaVersion'])).toBeNull();
  });
});
