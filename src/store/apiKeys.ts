import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { creationTime } from './creationTime.ts';
import { apiKeys } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import { rowsOf } from './sqlHelpers.ts';
import { type ConversationStore, NotFoundError } from './types.ts';

/** What is kept about a key: never the key itself, only its hash (not exposed) and a display prefix. */
export type ApiKey = {
  id: string;
  tenant: string;
  name: string | null;
  /** The first characters of the key (`sb_AbCd1234`), to recognise it in lists. */
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
};

/** A new key: `key` is the secret, returned this once and never stored. */
export type CreatedApiKey = ApiKey & { key: string };

export type ApiKeyCheck = { ok: true; apiKey: ApiKey } | { ok: false; reason: 'unknown' | 'revoked' };

export interface ApiKeyStore {
  create(input: { tenant: string; name?: string | null }): Promise<CreatedApiKey>;
  /** Newest last; revoked keys only with `includeRevoked`. */
  list(filter?: { tenant?: string; includeRevoked?: boolean }): Promise<ApiKey[]>;
  /** Revokes a key (idempotent); throws `NotFoundError` for an unknown id. */
  revoke(id: string): Promise<ApiKey>;
  /** Looks a presented key up by its hash. */
  verify(key: string): Promise<ApiKeyCheck>;
  /** True once any key was ever created (revoked ones count: revoking every key must not open access). */
  anyKeys(): Promise<boolean>;
}

const KEY_PREFIX = 'sb_';
const TENANT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class ApiKeyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiKeyInputError';
  }
}

/** sha256 is enough here: keys are 192 random bits, so there is nothing to brute-force or salt against. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newKeyMaterial(input: { tenant: string; name?: string | null }) {
  if (typeof input.tenant !== 'string' || !TENANT.test(input.tenant))
    throw new ApiKeyInputError(
      `tenant must be 1-64 letters, digits, ".", "_" or "-" starting with a letter or digit (got "${input.tenant}")`,
    );
  const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  return {
    key,
    row: {
      id: `key_${randomBytes(6).toString('hex')}`,
      tenant: input.tenant,
      name: input.name?.trim() || null,
      prefix: key.slice(0, KEY_PREFIX.length + 8),
      keyHash: hashApiKey(key),
    },
  };
}

/** The API keys of a store: its `api_keys` table on PGlite/PostgreSQL, plain maps on the memory store. */
export async function apiKeyStoreFor(store: ConversationStore): Promise<ApiKeyStore> {
  const db = await sqlDatabaseOf(store);
  if (db) return createSqlApiKeyStore(db);
  let keys = memoryKeys.get(store);
  if (!keys) {
    keys = createMemoryApiKeyStore();
    memoryKeys.set(store, keys);
  }
  return keys;
}

/** One key set per memory store, so every caller of `apiKeyStoreFor` sees the same keys. */
const memoryKeys = new WeakMap<ConversationStore, ApiKeyStore>();

const publicColumns = {
  id: apiKeys.id,
  tenant: apiKeys.tenant,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
};

export function createSqlApiKeyStore(db: PgDatabase<any, any>): ApiKeyStore {
  return {
    async create(input) {
      const { key, row } = newKeyMaterial(input);
      const [created] = await db
        .insert(apiKeys)
        .values({ ...row, createdAt: creationTime() })
        .returning(publicColumns);
      return { ...created, key };
    },

    async list(filter = {}) {
      const conditions: SQL[] = [];
      if (filter.tenant !== undefined) conditions.push(eq(apiKeys.tenant, filter.tenant));
      if (!filter.includeRevoked) conditions.push(isNull(apiKeys.revokedAt));
      return db
        .select(publicColumns)
        .from(apiKeys)
        .where(and(...conditions))
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
    },

    async revoke(id) {
      // coalesce keeps the first revocation time when a key is revoked twice.
      const [row] = await db
        .update(apiKeys)
        .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
        .where(eq(apiKeys.id, id))
        .returning(publicColumns);
      if (!row) throw new NotFoundError(`API key ${id}`);
      return row;
    },

    async verify(key) {
      if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX)) return { ok: false, reason: 'unknown' };
      const [row] = await db
        .select(publicColumns)
        .from(apiKeys)
        .where(eq(apiKeys.keyHash, hashApiKey(key)));
      if (!row) return { ok: false, reason: 'unknown' };
      return row.revokedAt ? { ok: false, reason: 'revoked' } : { ok: true, apiKey: row };
    },

    async anyKeys() {
      const [row] = rowsOf<{ present: boolean }>(
        await db.execute(sql`select exists (select 1 from ${apiKeys}) as present`),
      );
      return row.present;
    },
  };
}

export function createMemoryApiKeyStore(): ApiKeyStore {
  const byId = new Map<string, ApiKey & { keyHash: string }>();
  const publicOf = ({ keyHash: _hash, ...key }: ApiKey & { keyHash: string }): ApiKey => ({ ...key });
  return {
    async create(input) {
      const { key, row } = newKeyMaterial(input);
      const stored = { ...row, createdAt: new Date(), revokedAt: null };
      byId.set(row.id, stored);
      return { ...publicOf(stored), key };
    },

    async list(filter = {}) {
      return [...byId.values()]
        .filter((k) => filter.tenant === undefined || k.tenant === filter.tenant)
        .filter((k) => filter.includeRevoked || k.revokedAt === null)
        .map(publicOf);
    },

    async revoke(id) {
      const stored = byId.get(id);
      if (!stored) throw new NotFoundError(`API key ${id}`);
      stored.revokedAt ??= new Date();
      return publicOf(stored);
    },

    async verify(key) {
      const hash = typeof key === 'string' ? hashApiKey(key) : '';
      const stored = [...byId.values()].find((k) => k.keyHash === hash);
      if (!stored) return { ok: false, reason: 'unknown' };
      return stored.revokedAt ? { ok: false, reason: 'revoked' } : { ok: true, apiKey: publicOf(stored) };
    },

    async anyKeys() {
      return byId.size > 0;
    },
  };
}
