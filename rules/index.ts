/**
 * THE rule registry: one import per rule, sorted by id. The only place a rule is registered.
 */
import type { Rule } from '../server/src/engine/rule';
import df001 from './dockerfile/df001-no-root-user';
import df002 from './dockerfile/df002-no-secret-in-env-arg';
import hv001 from './helm/hv001-values-run-as-non-root';
import hv002 from './helm/hv002-values-no-privileged';
import hv003 from './helm/hv003-values-no-privilege-escalation';
import hv004 from './helm/hv004-values-no-literal-secret';
import hv005 from './helm/hv005-values-network-policy-enabled';
import k8s001 from './kubernetes/k8s001-require-run-as-non-root';
import k8s002 from './kubernetes/k8s002-no-privileged-container';
import k8s003 from './kubernetes/k8s003-no-privilege-escalation';
import k8s004 from './kubernetes/k8s004-no-literal-secret-env';
import k8s005 from './kubernetes/k8s005-no-committed-secret-manifest';
import k8s006 from './kubernetes/k8s006-no-secret-in-configmap';
import sec001 from './secrets/sec001-no-known-credential';
import sec002 from './secrets/sec002-no-credentials-in-url';
import sl001 from './meta/sl001-parse-error';
import sl002 from './meta/sl002-suppression-requires-reason';
import sl003 from './meta/sl003-suppression-expired';
import sl004 from './meta/sl004-suppression-unknown-rule';
import ws001 from './workspace/ws001-require-network-policy';

export const allRules: readonly Rule[] = [
  df001,
  df002,
  hv001,
  hv002,
  hv003,
  hv004,
  hv005,
  k8s001,
  k8s002,
  k8s003,
  k8s004,
  k8s005,
  k8s006,
  sec001,
  sec002,
  sl001,
  sl002,
  sl003,
  sl004,
  ws001,
] as Rule[];
