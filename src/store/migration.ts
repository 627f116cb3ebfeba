/** One schema migration: applied once, in version order, and recorded in `schema_migrations`. */
export type Migration = {
  version: number;
  name: string;
  /** One SQL statement per entry, unqualified table names (the connection's search_path decides the schema). */
  statements: string[];
};
