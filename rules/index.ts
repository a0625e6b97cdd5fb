/**
 * THE rule registry: one import per rule, sorted by id. The only place a rule is registered.
 */
import type { Rule } from '../server/src/engine/rule';
import hv005 from './helm/hv005-values-network-policy-enabled';
import sl001 from './meta/sl001-parse-error';
import sl002 from './meta/sl002-suppression-requires-reason';
import sl003 from './meta/sl003-suppression-expired';
import sl004 from './meta/sl004-suppression-unknown-rule';
import ws001 from './workspace/ws001-require-network-policy';

export const allRules: readonly Rule[] = [
  hv005,
  sl001,
  sl002,
  sl003,
  sl004,
  ws001,
] as Rule[];
