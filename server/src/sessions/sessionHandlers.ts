import {
  SessionDecide,
  SessionEnd,
  SessionFollow,
  SessionMotion,
  SessionPresent,
  SessionRef,
  SessionSchedule,
  SessionSetPresenter,
  type SessionState,
  SessionVote,
  WorkspaceRef,
} from '@tandem/protocol';
import { KeyedQueue } from '../KeyedQueue';
import type { Logger } from '../logger';
import {
  handle,
  principalOf,
  type TandemServer,
  type TandemSocket,
  workspaceRoom,
} from '../presence';
import type { SessionService } from './SessionService';

const sessionRoom = (id: string) => `session:${id}`;
/** The sockets following the presenter: a room, so every node counts and forgets them alike. */
const followRoom = (id: string) => `session-follow:${id}`;
/** How long a publish waits for the other nodes' follower counts before using its own. */
const COUNT_TIMEOUT_MS = 1_000;

/**
 * The committee-session events on every socket. The service decides; this keeps the socket
 * rooms (who is in the session, who follows the presenter) and tells everyone what changed.
 * The rooms are socket.io's, on the server the Redis adapter backs when Redis is configured,
 * so what is sent to a room reaches its sockets on every node.
 */
export function sessionHandlers(io: TandemServer, service: SessionService, log: Logger) {
  /** One publish of a session at a time on this node, so its states go out in order. */
  const publishing = new KeyedQueue<string>();
  const publish = (state: SessionState): Promise<SessionState> =>
    publishing.run(state.id, async () => {
      state.followers = await followers(io, state.id, log);
      // The workspace room sees schedules and outcomes; the session room is who is in it.
      io.to(sessionRoom(state.id))
        .to(workspaceRoom(state.workspaceId))
        .emit('session:state', state);
      return state;
    });

  return (socket: TandemSocket): void => {
    const me = () => principalOf(socket).user.id;
    handle(socket, 'session:schedule', SessionSchedule, log, async (p) =>
      publish(await service.schedule(me(), p)),
    );
    handle(socket, 'session:list', WorkspaceRef, log, (p) => service.list(me(), p.workspaceId));
    handle(socket, 'session:get', SessionRef, log, async (p) => {
      const state = await service.get(me(), p.sessionId);
      state.followers = await followers(io, state.id, log);
      return state;
    });
    handle(socket, 'session:start', SessionRef, log, async (p) =>
      publish(await service.start(me(), p.sessionId)),
    );
    handle(socket, 'session:join', SessionRef, log, async (p) => {
      const state = await service.join(me(), p.sessionId);
      await socket.join(sessionRoom(state.id));
      return publish(state);
    });
    handle(socket, 'session:leave', SessionRef, log, async (p) => {
      await socket.leave(sessionRoom(p.sessionId));
      await socket.leave(followRoom(p.sessionId));
      return null;
    });
    handle(socket, 'session:presenter', SessionSetPresenter, log, async (p) =>
      publish(await service.setPresenter(me(), p.sessionId, p.userId)),
    );
    handle(socket, 'session:present', SessionPresent, log, async (p) => {
      const state = await service.present(me(), p);
      if (state.follow) {
        io.to(sessionRoom(state.id)).emit('session:follow', {
          sessionId: state.id,
          ...state.follow,
        });
      }
      return publish(state);
    });
    // Rejoining following answers with the presenter's current place, to jump straight there.
    handle(socket, 'session:follow', SessionFollow, log, async (p) => {
      const state = await service.get(me(), p.sessionId);
      if (p.following) await socket.join([sessionRoom(state.id), followRoom(state.id)]);
      else await socket.leave(followRoom(state.id));
      return publish(state);
    });
    handle(socket, 'session:motion', SessionMotion, log, async (p) => {
      const { state, motion } = await service.motion(me(), p.sessionId, p.itemId, p.text);
      await publish(state);
      return motion;
    });
    handle(socket, 'session:vote', SessionVote, log, async (p) => {
      const { state, motion } = await service.vote(me(), p);
      await publish(state);
      return motion;
    });
    handle(socket, 'session:decide', SessionDecide, log, async (p) =>
      publish(await service.decide(me(), p)),
    );
    handle(socket, 'session:end', SessionEnd, log, async (p) => {
      const state = await service.end(me(), p.sessionId, p);
      // Nobody follows an ended session, on any node.
      io.in(followRoom(state.id)).socketsLeave(followRoom(state.id));
      return publish(state);
    });
  };
}

/**
 * Sockets following the presenter on every node. Another node that does not answer in time
 * (Redis away) leaves the count to this node's own followers rather than holding the session.
 */
async function followers(io: TandemServer, sessionId: string, log: Logger): Promise<number> {
  const local = () => io.of('/').adapter.rooms.get(followRoom(sessionId))?.size ?? 0;
  const everywhere = io
    .in(followRoom(sessionId))
    .fetchSockets()
    .then((sockets) => sockets.length);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), COUNT_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([everywhere, late])) ?? local();
  } catch (err) {
    log.warn({ err, sessionId }, 'follower count from other nodes failed; counting this one');
    return local();
  } finally {
    clearTimeout(timer);
    // A count given up on may still fail later; it has nothing left to tell anyone.
    everywhere.catch(() => undefined);
  }
}
