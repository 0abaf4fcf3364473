export { AnnouncingDocumentStore } from './AnnouncingDocumentStore';
export type {
  DocFanout,
  FannedUpdate,
  FanoutListener,
  FanoutMessage,
  FanoutSubscription,
} from './DocFanout';
export { type FanoutHost, FanoutLink, type FanoutLinkOptions } from './FanoutLink';
export { decodeFanoutMessage, encodeFanoutMessage } from './fanoutCodec';
export { LocalFanout, LocalFanoutHub } from './LocalFanout';
export { RedisFanout, type RedisFanoutOptions } from './RedisFanout';
