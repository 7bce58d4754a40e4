export * from './errors';
export * from './month';
export * from './schemas/common';
export * from './schemas/health';
export * from './schemas/kpi';
export * from './schemas/person';
export * from './schemas/plan';
export * from './status';
