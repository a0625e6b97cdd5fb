import { containerAnchor, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { YAMLMap } from '../../server/src/engine/yaml';
import { insertUnderKey } from '../../server/src/engine/yaml-edit';

/** The block the fix inserts: the settings almost every workload runs with unchanged. */
const HARDENED = { allowPrivilegeEscalation: 'false', capabilities: { drop: '[ALL]' }, runAsNonRoot: 'true', seccompProfile: { type: 'RuntimeDefault' } };

function isUnset(map: YAMLMap | undefined): boolean {
  return !map || map.items.length === 0;
}

export default defineRule({
  meta: {
    id: 'K8S025',
    slug: 'require-security-context',
    kind: 'kubernetes',
    title: 'Containers must have a securityContext',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'A container with no securityContext of its own, in a pod without one either, runs entirely on runtime defaults: the image\'s user (often root), the default capability set, no seccomp filter, privilege escalation allowed. It is the clearest sign that nobody decided the workload\'s privileges, which SOC 2 CC6.1 asks someone to do. A pod-level securityContext counts (its user, group and seccomp settings are inherited), so this rule does not fire where the pod sets them; the individual settings are checked by K8S001, K8S003, K8S007 and K8S009.',
    remediation:
      'Give the container a securityContext with at least `allowPrivilegeEscalation: false`, `capabilities: {drop: [ALL]}`, `runAsNonRoot: true` and `seccompProfile: {type: RuntimeDefault}` (the fix inserts exactly this), then add `readOnlyRootFilesystem: true` once the writable paths have volumes.',
    fix: 'quickfix',
    messages: {
      missing: '{{subject}} of {{resource}} has no securityContext and neither has the pod, so it runs with the runtime\'s defaults: possibly root, all default capabilities, no seccomp.',
    },
    peers: ['CKV_K8S_29', 'CKV_K8S_30', 'KICS a97a340a', 'KSV-0118'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      if (!isUnset(pod.securityContext)) continue;
      for (const container of containers) {
        if (!isUnset(container.securityContext)) continue;
        const range = containerAnchor(ctx.lines, container);
        if (!range) continue;
        const edit = insertUnderKey(ctx.lines, container.map, 'securityContext', HARDENED);
        const fix: Fix | undefined = edit && { title: 'Add a hardened securityContext', edits: [edit] };
        ctx.report({ messageId: 'missing', range, data: { subject: describeContainer(container), resource: describeObject(pod.object) }, resource: resourceOf(pod.object), ...(fix ? { fix } : {}) });
      }
    }
  },
});
