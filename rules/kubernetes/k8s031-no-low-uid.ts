import { containerAnchor, describeContainers, describeObject, effectiveSecurity, k8sBoolean, k8sInteger, resourceOf, workloadContainers, type ContainerRef } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** IDs below this can collide with accounts on the node (distributions allocate up to ~60000, most below 10000). */
const MIN_ID = 10000;
const SUGGESTED = '10001';

export default defineRule({
  meta: {
    id: 'K8S031',
    slug: 'no-low-uid',
    kind: 'kubernetes',
    title: 'Containers should run with a UID and GID of 10000 or more',
    controls: ['CC6.1'],
    severity: 'info',
    profile: 'strict',
    description:
      'Without user namespaces, a container\'s UID is the same number on the node. A low UID (1000, 33, 999 ...) is likely to belong to a real account or service on the node, so a process that escapes the container, or writes through a host mount, acts with that account\'s file permissions. A dedicated high ID (10000 or more) owns nothing on the node. This is defence in depth for SOC 2 CC6.1, and most manifests use image defaults, so the rule is in the `strict` profile. It reads pod-to-container inheritance; UID 0 is K8S001\'s and GID 0 K8S024\'s concern, and a container that sets runAsNonRoot without a UID is reported as unknown.',
    remediation: 'Set `runAsUser` and `runAsGroup` to 10000 or more (for example 10001) in the pod securityContext, and build images with a matching numeric USER.',
    fix: 'suggestion',
    messages: {
      lowUid: 'Low UID {{id}} for {{subject}} of {{resource}}: below 10000, it may match an account on the node.',
      lowGid: 'Low GID {{id}} for {{subject}} of {{resource}}: below 10000, it may match a group on the node.',
      unknownUid: '{{subject}} of {{resource}} sets no runAsUser, so the image decides the UID, which is often a low one shared with node accounts.',
    },
    peers: ['CKV_K8S_40', 'KICS 02323c00', 'KSV-0020', 'KSV-0021', 'kubesec RunAsUser', 'kubesec RunAsGroup', 'Datree CONTAINERS_INCORRECT_RUNASUSER_VALUE_LOWUID', 'Datree CONTAINERS_INCORRECT_RUNASGROUP_VALUE_LOWGID'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const grouped = new Map<unknown, { messageId: 'lowUid' | 'lowGid'; id: number; containers: ContainerRef[] }>();
      for (const container of containers) {
        for (const [field, messageId] of [['runAsUser', 'lowUid'], ['runAsGroup', 'lowGid']] as const) {
          const setting = effectiveSecurity(container, field);
          const id = setting ? k8sInteger(setting.node) : undefined;
          if (!setting || id === undefined || id <= 0 || id >= MIN_ID) continue;
          const group = grouped.get(setting.node) ?? { messageId, id, containers: [] };
          group.containers.push(container);
          grouped.set(setting.node, group);
        }
        // runAsNonRoot without a UID: the image's user applies. Without runAsNonRoot, K8S001 reports it.
        const nonRoot = effectiveSecurity(container, 'runAsNonRoot');
        if (!effectiveSecurity(container, 'runAsUser') && nonRoot && k8sBoolean(nonRoot.node) === true) {
          const range = containerAnchor(ctx.lines, container);
          if (range) ctx.report({ messageId: 'unknownUid', range, data: { subject: describeContainers([container]), resource: describeObject(pod.object) }, resource: resourceOf(pod.object) });
        }
      }
      for (const [node, group] of grouped) {
        const range = nodeRange(ctx.lines, node);
        if (!range) continue;
        const field = group.messageId === 'lowUid' ? 'runAsUser' : 'runAsGroup';
        ctx.report({ messageId: group.messageId, range, data: { subject: describeContainers(group.containers), resource: describeObject(pod.object), id: group.id }, resource: resourceOf(pod.object), suggestions: [{ title: `Set ${field}: ${SUGGESTED}`, edits: [replaceNode(ctx.lines, node, SUGGESTED)] }] });
      }
    }
  },
});
