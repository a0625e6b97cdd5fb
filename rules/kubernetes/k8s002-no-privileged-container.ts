import { describeContainer, describeObject, k8sBoolean, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S002',
    slug: 'no-privileged-container',
    kind: 'kubernetes',
    title: 'Containers must not run privileged',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'A privileged container gets every Linux capability, every host device and no seccomp or AppArmor confinement: it is root on the node in all but name, and can load kernel modules or mount the host filesystem. Granting that to a workload breaks the least-privilege boundary between application and infrastructure that SOC 2 CC6.1 asks for.',
    remediation:
      'Set `securityContext.privileged: false` (or remove it). If the workload needs one specific power, add only that capability (for example `NET_ADMIN`) or use a device plugin, and document the exception.',
    fix: 'quickfix',
    messages: {
      privileged: '{{subject}} of {{resource}} runs privileged: it gets all capabilities and host devices, so a compromise of it is a compromise of the node.',
    },
    peers: ['CKV_K8S_16', 'KICS dd29336b', 'KSV-0017', 'kube-linter privileged-container', 'Polaris runAsPrivileged', 'kubesec Privileged', 'SNYK-CC-K8S-1', 'Datree CONTAINERS_INCORRECT_PRIVILEGED_VALUE_TRUE'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        // Not inherited: the pod securityContext has no `privileged` field.
        const pair = getPair(container.securityContext, 'privileged');
        if (!pair || k8sBoolean(pair.value) !== true) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        ctx.report({
          messageId: 'privileged',
          range,
          data: { subject: describeContainer(container), resource: describeObject(pod.object) },
          resource: resourceOf(pod.object),
          fix: { title: 'Set privileged: false', edits: [replaceNode(ctx.lines, pair.value, 'false')] },
        });
      }
    }
  },
});
