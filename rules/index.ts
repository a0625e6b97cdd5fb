/**
 * THE rule registry: one import per rule, sorted by id. The only place a rule is registered.
 */
import type { Rule } from '../server/src/engine/rule';
import sl001 from './meta/sl001-parse-error';
import sl002 from './meta/sl002-suppression-requires-reason';
import sl003 from './meta/sl003-suppression-expired';
import sl004 from './meta/sl004-suppression-unknown-rule';

export const allRules: readonly Rule[] = [
  sl001,
  sl002,
  sl003,
  sl004,
] as Rule[];
