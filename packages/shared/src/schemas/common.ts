import { z } from 'zod';

/** Ids are UUIDs; a malformed one is answered 404, like an unknown one. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** A version number that is also the entity's ETag. */
export const versionSchema = z.number().int().positive();
