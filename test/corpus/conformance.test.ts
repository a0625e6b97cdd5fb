/**
 * Conformance with the peers' labelled fixtures for the foundation topics. Every case must agree with
 * the peer's label, except the disagreements listed here, each argued in docs/conformance.md. A new
 * disagreement (or a listed one that no longer disagrees) fails the test, so the list stays true.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusRoot, runConformance } from '../../scripts/conformance-lib';

const repoRoot = join(__dirname, '..', '..');
const present = existsSync(corpusRoot(repoRoot));

/** unit (file, or file#Kind/name for kube-linter) -> why we disagree with the peer's label. */
export const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'k8s.pod_misconfigured_network_policy/test/positive2.yaml': 'policyTypes: [] defaults to Ingress in the API server, so the pod is isolated (deny-all ingress)',
  'k8s.pod_misconfigured_network_policy/test/negative2.yaml': 'the only policy is in another namespace, so it cannot select the pod',
  'dockerfile.missing_user_instruction/test/negative.dockerfile': 'a FROM scratch final stage without USER runs as UID 0',
  'run-as-non-root/run-as-non-root.yml#Deployment/group-zero': 'root group (runAsGroup: 0) is catalog row 4, a separate rule, not K8S001',
  'run-as-non-root/run-as-non-root.yml#DeploymentConfig/group-zero': 'root group (runAsGroup: 0) is catalog row 4, a separate rule, not K8S001',
};

void describe('labelled corpus conformance (foundation topics)', { skip: present ? false : `no labelled corpus at ${corpusRoot(repoRoot)}` }, () => {
  const results = runConformance(repoRoot);
  void it('agrees with every peer label except the argued disagreements', () => {
    const disagreements = results.filter((r) => !r.ok).map((r) => r.unit).sort();
    assert.deepEqual(disagreements, Object.keys(KNOWN_DISAGREEMENTS).sort());
  });
  void it('scores each foundation topic', () => {
    const topics = new Set(results.map((r) => r.topic));
    for (const t of ['run_as_root', 'privileged', 'privilege_escalation', 'secret_in_env', 'secret_in_file', 'network_policy_missing']) assert.ok(topics.has(t), t);
  });
});
