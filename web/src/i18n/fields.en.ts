/**
 * English messages for co-editing one structured field or cell: what someone else wrote while you
 * were typing. Mounted as `fields` in en.ts; the zh-CN file is typed against this.
 */
export const fieldsEn = {
  changedMeanwhile:
    '{{name}} changed this to “{{value}}” while you were typing. Enter keeps yours, Esc takes theirs.',
  notSavedConflict:
    'Not saved: {{name}} changed {{field}} to “{{value}}” while you were typing. Yours was “{{mine}}”.',
  useMine: 'Use mine',
  keepTheirs: 'Keep theirs',
  someone: 'Someone',
  emptyValue: '(empty)',
  inField: 'In this field: {{names}}',
};
