/**
 * Look-up tables keyed by outside text (a report's severity, a status, an entity name): only the
 * table's own keys count, so "constructor" or "__proto__" finds nothing instead of Object's members.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
