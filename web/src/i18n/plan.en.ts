import { planSectionTitlesEn } from '@tandem/domain';

/** English messages of the talent plan's editor, mounted under `plan` in en.ts. */
export const planEn = {
  sections: planSectionTitlesEn,
  placeholders: {
    program: '',
    entry: '',
    duration: '',
    schedule: '',
    career:
      'The industry and occupations the program serves, the main positions and how graduates grow in them…',
    objectives:
      'The training objective: who the program educates, for which industry and positions, with what qualities…',
    curriculum:
      'Descriptions of the core courses; the positions–courses–competitions–certificates matrix; apprenticeship arrangements…',
    practice: 'How practice is organised: on-campus training, enterprise rotations, the placement…',
    teachers:
      'The team’s structure, the dual-qualified teachers, enterprise mentors and how they are trained…',
    conditions: 'Training rooms and enterprise bases, teaching resources, information systems…',
    assessment: 'How learning is assessed: process and final, enterprise evaluation, certificates…',
    guarantees:
      'Quality management: the committee, teaching inspections, third-party satisfaction surveys…',
    graduation: 'Other graduation requirements: certificates, physical fitness, practice, conduct…',
    appendix: 'Revision log, approvals, evidence…',
  },
  fields: {
    programId: 'Program',
    programName: 'Program name',
    programCode: 'Program code',
    scale: 'Mapping scale',
    cohortYear: 'Cohort year',
    educationLevel: 'Education type and level',
    versionLabel: 'Version',
    entryRequirements: 'Entry requirements',
    lengthYears: 'Length of study (years)',
    maxLengthYears: 'Longest allowed (years)',
    code: 'Code',
    specText: 'Specification',
    courses: 'Courses (level)',
    teacherTitle: 'Title / post',
    member: 'Member',
    courseIds: 'Courses taught',
    dualQualified: 'Dual-qualified',
    minCredits: 'Minimum credits',
  },
  setup:
    'Start here: choose the curriculum map and the program this plan is for. Courses, hours and the schedule are read from the map.',
  pickProgram: 'Choose the program…',
  programGone: 'Program “{{id}}” is no longer in the curriculum map.',
  educationLevelHint: 'e.g. Higher vocational, associate degree',
  needsProgram:
    'Choose the curriculum map and the program in section 1: this part is read from there.',
  fromMap: 'From the curriculum map, as it is now; edit it there.',
  linkedProgram: 'Program in the curriculum map',
  programTotals: '{{courses}} courses · {{hours}} h · {{credits}} credits',
  positions: 'Positions ({{count}})',
  certificates: 'Certificates ({{count}})',
  specsTitle: 'Training specifications',
  specCount: 'Specifications: {{count}}',
  addSpec: '+ Specification',
  noSpecs: 'No specifications yet.',
  coursesHint:
    'The program’s courses that build this specification, with a level of the program’s mapping scale (R8: one at the top level)',
  core: 'Core',
  curriculumStatus: '{{courses}} courses · {{core}} core',
  practiceHours: 'Practice h',
  practiceStatus: '{{count}} practice courses · {{hours}} h',
  schedule: {
    hours: 'Hours',
    total: 'Total',
    weekly: 'Weekly hours by term',
    weeks: '{{weeks}} wk',
    blockHint: 'Block practice: whole weeks, not weekly hours',
    derivedHint: 'Derived: the map gives no weekly hours, so total hours ÷ terms ÷ teaching weeks',
    shareHint: 'An elective: the totals count the share of it a student takes',
    subtotal: 'Subtotal',
    totals: 'Total',
    // A soft hyphen lets the narrow column break the word in English.
    assessment: 'Assess\u00ADment',
    loadHint: 'Average weekly hours of the term (R16)',
  },
  numbers: 'The plan in numbers',
  verdict: { ok: 'Pass', warning: 'Warning', error: 'Error' },
  teacherCounts:
    'School {{school}} · enterprise {{enterprise}} · dual-qualified {{dual}} ({{share}}%)',
  addTeacher: '+ Teacher',
  noTeachers: 'No teachers yet: add them from both sides.',
  dualQualifiedHint: 'Holds both a teaching and an industry qualification (双师型)',
  minCreditsHint: 'Blank: every course of the plan',
  creditsOf: '{{min}} of the {{total}} credits the plan offers',
  creditsOver: '{{min}} credits required, but the plan offers only {{total}}.',
};

export type PlanMessages = typeof planEn;
