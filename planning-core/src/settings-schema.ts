import { InvalidPlanError } from './schema';
import type { Settings } from './settings';
import { BUYER_ROLES, GRADES, SEVERITIES } from './types';

const POSITIVE_INTEGERS = [
  'meetingWindowDays',
  'touchWindowDays',
  'minRecentTouches',
  'noMeetingWindowDays',
  'wonWindowDays',
  'gravityStepDays',
  'mixMinRelationships',
  'leveragePerTarget',
  'departureWindowDays',
  'historyWindowDays',
] as const;
const NON_NEGATIVE_INTEGERS = [
  'maxRelationshipsPerContact',
  'trustInflationMinTrust',
  'maxKeyIntersections',
  'renewalWindowDays',
  'nextMovesPerAccount',
] as const;
const SHARES = ['trustInflationMaxShare', 'fewOpenMinShare'] as const;

/** Checks merged settings; throws InvalidPlanError with a `settings.` path for the first bad value. */
export function validateSettings(settings: Settings): Settings {
  const fail = (name: string, detail: string): never => {
    throw new InvalidPlanError(`settings.${name}`, detail);
  };
  for (const name of POSITIVE_INTEGERS) {
    if (!Number.isInteger(settings[name]) || settings[name] < 1) fail(name, 'expected a whole number of at least 1');
  }
  for (const name of NON_NEGATIVE_INTEGERS) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) fail(name, 'expected a whole number of at least 0');
  }
  for (const name of SHARES) {
    if (typeof settings[name] !== 'number' || !(settings[name] >= 0 && settings[name] <= 1))
      fail(name, 'expected a share between 0 and 1');
  }
  if (!GRADES.includes(settings.gravityFloor)) fail('gravityFloor', `expected one of ${GRADES.join(',')}`);
  const atLeastZero = (value: unknown): boolean => typeof value === 'number' && value >= 0 && Number.isFinite(value);
  for (const role of BUYER_ROLES) {
    if (!atLeastZero(settings.scoreRoleWeights?.[role]))
      fail(`scoreRoleWeights.${role}`, 'expected a number of at least 0');
  }
  if (!atLeastZero(settings.scoreOtherContactWeight))
    fail('scoreOtherContactWeight', 'expected a number of at least 0');
  for (const severity of SEVERITIES) {
    const share = settings.scorePersonShares?.[severity];
    if (typeof share !== 'number' || !(share >= 0 && share <= 1))
      fail(`scorePersonShares.${severity}`, 'expected a share between 0 and 1');
    if (!atLeastZero(settings.scoreAccountPoints?.[severity]))
      fail(`scoreAccountPoints.${severity}`, 'expected a number of at least 0');
  }
  if (typeof settings.roleMapping !== 'object' || settings.roleMapping === null)
    fail('roleMapping', 'expected an object');
  return settings;
}
