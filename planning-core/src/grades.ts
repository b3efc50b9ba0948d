import { GRADES, type Grade } from './types';

export interface GradeInfo {
  name: string;
  /** What the grade means, as the client would see us. */
  meaning: string;
}

export const GRADE_INFO: Readonly<Record<Grade, GradeInfo>> = {
  T: { name: 'Trust', meaning: 'They come to us for advice before they decide.' },
  O: { name: 'Open', meaning: 'Pleased with us and ready to hear new ideas and proposals.' },
  S: { name: 'Satisfied', meaning: 'Content with the work we have delivered so far.' },
  I: { name: 'Indifferent', meaning: 'Sees no real reason to work with us rather than anyone else.' },
  D: { name: 'Dissatisfied', meaning: 'Unhappy with something we did or failed to do.' },
  M: { name: 'Motivated to change', meaning: 'Actively working to replace or remove us.' },
};

const GRADE_RANKS: Readonly<Record<string, number>> = Object.fromEntries(GRADES.map((grade, rank) => [grade, rank]));

/** 0 for T (best) up to 5 for M (worst). */
export function gradeRank(grade: Grade): number {
  return GRADE_RANKS[grade] ?? -1;
}

/** True when `a` is a better grade than `b`. */
export function isBetter(a: Grade, b: Grade): boolean {
  return gradeRank(a) < gradeRank(b);
}

/** The grade one level better, or undefined above T. */
export function oneLevelUp(grade: Grade): Grade | undefined {
  const rank = gradeRank(grade);
  return rank > 0 ? GRADES[rank - 1] : undefined;
}

/** The grade `levels` steps worse, never past `floor`; grades already at or below the floor stay put. */
export function lowerBy(grade: Grade, levels: number, floor: Grade): Grade {
  const rank = gradeRank(grade);
  const floorRank = gradeRank(floor);
  if (rank >= floorRank) return grade;
  return GRADES[Math.min(rank + levels, floorRank)] as Grade;
}

export function gradeName(grade: Grade): string {
  return GRADE_INFO[grade].name;
}
