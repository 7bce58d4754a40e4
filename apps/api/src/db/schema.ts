import {
  BOARD_REPORT_STATES,
  CHALLENGE_STATES,
  DEFAULT_LICENCE,
  FINDING_JUDGEMENTS,
  KPI_DIRECTIONS,
  KPI_TARGET_KINDS,
  KPI_UNITS,
  ORGANISATION_KINDS,
  OUTBOX_STATES,
  PERIOD_STATES,
  PLAN_STATES,
  REPORTING_CADENCES,
  ROLES,
  STATUSES,
} from '@ragboard/shared';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  char,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every enum here takes its values from packages/shared, so the database and the API agree. */
export const statusEnum = pgEnum('status', STATUSES);
export const planStateEnum = pgEnum('plan_state', PLAN_STATES);
export const reportingCadenceEnum = pgEnum('reporting_cadence', REPORTING_CADENCES);
export const organisationKindEnum = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const kpiUnitEnum = pgEnum('kpi_unit', KPI_UNITS);
export const kpiDirectionEnum = pgEnum('kpi_direction', KPI_DIRECTIONS);
export const kpiTargetKindEnum = pgEnum('kpi_target_kind', KPI_TARGET_KINDS);
export const userRoleEnum = pgEnum('user_role', ROLES);
export const periodStateEnum = pgEnum('period_state', PERIOD_STATES);
export const outboxStateEnum = pgEnum('outbox_state', OUTBOX_STATES);
export const boardReportStateEnum = pgEnum('board_report_state', BOARD_REPORT_STATES);
export const challengeStateEnum = pgEnum('challenge_state', CHALLENGE_STATES);
export const findingJudgementEnum = pgEnum('finding_judgement', FINDING_JUDGEMENTS);
export const newDateSourceEnum = pgEnum('new_date_source', ['carried', 'manager']);

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic-concurrency version, sent as the ETag and checked against If-Match. */
const version = () => integer('version').notNull().default(1);
/** Refs are unique among live items only: an archived 1.2.3 must not block a new 1.2.3. */
const live = (archivedAt: AnyPgColumn) => sql`${archivedAt} IS NULL`;
/** A calendar month as "YYYY-MM". */
const month = (name: string) => char(name, { length: 7 });

export const organisations = pgTable('organisations', {
  id: id(),
  name: text('name').notNull().unique(),
  kind: organisationKindEnum('kind').notNull().default('other'),
  createdAt: createdAt(),
  version: version(),
});

export const people = pgTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    role: text('role'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    email: text('email'),
    /** Set when this record was merged into another; the survivor keeps the history. */
    mergedIntoId: uuid('merged_into_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index('people_name_idx').on(sql`lower(${t.name})`)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRoleEnum('role').notNull(),
    personId: uuid('person_id').references(() => people.id),
    active: boolean('active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Two-step verification: the TOTP secret (base32) once confirmed, and when. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** A secret offered for enrolment and not yet confirmed with a code. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last 30-second step a code was accepted for: no code is accepted twice (RFC 6238 5.2). */
    totpLastStep: integer('totp_last_step'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('users_person_idx').on(t.personId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table does not leak sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /**
     * What the session still lacks after the password: 'verify' (a code from the authenticator
     * app) or 'enrol' (a manager without two-step verification sets it up). Null: complete.
     */
    secondStep: text('second_step', { enum: ['verify', 'enrol'] }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One-time recovery codes for two-step verification, kept as SHA-256 only. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: createdAt(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * Links to set a new password after "Forgotten your password?": a long random token sent by email,
 * kept as SHA-256 only, good for an hour and once (decision 052).
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * Browsers where someone chose not to be asked for a code for a while after two-step
 * verification: a long random token in a signed cookie, kept as SHA-256 only, ended with the
 * account's second factor.
 */
export const trustedBrowsers = pgTable(
  'trusted_browsers',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('trusted_browsers_user_idx').on(t.userId)],
);

/**
 * Named read-only tokens for reporting tools (Power BI, Excel's web query): shown once, kept as
 * SHA-256 only, with an expiry, the time last used, and revocable.
 */
export const apiTokens = pgTable('api_tokens', {
  id: id(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdById: uuid('created_by_id')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedById: uuid('revoked_by_id').references(() => users.id),
});

/**
 * Sign-in attempts counted per account and per address, here rather than in one process's
 * memory, so every instance behind a load balancer enforces the same limit.
 */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});

export const plans = pgTable('plans', {
  id: id(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  periodStart: month('period_start').notNull(),
  periodEnd: month('period_end').notNull(),
  state: planStateEnum('state').notNull().default('draft'),
  /**
   * The plan this one was started from (it carried actions forward). Unique: a plan has one
   * successor. No foreign key, like `status_updates.superseded_by_id`: the backup orders tables by
   * their references and a table may not refer to itself.
   */
  predecessorId: uuid('predecessor_id').unique(),
  /** A Blue is signed off only once a file of evidence is attached to its update. */
  signOffNeedsEvidence: boolean('sign_off_needs_evidence').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

export const priorities = pgTable(
  'priorities',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    deliveryGroupName: text('delivery_group_name'),
    deliveryGroupLeadRole: text('delivery_group_lead_role'),
    deliveryGroupLeadId: uuid('delivery_group_lead_id').references(() => people.id),
    reportingCadence: reportingCadenceEnum('reporting_cadence').notNull().default('monthly'),
    byException: boolean('by_exception').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('priorities_plan_ref_idx').on(t.planId, t.ref).where(live(t.archivedAt))],
);

export const outcomes = pgTable(
  'outcomes',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    leadId: uuid('lead_id').references(() => people.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('outcomes_plan_ref_idx').on(t.planId, t.ref).where(live(t.archivedAt)),
    index('outcomes_priority_idx').on(t.priorityId),
  ],
);

export const actions = pgTable(
  'actions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** The original due month; a revised date never overwrites it. */
    dueMonth: month('due_month'),
    /** The plan's own words for the due date ("Feb-23", "Dependent on sustainability"). */
    dueText: text('due_text'),
    /** Current state: the latest accepted status update, kept here in the same transaction. */
    status: statusEnum('status').notNull().default('Grey'),
    revisedDue: date('revised_due', { mode: 'string' }),
    currentUpdateId: uuid('current_update_id'),
    /** The action of the previous plan this one continues (unique; no foreign key: see `plans.predecessor_id`). */
    carriedFromId: uuid('carried_from_id').unique(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('actions_plan_ref_idx').on(t.planId, t.ref).where(live(t.archivedAt)),
    // A plan's actions, archived or not (leads, updates and sign-offs join through it).
    index('actions_plan_idx').on(t.planId),
    index('actions_outcome_idx').on(t.outcomeId),
  ],
);

export const actionLeads = pgTable(
  'action_leads',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.personId] }), index('action_leads_person_idx').on(t.personId)],
);

export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    month: month('month').notNull(),
    state: periodStateEnum('state').notNull().default('open'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    graceDays: integer('grace_days').notNull().default(0),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: uuid('closed_by_id').references(() => users.id),
    /** The plan as it stood when the period closed. */
    snapshot: jsonb('snapshot'),
  },
  (t) => [uniqueIndex('reporting_periods_plan_month_idx').on(t.planId, t.month)],
);

/** An action's current state as a sign-off found it. */
export interface SignOffBefore {
  status: (typeof STATUSES)[number];
  revisedDue: string | null;
  currentUpdateId: string | null;
}

export const statusUpdates = pgTable(
  'status_updates',
  {
    id: id(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    period: month('period').notNull(),
    status: statusEnum('status').notNull(),
    note: text('note'),
    revisedDue: date('revised_due', { mode: 'string' }),
    authorId: uuid('author_id').references(() => users.id),
    /** Who the update speaks for when entered on someone's behalf (imports, the demo history). */
    authorName: text('author_name'),
    /** The lead who gave it through an emailed update request, without an account. */
    authorPersonId: uuid('author_person_id').references(() => people.id),
    updateRequestId: uuid('update_request_id').references(() => updateRequests.id),
    createdAt: createdAt(),
    /** Set when a later update in the same period took its place; history is never deleted. */
    supersededById: uuid('superseded_by_id'),
    signedOffById: uuid('signed_off_by_id').references(() => users.id),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    signOffNote: text('sign_off_note'),
    /** A Blue that was not signed off: the action kept its status. */
    rejectedById: uuid('rejected_by_id').references(() => users.id),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    /** Given as "No change since last month" (decision 053): its note is that statement. */
    noChange: boolean('no_change').notNull().default(false),
    /**
     * What the action was before this Blue was signed off (status, new completion date, current
     * update), kept so the sign-off can be undone while its month is open (decision 052).
     */
    signOffBefore: jsonb('sign_off_before').$type<SignOffBefore>(),
  },
  (t) => [
    index('status_updates_action_idx').on(t.actionId, t.createdAt),
    index('status_updates_action_period_idx').on(t.actionId, t.period),
    // Blues awaiting sign-off are found among an action's few Blues, not its whole history. Only
    // `status` (never updated) is in the condition, so marking an update keeps it a HOT update.
    index('status_updates_blue_idx').on(t.actionId).where(sql`${t.status} = 'Blue'`),
    // A lead's Red always has a new completion date (the status rules); an imported Red may lack
    // one, so the database does not insist and the round lists it as a warning (migration 0013).
  ],
);

/**
 * New completion dates set other than by a lead's Red (those live on their status updates): at the
 * carry-forward, from the earlier plan's date in force, and by the manager, saying why. Each holds
 * from its month until a later change, Red or Blue; never edited, so any month's date can be read back.
 */
export const actionNewDates = pgTable(
  'action_new_dates',
  {
    id: id(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    period: month('period').notNull(),
    /** Null clears the date in force. */
    newDate: date('new_date', { mode: 'string' }),
    source: newDateSourceEnum('source').notNull(),
    reason: text('reason'),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('action_new_dates_action_idx').on(t.actionId, t.createdAt)],
);

/** What the forum and the partners say about an action, beside its status updates. Never edited. */
export const actionComments = pgTable(
  'action_comments',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    text: text('text').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('action_comments_action_idx').on(t.actionId, t.createdAt)],
);

/** "We do not agree this is Green": the forum's challenge of an action's status, open until answered. */
export const challenges = pgTable(
  'challenges',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    /** The status challenged, and the update that gave it (none for an action never updated). */
    status: statusEnum('status').notNull(),
    statusUpdateId: uuid('status_update_id').references(() => statusUpdates.id),
    reason: text('reason').notNull(),
    raisedById: uuid('raised_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    state: challengeStateEnum('state').notNull().default('open'),
    answer: text('answer'),
    answeredById: uuid('answered_by_id').references(() => users.id),
    /** Answered by the lead through their emailed link, without an account (decision 051). */
    answeredByPersonId: uuid('answered_by_person_id').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('challenges_action_idx').on(t.actionId, t.createdAt),
    index('challenges_plan_state_idx').on(t.planId, t.state),
    check('challenges_answered_has_answer', sql`${t.state} = 'open' OR ${t.answer} IS NOT NULL`),
  ],
);

/** An inspection's area of significant concern (or priority for improvement) that the plan answers. */
export const findings = pgTable(
  'findings',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    source: text('source'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('findings_plan_ref_idx').on(t.planId, t.ref)],
);

/** A finding's judgement at a month (inspection, revisit, review): appended, never changed. */
export const findingJudgements = pgTable(
  'finding_judgements',
  {
    id: id(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
    month: month('month').notNull(),
    judgement: findingJudgementEnum('judgement').notNull(),
    note: text('note'),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('finding_judgements_finding_idx').on(t.findingId, t.month)],
);

/** Which KPIs measure a finding: the numbers a revisit looks at beside its actions. */
export const findingKpis = pgTable(
  'finding_kpis',
  {
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpis.id),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.kpiId] })],
);

/** Binary data: a file's bytes, stored in chunks so none is held whole in memory. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // pg gives a Buffer, PGlite a Uint8Array: the app always sees a Buffer.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Evidence: a file attached to a status update (its lead's, or the manager's at sign-off) or to a
 * finding's judgement. Its type is the one read from its content; `completedAt` is set once every
 * chunk is stored, and only then is it listed or served; once `removedAt` is set it never is again.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    statusUpdateId: uuid('status_update_id').references(() => statusUpdates.id),
    findingJudgementId: uuid('finding_judgement_id').references(() => findingJudgements.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull().default(0),
    sha256: text('sha256'),
    /** Who attached it: an account, or a lead through their emailed link (decision 051). */
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    uploadedByPersonId: uuid('uploaded_by_person_id').references(() => people.id),
    updateRequestId: uuid('update_request_id').references(() => updateRequests.id),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Approved by the manager for the public page (with its action's published summary). */
    publicApprovedAt: timestamp('public_approved_at', { withTimezone: true }),
    publicApprovedById: uuid('public_approved_by_id').references(() => users.id),
    /** Removed as attached by mistake: its chunks are deleted, the row stays for the record. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedById: uuid('removed_by_id').references(() => users.id),
    /** Removed by the lead who attached it through their emailed link. */
    removedByPersonId: uuid('removed_by_person_id').references(() => people.id),
    removalReason: text('removal_reason'),
  },
  (t) => [
    index('attachments_update_idx').on(t.statusUpdateId),
    index('attachments_judgement_idx').on(t.findingJudgementId),
    check('attachments_one_owner', sql`(${t.statusUpdateId} is null) <> (${t.findingJudgementId} is null)`),
    check('attachments_uploader', sql`${t.uploadedById} is not null or ${t.uploadedByPersonId} is not null`),
  ],
);

/** A file's bytes, in order: 256 KiB a row. */
export const attachmentChunks = pgTable(
  'attachment_chunks',
  {
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attachmentId, t.seq] })],
);

/** Which actions address which findings. */
export const actionFindings = pgTable(
  'action_findings',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.findingId] }),
    index('action_findings_finding_idx').on(t.findingId),
  ],
);

export const kpis = pgTable(
  'kpis',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    outcomeRef: text('outcome_ref').notNull(),
    position: integer('position').notNull(),
    statement: text('statement').notNull(),
    unit: kpiUnitEnum('unit').notNull().default('percent'),
    direction: kpiDirectionEnum('direction').notNull().default('higher'),
    /** level: the actual meets the target; reduction / increase: the target is a % change from the baseline. */
    targetKind: kpiTargetKindEnum('target_kind').notNull().default('level'),
    baselineValue: numeric('baseline_value', { mode: 'number' }),
    baselineText: text('baseline_text'),
    /** How far from target, in the KPI's unit, still counts as "near target". */
    tolerance: numeric('tolerance', { mode: 'number' }),
    ownerId: uuid('owner_id').references(() => people.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index('kpis_plan_idx').on(t.planId)],
);

export const kpiTargets = pgTable(
  'kpi_targets',
  {
    id: id(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpis.id),
    monthsFromStart: integer('months_from_start').notNull(),
    /** An explicit month for the milestone; otherwise it falls due months_from_start into the plan. */
    month: month('month'),
    value: numeric('value', { mode: 'number' }),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('kpi_targets_kpi_months_idx').on(t.kpiId, t.monthsFromStart)],
);

export const kpiValues = pgTable(
  'kpi_values',
  {
    id: id(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpis.id),
    period: month('period').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    note: text('note'),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
    supersededById: uuid('superseded_by_id'),
  },
  (t) => [index('kpi_values_kpi_period_idx').on(t.kpiId, t.period)],
);

export const boardReports = pgTable(
  'board_reports',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    period: month('period').notNull(),
    title: text('title').notNull(),
    state: boardReportStateEnum('state').notNull().default('draft'),
    commentary: jsonb('commentary').notNull().default({}),
    sections: jsonb('sections').notNull().default([]),
    snapshot: jsonb('snapshot').notNull(),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedById: uuid('published_by_id').references(() => users.id),
    /** The priorities a body's pack covers; null for the whole plan. */
    scopePriorityIds: jsonb('scope_priority_ids').$type<string[] | null>(),
    version: version(),
  },
  (t) => [index('board_reports_plan_idx').on(t.planId, t.period)],
);

/**
 * A body the plan reports to (the SEND Partnership Board, the Health and Wellbeing Board, a
 * monitoring visit): how often, the sections its pack takes, and which priorities it covers.
 */
export const reportingBodies = pgTable(
  'reporting_bodies',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    name: text('name').notNull(),
    /** In words: "Every two months", "Quarterly". */
    cadence: text('cadence').notNull(),
    sections: jsonb('sections').$type<string[]>().notNull(),
    /** The priorities it covers; null for the whole plan. */
    priorityIds: jsonb('priority_ids').$type<string[] | null>(),
    /** The pack is drafted this many days before the papers are due. */
    draftDaysBefore: integer('draft_days_before').notNull().default(7),
    /** Retired: no longer listed nor drafted for; its meetings and packs are kept. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index('reporting_bodies_plan_idx').on(t.planId)],
);

/** A body's meeting, its paper deadline, and the pack drafted for it (once). */
export const bodyMeetings = pgTable(
  'body_meetings',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => reportingBodies.id),
    meetsOn: date('meets_on', { mode: 'string' }).notNull(),
    papersDue: date('papers_due', { mode: 'string' }).notNull(),
    reportId: uuid('report_id')
      .references(() => boardReports.id)
      .unique(),
    createdAt: createdAt(),
    /** Moved or cancelled only with the version the manager saw (If-Match). */
    version: version(),
  },
  (t) => [index('body_meetings_body_idx').on(t.bodyId, t.meetsOn)],
);

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    /** The person who acted without an account, through an update request's link. */
    actorPersonId: uuid('actor_person_id').references(() => people.id),
    planId: uuid('plan_id').references(() => plans.id),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    operation: text('operation').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_entries_entity_idx').on(t.entityId),
    index('audit_entries_actor_idx').on(t.actorId, t.at),
    index('audit_entries_at_idx').on(t.at),
  ],
);

/**
 * Every email ragboard sends, kept with its state: with no SMTP server configured nothing is
 * lost, and the manager sees what would have gone.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: id(),
    planId: uuid('plan_id').references(() => plans.id),
    period: month('period'),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name').notNull(),
    /** The person written to, when the message is to someone the plan names. */
    personId: uuid('person_id').references(() => people.id),
    cc: jsonb('cc').$type<{ name: string; address: string }[]>().notNull().default([]),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The update request whose link the body carries: redacted from the body once sent. */
    updateRequestId: uuid('update_request_id').references(() => updateRequests.id),
    state: outboxStateEnum('state').notNull().default('queued'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    /** A queued message is (re)tried from then; claiming one moves it on, so one instance sends it. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_messages_plan_period_idx').on(t.planId, t.period),
    index('outbox_messages_queued_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
    index('outbox_messages_person_idx').on(t.personId),
  ],
);

/**
 * A personal link for one lead and one period, emailed with a reminder: it lets them give that
 * period's updates on their own actions without an account. Only the token's SHA-256 is kept.
 */
export const updateRequests = pgTable(
  'update_requests',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    period: month('period').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    tokenHash: text('token_hash').notNull().unique(),
    /** The manager who sent it; null for a scheduled reminder. */
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: createdAt(),
    /** The end of the period's last day for updates (deadline plus grace). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedById: uuid('revoked_by_id').references(() => users.id),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** When the link was first, and last, opened (its page or sheet resolved it): the round shows it. */
    firstOpenedAt: timestamp('first_opened_at', { withTimezone: true }),
    lastOpenedAt: timestamp('last_opened_at', { withTimezone: true }),
  },
  (t) => [
    index('update_requests_plan_period_idx').on(t.planId, t.period, t.personId),
    index('update_requests_person_idx').on(t.personId),
  ],
);

/** When a plan's reminders go, in days from each period's deadline. No row: the defaults. */
export const reminderSchedules = pgTable('reminder_schedules', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  enabled: boolean('enabled').notNull(),
  offsets: jsonb('offsets').$type<number[]>().notNull(),
  escalate: boolean('escalate').notNull(),
  updatedAt: updatedAt(),
  version: version(),
});

/**
 * Each scheduled reminder of a period, once it has run: the unique key is the claim, so with
 * several instances exactly one inserts it, in the transaction that writes its emails.
 */
export const reminderRuns = pgTable(
  'reminder_runs',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    period: month('period').notNull(),
    offsetDays: integer('offset_days').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    state: text('state', { enum: ['sent', 'skipped'] }).notNull(),
    messages: integer('messages').notNull().default(0),
  },
  (t) => [uniqueIndex('reminder_runs_point_idx').on(t.planId, t.period, t.offsetDays)],
);

/** A plan's public progress page (/public/<slug>): off until the manager turns it on. */
export const planPublications = pgTable('plan_publications', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  public: boolean('public').notNull().default(false),
  slug: text('slug').notNull().unique(),
  showLeadNames: boolean('show_lead_names').notNull().default(false),
  licenceName: text('licence_name').notNull().default(DEFAULT_LICENCE.name),
  licenceUrl: text('licence_url').default(DEFAULT_LICENCE.url),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/**
 * The plain-English summary of one action or one KPI for the public page. The draft (`said`,
 * `happened`) is what its lead or the manager last wrote; the published text is the draft the
 * manager approved, and stays as approved until approved again or withdrawn.
 */
export const publicSummaries = pgTable(
  'public_summaries',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    /** A summary goes with its action when an action without history is deleted. */
    actionId: uuid('action_id').references(() => actions.id, { onDelete: 'cascade' }),
    kpiId: uuid('kpi_id').references(() => kpis.id),
    said: text('said').notNull().default(''),
    happened: text('happened').notNull().default(''),
    writtenById: uuid('written_by_id').references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }),
    publishedSaid: text('published_said'),
    publishedHappened: text('published_happened'),
    approvedById: uuid('approved_by_id').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('public_summaries_action_idx').on(t.actionId),
    uniqueIndex('public_summaries_kpi_idx').on(t.kpiId),
    index('public_summaries_plan_idx').on(t.planId),
    check('public_summaries_one_item', sql`num_nonnulls(${t.actionId}, ${t.kpiId}) = 1`),
    check(
      'public_summaries_published_when_approved',
      sql`(${t.approvedAt} IS NULL) = (${t.publishedSaid} IS NULL AND ${t.publishedHappened} IS NULL)`,
    ),
  ],
);

/** A plan's acronyms and terms, explained on its public page wherever they appear. */
export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    term: text('term').notNull(),
    expansion: text('expansion').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('glossary_terms_plan_term_idx').on(t.planId, t.term)],
);

/** An uploaded plan awaiting commit: its rows as read, and what was wrong with them. */
export const imports = pgTable('imports', {
  id: id(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull(),
  preview: jsonb('preview').notNull(),
  createdById: uuid('created_by_id').references(() => users.id),
  createdAt: createdAt(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
  planId: uuid('plan_id').references(() => plans.id),
});

/**
 * Who a notification is for: the person the plan names (a lead, with or without an account, and
 * any account linked to a person), or an account linked to no person (a manager, the forum).
 * Exactly one of the two is set.
 */
const recipient = () => ({
  personId: uuid('person_id').references(() => people.id),
  userId: uuid('user_id').references(() => users.id),
});
const oneRecipient = (name: string, t: { personId: AnyPgColumn; userId: AnyPgColumn }) =>
  check(name, sql`(${t.personId} IS NULL) <> (${t.userId} IS NULL)`);

/**
 * Something that happened which someone should hear of (decision 050), written in the transaction
 * of the write that caused it; gathered into that person's daily email, which it then names.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    ...recipient(),
    kind: text('kind').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    actionId: uuid('action_id').references(() => actions.id),
    /** What the email says of it: the action's reference and title, a reason, an answer. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    /** When a daily email took it (sent in it, or left out because its kind was turned off). */
    digestedAt: timestamp('digested_at', { withTimezone: true }),
    digestedInId: uuid('digested_in_id').references(() => outboxMessages.id),
  },
  (t) => [
    oneRecipient('notifications_one_recipient', t),
    index('notifications_undigested_idx').on(t.createdAt).where(sql`${t.digestedAt} IS NULL`),
  ],
);

/** One daily email per person a day: claimed here in the transaction that writes it. */
export const notificationDigests = pgTable(
  'notification_digests',
  {
    id: id(),
    ...recipient(),
    day: date('day', { mode: 'string' }).notNull(),
    outboxMessageId: uuid('outbox_message_id').references(() => outboxMessages.id),
    createdAt: createdAt(),
  },
  (t) => [
    oneRecipient('notification_digests_one_recipient', t),
    uniqueIndex('notification_digests_person_day_idx')
      .on(t.personId, t.day)
      .where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('notification_digests_user_day_idx').on(t.userId, t.day).where(sql`${t.userId} IS NOT NULL`),
  ],
);

/** A kind of notification someone turned off: no row, they get it. */
export const notificationOptOuts = pgTable(
  'notification_opt_outs',
  {
    id: id(),
    ...recipient(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneRecipient('notification_opt_outs_one_recipient', t),
    uniqueIndex('notification_opt_outs_person_kind_idx')
      .on(t.personId, t.kind)
      .where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('notification_opt_outs_user_kind_idx')
      .on(t.userId, t.kind)
      .where(sql`${t.userId} IS NOT NULL`),
  ],
);

/**
 * The links in daily emails to choose what they bring, without signing in: one per email, so an
 * older email's link keeps working. Only the token's SHA-256 is kept.
 */
export const notificationLinks = pgTable(
  'notification_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    ...recipient(),
    createdAt: createdAt(),
  },
  (t) => [oneRecipient('notification_links_one_recipient', t)],
);
