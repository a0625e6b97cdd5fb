import { describeObject, k8sBoolean, resourceOf, workloadContainers, type ContainerRef, type PodSpecRef } from '../../server/src/engine/kubernetes';
import { hostPathVolumes } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { LineIndex } from '../../server/src/engine/positions';
import type { Fix, TextEdit } from '../../server/src/engine/types';
import { getMapAt, getNode, getPair, getString, keyRange, nodeOffsets, nodeRange, type YamlPair } from '../../server/src/engine/yaml';
import { insertIntoMap, isEmptyValue } from '../../server/src/engine/yaml-edit';

/** The API server rejects `hostUsers: false` next to any of these (a user namespace cannot share the host's others). */
const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** Pods for which the recommendation cannot be followed as they stand (see the description). */
function userNamespaceImpossible(pod: PodSpecRef): boolean {
  if (HOST_NAMESPACES.some((field) => k8sBoolean(getNode(pod.spec, field)) === true)) return true;
  // User namespaces are a Linux feature: Windows pods cannot use them.
  return getString(getMapAt(pod.spec, 'os'), 'name')?.toLowerCase() === 'windows';
}

/**
 * Where the switch is likely to change behaviour, so it needs a person to look: host directories
 * (file ownership on the node is seen through the ID mapping) and privileged containers.
 */
function needsReview(pod: PodSpecRef, containers: readonly ContainerRef[]): boolean {
  return hostPathVolumes(pod).length > 0 || containers.some((c) => k8sBoolean(getNode(c.securityContext, 'privileged')) === true);
}

/**
 * Rewrites an existing `hostUsers` entry (`true`, empty, or anything else) as `hostUsers: false`,
 * from the key to the end of its value, so an empty value (`hostUsers:`) gets its space too.
 */
function rewritePair(lines: LineIndex, pair: YamlPair): TextEdit | undefined {
  const key = nodeOffsets(pair.key);
  if (!key) return undefined;
  const end = Math.max(key[1], nodeOffsets(pair.value)?.[1] ?? key[1]);
  return { range: lines.range(key[0], end), newText: 'hostUsers: false' };
}

export default defineRule({
  meta: {
    id: 'K8S036',
    slug: 'require-user-namespace',
    kind: 'kubernetes',
    title: 'Pods should run in their own user namespace (hostUsers: false)',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'info',
    profile: 'strict',
    description:
      'Unless a pod sets `hostUsers: false`, its containers use the node\'s user namespace: UID 0 in the container is UID 0 on the node, and any other UID maps to the same UID there. A process that breaks out of the container (a runtime or kernel bug, a writable host mount) then holds those identities on the node. With `hostUsers: false` the kubelet maps the pod\'s users to an unprivileged range on the node, so an escape lands as a nobody; this defence in depth for the isolation that SOC 2 CC6.1 and CC6.3 rely on needs Kubernetes 1.33+ (or the UserNamespacesSupport feature gate) and a recent Linux kernel and runtime on the nodes. The rule is in the `strict` profile because almost no workload sets it yet. Pods with `hostNetwork`, `hostPID` or `hostIPC` (K8S011 reports those) and Windows pods are not reported: the API server rejects `hostUsers: false` for them.',
    remediation:
      'Set `hostUsers: false` in the pod spec once the cluster supports user namespaces. Test the workload first: files on `hostPath` volumes and privileged operations are seen through the ID mapping. For pods with hostPath volumes or privileged containers the change is offered as a suggestion rather than a quick fix.',
    fix: 'quickfix',
    messages: {
      missing: '{{resource}} does not set hostUsers: false, so its containers share the node\'s user namespace: root in a container is root on the node after an escape.',
      hostUsersTrue: '{{resource}} sets hostUsers: true, so its containers share the node\'s user namespace: root in a container is root on the node after an escape.',
    },
    peers: ['kubesec HostUsers'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      if (userNamespaceImpossible(pod)) continue;
      const pair = getPair(pod.spec, 'hostUsers');
      const value = pair && !isEmptyValue(pair.value) ? k8sBoolean(pair.value) : undefined;
      if (value === false) continue;
      // `hostUsers: true` is reported on its value; a missing (or empty) field on the pod `spec` key.
      const explicit = pair !== undefined && value === true;
      const range = explicit ? nodeRange(ctx.lines, pair.value) : keyRange(ctx.lines, pair ?? pod.specPair);
      if (!range) continue;
      const edit = pair ? rewritePair(ctx.lines, pair) : insertIntoMap(ctx.lines, pod.spec, { hostUsers: 'false' });
      if (!edit) continue;
      const change: Fix = { title: 'Set hostUsers: false', edits: [edit] };
      const review = needsReview(pod, containers);
      ctx.report({
        messageId: explicit ? 'hostUsersTrue' : 'missing',
        range,
        data: { resource: describeObject(pod.object) },
        resource: resourceOf(pod.object),
        ...(review ? { suggestions: [{ ...change, title: 'Set hostUsers: false (check hostPath volumes and privileged containers first)' }] } : { fix: change }),
      });
    }
  },
});
