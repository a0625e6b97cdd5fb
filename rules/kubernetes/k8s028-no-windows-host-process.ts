import { describeContainers, describeObject, k8sBoolean, resourceOf, workloadContainers, type ContainerRef } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getMapAt, getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S028',
    slug: 'no-windows-host-process',
    kind: 'kubernetes',
    title: 'Windows containers must not run as host processes',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'A Windows `hostProcess` container runs directly on the node as a host process, with the node\'s filesystem, network and (typically) SYSTEM privileges: there is no container boundary at all. It is the Windows equivalent of a privileged container and defeats the isolation SOC 2 CC6.1 and CC6.3 rely on. The field is read per container with the pod\'s `windowsOptions` inherited.',
    remediation: 'Remove `windowsOptions.hostProcess` or set it to false. Node administration belongs in the node image or a reviewed, isolated DaemonSet with a suppression stating the reason.',
    fix: 'quickfix',
    messages: {
      hostProcess: 'Windows host process for {{subject}} of {{resource}} (hostProcess: true {{where}}): no container boundary separates the process from the node.',
    },
    peers: ['KSV-0103', 'Polaris hostProcess', 'Datree EKS_INVALID_HOSTPROCESS_VALUE'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const podValue = getPair(getMapAt(pod.securityContext, 'windowsOptions'), 'hostProcess');
      const groups = new Map<unknown, { where: string; containers: ContainerRef[] }>();
      for (const container of containers) {
        // Field-level inheritance: the container's windowsOptions.hostProcess, else the pod's.
        const own = getPair(getMapAt(container.securityContext, 'windowsOptions'), 'hostProcess');
        const pair = own ?? podValue;
        if (!pair || k8sBoolean(pair.value) !== true) continue;
        const group = groups.get(pair.value) ?? { where: own ? 'in its securityContext' : 'in the pod securityContext', containers: [] };
        group.containers.push(container);
        groups.set(pair.value, group);
      }
      for (const [node, group] of groups) {
        const range = nodeRange(ctx.lines, node);
        if (!range) continue;
        ctx.report({ messageId: 'hostProcess', range, data: { subject: describeContainers(group.containers), resource: describeObject(pod.object), where: group.where }, resource: resourceOf(pod.object), fix: { title: 'Set hostProcess: false', edits: [replaceNode(ctx.lines, node, 'false')] } });
      }
    }
  },
});
