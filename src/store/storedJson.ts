/*
 * Schema versions of the JSON the store keeps for the runtime: a conversation's context, an event's
 * data and a tool call's recorded result. Each row carries the version its JSON was written in (a
 * `*_version` column; the memory store keeps it beside the JSON). A reader upgrades an older version
 * step by step and refuses one it does not know, the way the Agents SDK's `RunState` refuses a
 * `$schemaVersion` it cannot read, instead of handing a newer release's data to code that
 * misreads it. Rows written before versions existed read as version 1 (migration 7's column default).
 */

export type StoredJsonKind = 'context' | 'eventData' | 'toolResult';

/** What this release writes. Bump one with an entry in `UPGRADES` that turns the previous shape into it. */
export const STORED_JSON_VERSIONS: Readonly<Record<StoredJsonKind, number>> = {
  context: 1,
  eventData: 1,
  toolResult: 1,
};

/** Empty while every kind is at version 1. */
const UPGRADES: Record<StoredJsonKind, Record<number, (value: unknown) => unknown>> = {
  context: {},
  eventData: {},
  toolResult: {},
};

const DESCRIPTIONS: Record<StoredJsonKind, string> = {
  context: 'context',
  eventData: 'event data',
  toolResult: 'tool call result',
};

export class StoredSchemaVersionError extends Error {
  constructor(
    readonly kind: StoredJsonKind,
    readonly storedVersion: unknown,
    readonly readableVersion: number,
    where: string,
  ) {
    super(
      `${where}: ${DESCRIPTIONS[kind]} was stored with schema version ${String(storedVersion)}, but this ` +
        `Switchboard reads versions 1 to ${readableVersion}; upgrade Switchboard to read it`,
    );
    this.name = 'StoredSchemaVersionError';
  }
}

export type StoredJsonSchema = {
  versions: Readonly<Record<StoredJsonKind, number>>;
  /** `upgrades[kind][n]` turns version n's JSON into version n + 1's. */
  upgrades: Record<StoredJsonKind, Record<number, (value: unknown) => unknown>>;
};

/** This release's versions and upgrades. */
export const STORED_JSON_SCHEMA: StoredJsonSchema = { versions: STORED_JSON_VERSIONS, upgrades: UPGRADES };

/**
 * The stored `value` in the current version's shape. `version` null or undefined means a row written
 * before versions were recorded (version 1). `where` names the row in the error (`conversation c1`).
 */
export function readStoredJson<T>(
  kind: StoredJsonKind,
  version: number | null | undefined,
  value: unknown,
  where: string,
  schema: StoredJsonSchema = STORED_JSON_SCHEMA,
): T {
  const stored = version ?? 1;
  const current = schema.versions[kind];
  if (!Number.isInteger(stored) || stored < 1 || stored > current)
    throw new StoredSchemaVersionError(kind, stored, current, where);
  let upgraded = value;
  for (let v = stored; v < current; v++) {
    const upgrade = schema.upgrades[kind][v];
    if (!upgrade) throw new StoredSchemaVersionError(kind, stored, current, where);
    upgraded = upgrade(upgraded);
  }
  return upgraded as T;
}
