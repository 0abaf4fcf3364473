import { type ColumnDefinitionBuilder, sql } from 'kysely';

/**
 * Column shapes the migrations share. Text compares and sorts bytewise (`collate "C"`), as
 * SQLite's default collation does, so every driver lists things in one order whatever the
 * database's locale. Integers SQLite keeps as INTEGER are int8 here (epoch ms, seqs, Yjs
 * client ids and clocks); the pool reads them back as numbers.
 */
const bytewise = sql`collate "C"`;

/** Text, not null, bytewise. */
export const text = (c: ColumnDefinitionBuilder) => c.modifyFront(bytewise).notNull();
/** Text that may be null, bytewise. */
export const optionalText = (c: ColumnDefinitionBuilder) => c.modifyFront(bytewise);
/** A text primary key, bytewise. */
export const textKey = (c: ColumnDefinitionBuilder) => c.modifyFront(bytewise).primaryKey();
/** Not null. */
export const required = (c: ColumnDefinitionBuilder) => c.notNull();
/** A text column referencing another table's id, not null. */
export const refTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.modifyFront(bytewise).notNull().references(`${table}.id`);
