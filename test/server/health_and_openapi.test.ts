import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedRoutes } from '../../src/server/openapi.ts';
import { Health, Readiness } from '../../src/server/schemas.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { Gate, gatedGraphs, startTestServer, type TestServer } from '../support/server/serverFixture.ts';

describe('health and the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    const store = await createPgliteStore();
    await store.migrate();
    server = await startTestServer({ store });
  });
  afterAll(() => server.close());

  it('healthz: the process answers; readyz: migrated database', async () => {
    Health.parse((await server.request('GET', '/healthz')).body);
    const ready = await server.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(Readiness.parse(ready.body)).toEqual({ status: 'ready', store: 'pglite', pendingMigrations: [] });
  });

  it('documents every route with schemas, and serves every documented route', async () => {
    const res = await server.request('GET', '/openapi.json');
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    const schemas = doc.components.schemas;
    expect(schemas.TurnResponse.properties.handoffs.type).toBe('array');
    expect(schemas.CreateConversationRequest.required).toEqual(['graph']);
    const send = doc.paths['/v1/conversations/{id}/messages'].post;
    expect(send.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/SendMessageRequest',
    );
    expect(Object.keys(send.responses['200'].content)).toEqual(['application/json', 'text/event-stream']);
    expect(doc.paths['/v1/conversations'].get.parameters.map((p: any) => p.name)).toEqual([
      'graph',
      'status',
      'limit',
    ]);
    const placeCall = doc.paths['/v1/calls'].post;
    expect(placeCall.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/PlaceCallRequest',
    );
    expect(schemas.PlaceCallRequest.required).toEqual(['graph', 'to']);
    expect(placeCall.responses['201'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/PlacedCall',
    );
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const name of refs) expect(schemas[name], name).toBeDefined();

    const routes = server.app.printRoutes({ commonPrefix: false });
    for (const route of documentedRoutes()) {
      const [method, path] = route.split(' ');
      const concrete = path.replace('{id}', 'x').replace('{name}', 'support');
      const served = await server.app.inject({ method: method as 'GET', url: concrete });
      expect(served.json().error?.message ?? '', `${route} in ${routes}`).not.toMatch(/^no route/);
      expect(served.statusCode, route).not.toBe(500);
    }
  });
});

describe('readiness of a database without migrations', () => {
  it('is 503 naming the pending versions, while healthz still answers', async () => {
    const server = await startTestServer({
      store: await createPgliteStore(),
      graphs: gatedGraphs(new Gate()),
    });
    try {
      const ready = await server.request('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(Readiness.parse(ready.body)).toMatchObject({
        status: 'not_ready',
        pendingMigrations: MIGRATIONS.map((m) => m.version),
      });
      expect((await server.request('GET', '/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
