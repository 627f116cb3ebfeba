import WebSocket from 'ws';

export type LiveClient = {
  socket: WebSocket;
  messages: any[];
  /** Resolves with the messages so far once one matches `predicate`; rejects after `timeoutMs`. */
  waitFor(predicate: (message: any) => boolean, timeoutMs?: number): Promise<any[]>;
  close(): void;
};

/** Opens a WebSocket and records every JSON message; rejects with the HTTP status if the upgrade is refused. */
export function connectLive(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const messages: any[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      for (const check of [...waiters]) check();
    });
    socket.once('unexpected-response', (_req, res) => {
      reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
      socket.terminate();
    });
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        socket,
        messages,
        waitFor(predicate, timeoutMs = 10_000) {
          return new Promise((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`no matching message in ${timeoutMs} ms`)),
              timeoutMs,
            );
            const check = () => {
              if (!messages.some(predicate)) return;
              clearTimeout(timer);
              waiters.splice(waiters.indexOf(check), 1);
              done([...messages]);
            };
            waiters.push(check);
            check();
          });
        },
        close: () => socket.close(),
      }),
    );
  });
}
