import { controlPlaneContainers } from '../../server/src/engine/control-plane';
import { describeObject, k8sBoolean, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

const FIELDS = [
  { field: 'hostPID', messageId: 'hostPID' },
  { field: 'hostIPC', messageId: 'hostIPC' },
  { field: 'hostNetwork', messageId: 'hostNetwork' },
] as const;

export default defineRule({
  meta: {
    id: 'K8S011',
    slug: 'no-host-namespaces',
    kind: 'kubernetes',
    title: 'Pods must not share the host\'s PID, IPC or network namespace',
    controls: ['CC6.1', 'CC6.3', 'CC6.6'],
    severity: 'error',
    description:
      'Namespaces are what separate a container from the node. `hostPID: true` lets the pod see and signal every process on the node and read their environment and memory maps; `hostIPC: true` exposes the node\'s shared memory and message queues; `hostNetwork: true` puts the pod on the node\'s network stack, so it can bind node ports, reach services bound to localhost and bypass NetworkPolicy. Each defeats the isolation that SOC 2 CC6.1/CC6.3 (access boundaries) and CC6.6 (network boundaries) rely on. A control-plane static pod (kube-apiserver, etcd ...) needs the host network to serve the cluster, so there setting `hostNetwork: false` is offered as a suggestion, never applied by fix-all or `scan --fix`.',
    remediation:
      'Remove `hostPID`, `hostIPC` and `hostNetwork` from the pod spec (or set them to false). Node agents that truly need them (CNI, monitoring) belong in a dedicated, reviewed namespace with a suppression that states the reason.',
    fix: 'quickfix',
    messages: {
      hostPID: '{{resource}} sets hostPID: true: its containers share the node\'s process namespace and can inspect or signal every process on the node.',
      hostIPC: '{{resource}} sets hostIPC: true: its containers share the node\'s IPC namespace (shared memory, message queues) with every process on the node.',
      hostNetwork: '{{resource}} sets hostNetwork: true: its containers use the node\'s network stack, reach services bound to the node\'s localhost and bypass NetworkPolicy.',
    },
    peers: [
      'CKV_K8S_17',
      'CKV_K8S_18',
      'CKV_K8S_19',
      'KICS 302736f4',
      'KICS cd290efd',
      'KICS 6b6bdfb3',
      'KSV-0008',
      'KSV-0009',
      'KSV-0010',
      'kube-linter host-pid',
      'kube-linter host-ipc',
      'kube-linter host-network',
      'Polaris hostPIDSet',
      'Polaris hostIPCSet',
      'Polaris hostNetworkSet',
      'kubesec HostPID',
      'kubesec HostIPC',
      'kubesec HostNetwork',
      'Datree CONTAINERS_INCORRECT_HOSTPID_VALUE_TRUE',
      'Datree CONTAINERS_INCORRECT_HOSTIPC_VALUE_TRUE',
      'Datree CONTAINERS_INCORRECT_HOSTNETWORK_VALUE_TRUE',
    ],
  },
  check(ctx) {
    for (const { pod } of workloadContainers(ctx.objects)) {
      for (const { field, messageId } of FIELDS) {
        const pair = getPair(pod.spec, field);
        if (!pair || k8sBoolean(pair.value) !== true) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        const change = { title: `Set ${field}: false`, edits: [replaceNode(ctx.lines, pair.value, 'false')] };
        // Control-plane components serve the cluster from the node's network: a bulk fix would take it down.
        const judgement = field === 'hostNetwork' && controlPlaneContainers([pod.object]).length > 0;
        ctx.report({ messageId, range, data: { resource: describeObject(pod.object) }, resource: resourceOf(pod.object), ...(judgement ? { suggestions: [change] } : { fix: change }) });
      }
    }
  },
});
