import pino from 'pino';

export type Logger = pino.Logger;

/** pino with secrets redacted; pretty only when a person is watching a terminal. */
export function createLogger(
  level: string,
  pretty = process.stdout.isTTY,
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'tandem' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'token',
        'password',
        '*.token',
        '*.password',
        'req.query.token',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
