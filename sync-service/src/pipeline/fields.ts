// The lenient readers of record values live with the plan reader, which reads the same records.
export { bool, day, multi, num, text } from '@contact-plan/plan-reader';
