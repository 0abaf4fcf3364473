export { AnnouncingDocumentStore } from './AnnouncingDocumentStore';
export type {
  ClusterListener,
  DocFanout,
  FannedUpdate,
  FanoutListener,
  FanoutMessage,
  FanoutSubscription,
} from './DocFanout';
export { type FanoutHost, FanoutLink, type FanoutLinkOptions } from './FanoutLink';
export {
  decodeClusterEnvelope,
  decodeFanoutMessage,
  encodeClusterEnvelope,
  encodeFanoutMessage,
} from './fanoutCodec';
export { LocalFanout, LocalFanoutHub } from './LocalFanout';
export { RedisFanout, type RedisFanoutOptions } from './RedisFanout';
