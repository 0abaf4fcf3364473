/** Comment threads are a port of the persistence layer (SQLite and memory drivers, one contract suite). */
export type { CommentKind, CommentRecord, CommentStore, ThreadRecord } from '../persistence';
