import { describeContainers, describeObject, effectiveSecurity, k8sInteger, resourceOf, workloadContainers, type ContainerRef } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asSeq, getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** Same non-root id K8S001 suggests for runAsUser. */
const SUGGESTED_GID = '10001';

export default defineRule({
  meta: {
    id: 'K8S024',
    slug: 'no-root-group',
    kind: 'kubernetes',
    title: 'Containers must not run with the root group',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'GID 0 is the root group. A process in it can read and write every file that is group-owned by root with group permissions, which on most images includes system configuration, and on the node includes whatever a mounted host path exposes. Running as a non-root user but in the root group (`runAsGroup: 0`, or 0 in `supplementalGroups` or `fsGroup`) undoes much of what `runAsNonRoot` achieves. Least privilege under SOC 2 CC6.1 calls for a non-root group too. `runAsGroup` is read with pod-to-container inheritance; a pod-level value shared by several containers is reported once.',
    remediation: 'Set `runAsGroup` (and `fsGroup`) to a dedicated non-zero GID such as 10001, and remove 0 from `supplementalGroups`. OpenShift-style images that rely on GID 0 for writable paths should use an `emptyDir` or `fsGroup` instead.',
    fix: 'suggestion',
    messages: {
      runAsGroup: 'Root group for {{subject}} of {{resource}}: runAsGroup is 0 ({{where}}), so the process can use every file group-owned by root.',
      podGroup: '{{resource}} adds the root group through {{field}}: 0, so every container\'s process can use files group-owned by root.',
    },
    peers: ['KSV-0116', 'kube-linter run-as-non-root'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const resource = resourceOf(pod.object);
      const groups = new Map<unknown, { level: 'pod' | 'container'; containers: ContainerRef[] }>();
      for (const container of containers) {
        const setting = effectiveSecurity(container, 'runAsGroup');
        if (!setting || k8sInteger(setting.node) !== 0) continue;
        const group = groups.get(setting.node) ?? { level: setting.level, containers: [] };
        group.containers.push(container);
        groups.set(setting.node, group);
      }
      for (const [node, group] of groups) {
        const range = nodeRange(ctx.lines, node);
        if (!range) continue;
        ctx.report({
          messageId: 'runAsGroup',
          range,
          data: { subject: describeContainers(group.containers), resource: describeObject(pod.object), where: group.level === 'pod' ? 'in the pod securityContext' : 'in its securityContext' },
          resource,
          suggestions: [{ title: `Set runAsGroup: ${SUGGESTED_GID}`, edits: [replaceNode(ctx.lines, node, SUGGESTED_GID)] }],
        });
      }
      // Pod-only group fields.
      const fsGroup = getPair(pod.securityContext, 'fsGroup');
      if (fsGroup && k8sInteger(fsGroup.value) === 0) {
        const range = nodeRange(ctx.lines, fsGroup.value);
        if (range) ctx.report({ messageId: 'podGroup', range, data: { resource: describeObject(pod.object), field: 'fsGroup' }, resource, suggestions: [{ title: `Set fsGroup: ${SUGGESTED_GID}`, edits: [replaceNode(ctx.lines, fsGroup.value, SUGGESTED_GID)] }] });
      }
      for (const item of asSeq(getPair(pod.securityContext, 'supplementalGroups')?.value)?.items ?? []) {
        if (k8sInteger(item) !== 0) continue;
        const range = nodeRange(ctx.lines, item);
        if (range) ctx.report({ messageId: 'podGroup', range, data: { resource: describeObject(pod.object), field: 'supplementalGroups' }, resource });
      }
    }
  },
});
