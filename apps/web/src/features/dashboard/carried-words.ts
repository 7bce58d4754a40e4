import type { ActionBrief } from '@ragboard/shared';

/** The plan (or plans) the carried actions went to: the next plan's title, as the briefs name it. */
function nextPlanWords(carried: readonly ActionBrief[]): string {
  const titles = [
    ...new Set(carried.flatMap((action) => (action.carriedTo ? [action.carriedTo.planTitle] : []))),
  ];
  const [only, ...others] = titles;
  return only && others.length === 0 ? only : 'the plans that follow';
}

/** "5 actions were carried forward to 2025-27 plan", or null when none were. */
export function carriedWords(carried: readonly ActionBrief[]): string | null {
  if (carried.length === 0) return null;
  const count = carried.length === 1 ? '1 action was' : `${carried.length} actions were`;
  return `${count} carried forward to ${nextPlanWords(carried)}`;
}
