import { z } from 'zod';

/** Ids are UUIDs; a malformed one is answered 404, like an unknown one. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** A version number that is also the entity's ETag. */
/** A row's version: a PostgreSQL integer, so never more than 2^31 - 1. */
export const versionSchema = z.number().int().positive().max(2_147_483_647);

/** A priority's, outcome's or action's number in the plan: "1", "1.2", "1.2.3". */
export const refSchema = z
  .string()
  .trim()
  .min(1, 'Enter a reference, such as 1.2.3')
  .max(20)
  .regex(/^\S+$/, 'A reference has no spaces, such as 1.2.3');

/** Titles of plans, priorities, outcomes and actions; may hold a bullet list. */
export const titleSchema = z.string().trim().min(1, 'Enter a title').max(5000);

/** Where an item sits among its siblings, from 1; a larger number than there are puts it last. */
export const positionSchema = z.number().int().min(1);

/** An item named by its id and its ref, for links to the parent of a node. */
export const itemRefSchema = z.object({ id: idSchema, ref: z.string() });

/** A PATCH body must change something. */
export const hasChanges = (body: object) => Object.keys(body).length > 0;

/** 304 to a GET whose If-None-Match names the current ETag: the copy the client holds is current. */
export const notModifiedSchema = z.null().describe('Not modified: the ETag sent in If-None-Match is current');
