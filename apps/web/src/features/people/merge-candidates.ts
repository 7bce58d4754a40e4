import type { Person } from '@ragboard/shared';

const words = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter(Boolean),
  );

/** How alike two names are: shared words count most, then a shared first letter. */
function likeness(a: string, b: string): number {
  const mine = words(a);
  const shared = [...words(b)].filter((word) => mine.has(word)).length;
  return shared * 2 + (a[0]?.toLowerCase() === b[0]?.toLowerCase() ? 1 : 0);
}

/** Everyone else, similar names first (likely duplicates), then by name. */
export function mergeCandidates(person: Person, people: readonly Person[]): Person[] {
  return people
    .filter((other) => other.id !== person.id)
    .map((other) => ({ other, score: likeness(person.name, other.name) }))
    .sort((a, b) => b.score - a.score || a.other.name.localeCompare(b.other.name))
    .map(({ other }) => other);
}
