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
  'dockerfile.shell_running_a_pipe_without_pipefail_flag/test/negative.dockerfile': 'RUN pwsh X | Y still runs under /bin/sh (no SHELL yet), so the pipe has no pipefail',
  'dockerfile.npm_install_without_pinned_version/test/negative1.dockerfile': 'sax@latest names a moving dist-tag, not a version',
  // Kubernetes workload hardening (K8S007-K8S035); argued in docs/conformance.md.
  'k8s.containers_run_with_low_uid/test/positive5.yaml': 'no runAsUser and no runAsNonRoot: K8S001 reports the missing user; K8S031 judges only UIDs it can see (or runAsNonRoot without one)',
  'k8s.workload_mounting_with_sensitive_os_directory/test/negative.yaml': '/tmp host paths are not sensitive, but any host path outside kube-system is still reported (KICS aa8f7a35 flags the same file)',
  'k8s.volume_mount_with_os_directory_write_permissions/test/positive.yaml': 'writable mountPath /bin on a scaleIO volume: a path inside the container, not host access',
  'k8s.image_without_digest/test/positive.yaml': 'image: $PRIVATE_IMAGE_NAME is a template whose value (and digest) is unknown',
  'k8s.cpu_limits_not_set/test/negative.yaml': 'the fixture lacks requests and a memory limit (our resource rules); CPU limits are deliberately not required',
  'k8s.memory_limits_not_defined/test/negative1.yaml': 'the fixture sets no CPU request, which K8S017 (same topic) requires',
  'k8s.memory_requests_not_defined/test/negative1.yaml': 'the fixture sets no CPU request, which K8S017 requires',
  'k8s.liveness_probe_is_not_defined/test/negative.yaml': 'the fixture has no readinessProbe, which K8S019 (same topic) requires',
  'no-liveness-probe/no-liveness-probe.yml#Deployment/dont-fire': 'has a livenessProbe but no readinessProbe, which K8S019 requires (the peer check looks at liveness only)',
  'no-liveness-probe/no-liveness-probe.yml#DeploymentConfig/dont-fire': 'has a livenessProbe but no readinessProbe, which K8S019 requires',
  'no-readiness-probe/no-readiness-probe.yml#Deployment/dont-fire': 'has a readinessProbe but no livenessProbe, which K8S019 requires (the peer check looks at readiness only)',
  'no-readiness-probe/no-readiness-probe.yml#DeploymentConfig/dont-fire': 'has a readinessProbe but no livenessProbe, which K8S019 requires',
  'drop-net-raw-capability/drop-net-raw-capability.yml#Deployment/dont-fire': 'an empty capabilities: drops nothing, so NET_RAW is kept (K8S007 requires drop ALL)',
  'drop-net-raw-capability/drop-net-raw-capability.yml#DeploymentConfig/dont-fire': 'an empty capabilities: drops nothing, so NET_RAW is kept',
  // RBAC and network exposure (K8S050-K8S065, WS002); argued in docs/conformance.md.
  'k8s.permissive_access_to_create_pods/test/negative1.yaml': 'secret-reader2 grants get on secrets: K8S057 (same topic) reports it; the KICS query only looks at pod creation',
  'k8s.rbac_roles_with_exec_permission/test/negative.yaml': 'the role grants create on pods: K8S053 (same topic) reports it; the KICS query only looks at pods/exec',
  'k8s.service_type_is_nodeport/test/negative.yaml': 'a LoadBalancer without source ranges or an internal annotation is internet-facing (KICS 26763a1c flags the same pattern)',
  'k8s.ingress_controller_exposes_workload/test/negative.yaml': 'K8S062 checks TLS, not whether the backend Service is in the file; this Ingress has no tls section',
  'wildcard-in-rules/wildcard-in-rules.yml#Role/role1': 'the fixture has two Roles named role1; the first grants get on pods only, which has no wildcard',
  'access-to-secrets/access-to-secrets.yml#RoleBinding/role-binding1': 'we report the grant once, on the Role rule that holds it, not again on each binding',
  'access-to-create-pods/access-to-create-pods.yml#RoleBinding/role-binding1': 'we report the grant once, on the Role rule that holds it, not again on each binding',
};

void describe('labelled corpus conformance (foundation topics)', { skip: present ? false : `no labelled corpus at ${corpusRoot(repoRoot)}` }, () => {
  const results = runConformance(repoRoot);
  void it('agrees with every peer label except the argued disagreements', () => {
    // kube-linter fixtures reuse object names (two `Deployment/dont-fire` in one file): one entry covers both.
    const disagreements = [...new Set(results.filter((r) => !r.ok).map((r) => r.unit))].sort();
    assert.deepEqual(disagreements, Object.keys(KNOWN_DISAGREEMENTS).sort());
  });
  void it('scores each foundation topic', () => {
    const topics = new Set(results.map((r) => r.topic));
    for (const t of ['run_as_root', 'privileged', 'privilege_escalation', 'secret_in_env', 'secret_in_file', 'network_policy_missing']) assert.ok(topics.has(t), t);
  });
});
