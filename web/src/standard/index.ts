// The course-standard editor.
export { CourseStandardEditor } from './CourseStandardEditor';
