import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Stops forwarding without closing anything: a dropped network, not a closed tab. */
  freeze(): void;
  /** Forwards again after `freeze`, delivering what waited: a stalled server that recovers. */
  thaw(): void;
  /** Closes every connection and refuses new ones: the target looks down. */
  cut(): void;
  /** Accepts connections again after `cut`. */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy in front of a real server, to drop networks and kill Redis from a test. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const port = address.port;
  return {
    port,
    freeze() {
      for (const [a, b] of pairs) {
        a.unpipe();
        b.unpipe();
        a.pause();
        b.pause();
      }
    },
    thaw() {
      for (const [a, b] of pairs) {
        a.pipe(b);
        b.pipe(a);
        a.resume();
        b.resume();
      }
    },
    cut() {
      down = true;
      // Refused, not accepted-then-closed: a client would count an accepted connection as up.
      server.close();
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    restore() {
      down = false;
      server.listen(port, '127.0.0.1');
    },
    close: async () => {
      down = true;
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
