import type { fieldsEn } from './fields.en';

/** 简体中文：多人同时编辑同一字段或单元格时的提示。 */
export const fieldsZhCN: Record<keyof typeof fieldsEn, string> = {
  changedMeanwhile:
    '在您输入期间，{{name}} 已将此处改为“{{value}}”。按 Enter 保留您的内容，按 Esc 采用对方的内容。',
  notSavedConflict:
    '未保存：在您输入期间，{{name}} 已将“{{field}}”改为“{{value}}”。您输入的是“{{mine}}”。',
  useMine: '采用我的',
  keepTheirs: '保留对方的',
  someone: '其他协作者',
  emptyValue: '（空）',
  inField: '正在编辑此字段：{{names}}',
};
