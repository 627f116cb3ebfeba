/**
 * The HTTP client of bench:server: `node:http` over a keep-alive agent, one socket per concurrent
 * conversation. The client runs on the same machine as the server it measures; with `fetch`
 * (undici) it used ~4 ms of CPU per turn at 200 conversations (load 10-12), a third of what the
 * server itself used, taken from the same two cores (docs/performance.md).
 */
import { Agent, request } from 'node:http';

export type JsonResponse = { ok: boolean; status: number; body: any };

export function jsonClient(maxSockets: number, timeoutMs: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  return {
    post(url: string, payload: unknown): Promise<JsonResponse> {
      const body = JSON.stringify(payload);
      return new Promise((resolve, reject) => {
        const req = request(
          url,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            timeout: timeoutMs,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              const status = res.statusCode ?? 0;
              let parsed: unknown = null;
              try {
                parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              } catch {
                // not JSON: the caller reports the status
              }
              resolve({ ok: status >= 200 && status < 300, status, body: parsed });
            });
          },
        );
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
