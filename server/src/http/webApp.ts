import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { ErrorCode } from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';

const API_PREFIXES = ['/api/', '/sync/', '/socket.io/'];

/**
 * Serves the built web app with SPA fallback: any other GET that accepts HTML gets index.html,
 * so `/d/<id>` works on reload. API paths keep their JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<boolean> {
  const index = path.join(webDist, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    const isApi = API_PREFIXES.some((p) => req.url.startsWith(p));
    if (hasWeb && req.method === 'GET' && !isApi) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ code: ErrorCode.NOT_FOUND, message: 'not found' });
  });
  return hasWeb;
}
