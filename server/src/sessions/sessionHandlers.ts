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

/**
 * The committee-session events on every socket. The service decides; this keeps the socket
 * rooms (who is in the session, who follows the presenter) and tells everyone what changed.
 */
export function sessionHandlers(io: TandemServer, service: SessionService, log: Logger) {
  /** Sockets following the presenter, per session, on this node. */
  const followers = new Map<string, Set<string>>();
  const follow = (sessionId: string, socketId: string, on: boolean) => {
    const set = followers.get(sessionId) ?? new Set<string>();
    if (on) set.add(socketId);
    else set.delete(socketId);
    if (set.size > 0) followers.set(sessionId, set);
    else followers.delete(sessionId);
  };
  const publish = (state: SessionState): SessionState => {
    state.followers = followers.get(state.id)?.size ?? 0;
    // The workspace room sees schedules and outcomes; the session room is who is in it.
    io.to(sessionRoom(state.id)).to(workspaceRoom(state.workspaceId)).emit('session:state', state);
    return state;
  };

  return (socket: TandemSocket): void => {
    const me = () => principalOf(socket).user.id;
    handle(socket, 'session:schedule', SessionSchedule, log, async (p) =>
      publish(await service.schedule(me(), p)),
    );
    handle(socket, 'session:list', WorkspaceRef, log, (p) => service.list(me(), p.workspaceId));
    handle(socket, 'session:get', SessionRef, log, async (p) => {
      const state = await service.get(me(), p.sessionId);
      state.followers = followers.get(state.id)?.size ?? 0;
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
      follow(p.sessionId, socket.id, false);
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
      if (p.following) await socket.join(sessionRoom(state.id));
      follow(state.id, socket.id, p.following);
      return publish(state);
    });
    handle(socket, 'session:motion', SessionMotion, log, async (p) => {
      const { state, motion } = await service.motion(me(), p.sessionId, p.itemId, p.text);
      publish(state);
      return motion;
    });
    handle(socket, 'session:vote', SessionVote, log, async (p) => {
      const { state, motion } = await service.vote(me(), p);
      publish(state);
      return motion;
    });
    handle(socket, 'session:decide', SessionDecide, log, async (p) =>
      publish(await service.decide(me(), p)),
    );
    handle(socket, 'session:end', SessionEnd, log, async (p) => {
      const state = publish(await service.end(me(), p.sessionId, p));
      followers.delete(state.id);
      return state;
    });
    socket.on('disconnect', () => {
      for (const id of [...followers.keys()]) follow(id, socket.id, false);
    });
  };
}
