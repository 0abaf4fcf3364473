/** Sign-offs are a port of the persistence layer (SQLite and memory drivers, one contract suite). */
export {
  type Decision,
  GENESIS_HASH,
  recordHash,
  type SignoffRecord,
  type SignoffStore,
  verifyChain,
} from '../persistence';
