import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { declaredPorts, isSshPort } from '../../server/src/engine/ports';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';
import { removeSeqItem } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S029',
    slug: 'no-ssh-container-port',
    kind: 'kubernetes',
    title: 'Containers must not expose SSH (port 22)',
    controls: ['CC6.6', 'CC6.1'],
    severity: 'warning',
    description:
      'A container that serves SSH is a remote login into production that bypasses the Kubernetes API, its RBAC and its audit log: sessions are not attributable and keys tend to be shared and long-lived. Interactive access should go through `kubectl exec`/`debug`, which are authorised and logged. Restricting remote access paths is what SOC 2 CC6.6 asks (and CC6.1 for the access itself). The rule flags a `containerPort` 22 (TCP).',
    remediation: 'Remove the SSH server from the image and the port from the manifest; use `kubectl exec` or `kubectl debug` for interactive access. The suggestion only removes the port declaration: the server in the image must go too.',
    fix: 'suggestion',
    messages: {
      ssh: '{{subject}} of {{resource}} exposes port 22 (SSH): a remote login path that bypasses Kubernetes RBAC and audit logging.',
    },
    peers: ['KICS 5907595b', 'kube-linter ssh-port', 'DS-0004', 'CKV_DOCKER_1'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        for (const port of declaredPorts(container)) {
          if (!isSshPort(port)) continue;
          const range = nodeRange(ctx.lines, port.containerPortNode);
          if (!range) continue;
          const edit = removeSeqItem(ctx.lines, port.seq, port.index, port.pair);
          const suggestions: Fix[] = edit ? [{ title: 'Remove the port 22 declaration', edits: [edit] }] : [];
          ctx.report({ messageId: 'ssh', range, data: { subject: describeContainer(container), resource: describeObject(pod.object) }, resource: resourceOf(pod.object), suggestions });
        }
      }
    }
  },
});
