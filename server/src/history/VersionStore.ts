/**
 * History's tables are a port of the persistence layer (SQLite and memory drivers, one
 * contract suite); history names them from here. The log is indexed by `ClientIndex`.
 */
export type { NewVersionRecord, VersionRecord, VersionStore } from '../persistence';
