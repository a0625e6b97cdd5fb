import {
  containerAnchor,
  describeContainers,
  describeObject,
  effectiveSecurity,
  podAnchor,
  resourceOf,
  workloadContainers,
  type ContainerRef,
} from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, getMapAt, getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode, setPath } from '../../server/src/engine/yaml-edit';

/** Pre-1.19 annotations, still honoured by peers and found in older manifests. */
const POD_ANNOTATIONS = ['seccomp.security.alpha.kubernetes.io/pod', 'seccomp.security.alpha.kubernetes.io/defaultProfileName'];
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

type Verdict = { kind: 'ok' } | { kind: 'missing' } | { kind: 'unconfined'; node: unknown; replacement: string; level: 'pod' | 'container' };

function judgeAnnotation(node: unknown, level: 'pod' | 'container'): Verdict | undefined {
  const v = scalarValue(node);
  if (typeof v !== 'string') return undefined;
  if (v === 'unconfined') return { kind: 'unconfined', node, replacement: 'runtime/default', level };
  if (v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/')) return { kind: 'ok' };
  return undefined;
}

/** The effective seccomp profile of a container: the securityContext field first, then the legacy annotations. */
function judge(container: ContainerRef): Verdict {
  const setting = effectiveSecurity(container, 'seccompProfile');
  const typePair = getPair(asMap(setting?.node), 'type');
  const type = scalarValue(typePair?.value);
  if (setting && typePair) {
    if (type === 'Unconfined') return { kind: 'unconfined', node: typePair.value, replacement: 'RuntimeDefault', level: setting.level };
    if (type === 'RuntimeDefault' || type === 'Localhost') return { kind: 'ok' };
  }
  const annotations = getMapAt(container.pod.podMetadata, 'annotations');
  const own = getPair(annotations, CONTAINER_ANNOTATION_PREFIX + container.name);
  const fromContainer = own && judgeAnnotation(own.value, 'container');
  if (fromContainer) return fromContainer;
  for (const key of POD_ANNOTATIONS) {
    const pair = getPair(annotations, key);
    const verdict = pair && judgeAnnotation(pair.value, 'pod');
    if (verdict) return verdict;
  }
  return { kind: 'missing' };
}

export default defineRule({
  meta: {
    id: 'K8S009',
    slug: 'require-seccomp-profile',
    kind: 'kubernetes',
    title: 'Pods must run with a seccomp profile',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Seccomp filters the system calls a container may make. Kubernetes runs containers `Unconfined` unless the pod or container sets a profile, leaving the whole kernel API (hundreds of calls, many behind past container escapes) open to a compromised container. The runtime\'s default profile blocks the rarely needed, dangerous calls and almost never breaks an application. Confining the kernel surface is a least-privilege control under SOC 2 CC6.1. The rule reads pod-to-container inheritance and the legacy `seccomp.security.alpha.kubernetes.io` annotations.',
    remediation:
      'Set `seccompProfile: {type: RuntimeDefault}` in the pod securityContext (it covers every container), or a `Localhost` profile you maintain. Never use `Unconfined`.',
    fix: 'quickfix',
    messages: {
      podMissing: 'No seccomp profile for {{subject}} of {{resource}}: neither the pod nor its containers set seccompProfile, so every system call is allowed.',
      missing: '{{subject}} of {{resource}} runs without a seccomp profile: neither it nor the pod sets seccompProfile, so every system call is allowed.',
      unconfined: 'Seccomp is Unconfined for {{subject}} of {{resource}} ({{where}}), so every system call is allowed.',
    },
    peers: ['CKV_K8S_31', 'CKV_K8S_32', 'KICS f377b83e', 'KSV-0030', 'KSV-0104', 'Polaris linuxHardening', 'kubesec SeccompAny', 'kubesec SeccompUnconfined', 'Datree CONTAINERS_INCORRECT_SECCOMP_PROFILE'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const missing: ContainerRef[] = [];
      const unconfined = new Map<unknown, { verdict: Extract<Verdict, { kind: 'unconfined' }>; containers: ContainerRef[] }>();
      for (const container of containers) {
        const verdict = judge(container);
        if (verdict.kind === 'ok') continue;
        if (verdict.kind === 'missing') {
          missing.push(container);
          continue;
        }
        const group = unconfined.get(verdict.node) ?? { verdict, containers: [] };
        group.containers.push(container);
        unconfined.set(verdict.node, group);
      }
      const resource = resourceOf(pod.object);
      for (const { verdict, containers: affected } of unconfined.values()) {
        const range = nodeRange(ctx.lines, verdict.node);
        if (!range) continue;
        const where = verdict.level === 'pod' ? 'set for the pod' : 'set for the container';
        ctx.report({
          messageId: 'unconfined',
          range,
          data: { subject: describeContainers(affected), resource: describeObject(pod.object), where },
          resource,
          fix: { title: `Use the ${verdict.replacement} seccomp profile`, edits: [replaceNode(ctx.lines, verdict.node, verdict.replacement)] },
        });
      }
      if (missing.length === 0) continue;
      if (missing.length === containers.length) {
        // Nothing anywhere: one pod-level finding whose fix covers every container.
        const range = podAnchor(ctx.lines, pod);
        if (!range) continue;
        const edit = setPath(ctx.lines, pod.spec, ['securityContext', 'seccompProfile', 'type'], 'RuntimeDefault');
        const fix: Fix | undefined = edit && { title: 'Add seccompProfile RuntimeDefault to the pod securityContext', edits: [edit] };
        ctx.report({ messageId: 'podMissing', range, data: { subject: describeContainers(missing), resource: describeObject(pod.object) }, resource, ...(fix ? { fix } : {}) });
        continue;
      }
      for (const container of missing) {
        const range = containerAnchor(ctx.lines, container);
        if (!range) continue;
        const edit = setPath(ctx.lines, container.map, ['securityContext', 'seccompProfile', 'type'], 'RuntimeDefault');
        const fix: Fix | undefined = edit && { title: 'Add seccompProfile RuntimeDefault to the container securityContext', edits: [edit] };
        ctx.report({ messageId: 'missing', range, data: { subject: describeContainers([container]), resource: describeObject(pod.object) }, resource, ...(fix ? { fix } : {}) });
      }
    }
  },
});
