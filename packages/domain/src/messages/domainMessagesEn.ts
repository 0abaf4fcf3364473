/**
 * Reference English texts for every domain message key, shaped for i18next: mount it under
 * `domain` (`{ ..., domain: domainMessagesEn }`). The web may reword them; a test checks that
 * every key has a text here and in zh-CN.
 */
export const domainMessagesEn = {
  roles: {
    owner: 'Owner',
    leader: 'Leader',
    coordinator: 'Coordinator',
    editor: 'Editor',
    commenter: 'Commenter',
    viewer: 'Viewer',
  },
  validation: {
    required: 'This field is required.',
    notANumber: '“{{value}}” is not a number.',
    notAnInteger: 'Enter a whole number.',
    negative: 'Must not be negative.',
    tooSmall: 'Must be at least {{min}}.',
    tooLarge: 'Must be at most {{max}}.',
    step: 'Must be a multiple of {{step}}.',
    termOutOfRange: 'Terms run from 1 to 6.',
    duplicate: 'Each value may appear only once.',
    notAllowed: 'Choose one of: {{allowed}}.',
    tooLong: 'At most {{max}} characters.',
    tooMany: 'At most {{max}} entries.',
    atLeastOne: 'Enter at least one value.',
    invalidId: 'Not a valid identifier.',
    invalidType: 'This value has the wrong type.',
    invalid: 'This value is not valid.',
    unknownField: 'There is no field “{{field}}”.',
    notFound: 'It no longer exists; someone may have deleted it.',
    unknownReference: '“{{id}}” does not exist in this document.',
    groupNotEmpty: 'The group still holds {{count}} courses or groups; move them first.',
    inUse: 'It is still in use.',
    cycle: 'A group cannot be placed inside itself.',
    levelNotInScale: 'Level “{{level}}” is not on the mapping scale ({{allowed}}).',
    alreadyExists: '“{{id}}” already exists.',
  },
  problems: {
    unreadableRoot: 'Part “{{root}}” of this document cannot be read.',
    malformedEntry: 'An entry in “{{root}}” is malformed and is not shown.',
    invalidField: 'The stored value of “{{field}}” is invalid; a default is shown.',
    danglingReference: 'It refers to a {{ref}} that no longer exists.',
    newerSchema: 'Written by a newer version of Tandem (layout {{found}}); update to edit safely.',
  },
  rules: {
    R1: { totalHoursLow: 'Total hours {{actual}} are below the required {{min}}.' },
    R2: { practiceRatioLow: 'Practice is {{actual}}% of hours; at least {{min}}% is required.' },
    R3: {
      publicFoundationRatioLow:
        'Public foundation courses are {{actual}}% of hours; at least {{min}}% is required.',
    },
    R4: { electiveRatioLow: 'Electives are {{actual}}% of hours; at least {{min}}% is required.' },
    R5: {
      hoursPerCreditOutOfRange:
        '{{code}}: {{hours}} hours for {{credits}} credits is {{actual}} hours per credit (expected {{min}}–{{max}}).',
      blockCreditsMismatch:
        '{{code}}: {{weeks}} weeks of concentrated practice should carry {{expected}} credits, not {{actual}}.',
    },
    R6: { coreCourseCount: '{{actual}} core courses; a program should have {{min}}–{{max}}.' },
    R7: { publicCourseMissing: 'The compulsory public course “{{kind}}” is missing.' },
    R8: {
      competencyNotReached: 'Competency {{code}} is not reached at the top level by any course.',
      coreCourseUnaligned: 'Core course {{code}} does not support any competency.',
      specificationNotReached:
        'Specification {{code}} is not reached at the top level by any course of the program.',
      coreCourseNoSpecification:
        'Core course {{code}} does not support any specification of the plan.',
    },
    R9: {
      theoryHoursMismatch:
        'Content units have {{actual}} theory hours; the course has {{expected}}.',
      practiceHoursMismatch:
        'Content units have {{actual}} practice hours; the course has {{expected}}.',
    },
    R10: { dimensionMissing: 'No {{dimension}} objective yet.' },
    R11: { weightsNotTotal: 'Assessment weights add up to {{actual}}%, not {{expected}}%.' },
    R12: {
      certificateUncovered: 'No course prepares for the certificate “{{name}}”.',
      positionUncovered: 'No course serves the position “{{name}}”.',
    },
    R13: {
      mentorMissing: '{{code}} is delivered by the enterprise but names no enterprise mentor.',
      venueMissing: '{{code}} is delivered by the enterprise but names no venue.',
    },
    R16: { weeklyLoadHigh: 'Term {{term}} has {{actual}} hours a week; at most {{max}}.' },
    S1: {
      directionModuleCount: '{{actual}} direction modules; the structure calls for {{expected}}.',
    },
  },
};

export type DomainMessagesCatalogue = typeof domainMessagesEn;
