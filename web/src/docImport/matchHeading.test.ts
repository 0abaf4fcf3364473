import { describe, expect, it } from 'vitest';
import { normaliseTitle, sectionMatcher, stripNumbering } from './matchHeading';
import { courseStandardImport } from './profiles/courseStandardProfile';

const matcher = sectionMatcher(courseStandardImport.sections);

describe('stripNumbering', () => {
  it.each([
    ['一、课程性质与定位', '课程性质与定位'],
    ['（三）课程目标', '课程目标'],
    ['(3) 课程目标', '课程目标'],
    ['第一部分 课程基本信息', '课程基本信息'],
    ['第五章、课程内容与要求', '课程内容与要求'],
    ['1. 课程目标', '课程目标'],
    ['2.1 教学实施', '教学实施'],
    ['3、课程考核', '课程考核'],
    ['一、1. 课程目标', '课程目标'],
    ['Part 2: Design rationale', 'Design rationale'],
    ['IV. Assessment', 'Assessment'],
    ['课程目标', '课程目标'],
  ])('%s → %s', (heading, rest) => {
    expect(stripNumbering(heading)).toBe(rest);
  });

  it('keeps words that only start like numbers', () => {
    expect(stripNumbering('1+X证书')).toBe('1+X证书');
    expect(stripNumbering('十分重要的说明')).toBe('十分重要的说明');
  });
});

describe('matching headings to the template sections', () => {
  it.each([
    ['一、课程性质与定位', 'nature-positioning'],
    ['二、 课程性质和定位', 'nature-positioning'],
    ['（二）课程设计思路', 'design-rationale'],
    ['三、课程目标（知识、能力、素质）', 'objectives'],
    ['第四部分  课程内容与要求', 'content'],
    ['5. 课程内容', 'content'],
    ['六、教学实施建议', 'teaching-implementation'],
    ['七、课程考核与评价', 'assessment'],
    ['八、教学资源', 'resources'],
    ['九、附录', 'appendix'],
    ['课程基本信息：', 'course-info'],
    ['1. Nature and positioning', 'nature-positioning'],
    ['Part 3 — Objectives', 'objectives'],
    ['CONTENT AND REQUIREMENTS', 'content'],
    ['Nature & Positioning', 'nature-positioning'],
    ['7. Assessment', 'assessment'],
  ])('%s → %s', (heading, id) => {
    expect(matcher.match(heading)).toBe(id);
  });

  it.each([
    '七、教学团队',
    '《网店运营》课程标准',
    '课程',
    '本课程是电子商务专业的核心课程，服务网店运营岗位，重点培养学生的数据分析能力与运营能力。',
    '',
  ])('names no section: %s', (heading) => {
    expect(matcher.match(heading)).toBeNull();
  });

  it('ignores width, spaces and joining words', () => {
    expect(normaliseTitle('课程 性质 与 定位。')).toBe(normaliseTitle('课程性质和定位'));
  });
});
