import type { SessionUser } from '@ragboard/shared';

/**
 * Who gives a status update: a signed-in account, or a lead answering an emailed update request
 * without one (recorded with their person record as author, and the request it came through).
 */
export type UpdateAuthor =
  | { kind: 'user'; user: SessionUser }
  | { kind: 'update-request'; requestId: string; person: { id: string; name: string } };

export const asUser = (user: SessionUser): UpdateAuthor => ({ kind: 'user', user });

export function authorName(author: UpdateAuthor): string {
  return author.kind === 'user' ? author.user.displayName : author.person.name;
}

/** The columns of a status update (and of its audit entry) that say who gave it. */
export function authorColumns(author: UpdateAuthor) {
  return author.kind === 'user'
    ? { authorId: author.user.id }
    : {
        authorId: null,
        authorName: author.person.name,
        authorPersonId: author.person.id,
        updateRequestId: author.requestId,
      };
}

export function auditActor(author: UpdateAuthor) {
  return author.kind === 'user'
    ? { actorId: author.user.id }
    : { actorId: null, actorPersonId: author.person.id };
}
