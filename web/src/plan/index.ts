// The talent cultivation plan's editor.
export { TalentPlanEditor } from './TalentPlanEditor';
