import { connect, type Socket } from 'node:net';

/** A raw TCP client on loopback that sends by hand, to act out slow or aborting clients. */
export type SlowClient = { socket: Socket; closed: Promise<number>; stop(): void };

/**
 * Connects to `port` on 127.0.0.1, writes `head`, then one byte of `drip` every `everyMs` until the
 * server closes the connection or `stop()` is called. `closed` resolves with the ms from connect to
 * the server's close. Bounded: the caller stops it (and every test does, in its finally).
 */
export function slowClient(port: number, head: string | Buffer, drip = 'a', everyMs = 200): SlowClient {
  const socket = connect(port, '127.0.0.1');
  const opened = Date.now();
  let timer: NodeJS.Timeout | undefined;
  socket.on('error', () => {});
  socket.on('data', () => {}); // a 408 or 400 the server sends before closing
  const closed = new Promise<number>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve(Date.now() - opened);
    }),
  );
  socket.once('connect', () => {
    if (head.length > 0) socket.write(head);
    if (drip) timer = setInterval(() => socket.writable && socket.write(drip), everyMs);
  });
  return {
    socket,
    closed,
    stop() {
      clearInterval(timer);
      socket.destroy();
    },
  };
}

export const trickledBody = (path: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"graph":"`;

/** Headers that never end: one more header character per drip. */
export const trickledHeaders = (path: string) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `;

export const trickledUpgrade = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
  'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Slow: ';
