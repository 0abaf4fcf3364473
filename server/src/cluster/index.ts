export { ClusterRevocations, type ClusterRevocationsDeps } from './ClusterRevocations';
export { NodeSockets, type NodeSocketsDeps } from './NodeSockets';
export { type ClusterNotice, decodeNotice, encodeNotice } from './revocationCodec';
