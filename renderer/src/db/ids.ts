// Identifiers for new rows: random UUIDs, so two imports never collide and ids reveal nothing.
export function newId(): string {
  return crypto.randomUUID();
}
