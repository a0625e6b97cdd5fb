import { describeContainers, describeObject, effectiveSecurity, resourceOf, workloadContainers, type ContainerRef } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, getMapAt, getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
/** SELinux types container runtimes assign to confined containers. */
const CONTAINER_SELINUX_TYPES = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

interface Problem {
  messageId: 'apparmorUnconfined' | 'apparmorInvalid' | 'selinuxType' | 'selinuxIdentity';
  node: unknown;
  where: string;
  value: string;
  suggestion?: { title: string; text: string };
}

function problemsOf(container: ContainerRef): Problem[] {
  const out: Problem[] = [];
  // AppArmor: the field (1.30+, inherited from the pod) wins over the beta annotation.
  const apparmor = effectiveSecurity(container, 'appArmorProfile');
  const typePair = getPair(asMap(apparmor?.node), 'type');
  if (apparmor && typePair) {
    if (scalarValue(typePair.value) === 'Unconfined') out.push({ messageId: 'apparmorUnconfined', node: typePair.value, where: apparmor.level === 'pod' ? 'the pod securityContext' : 'its securityContext', value: 'Unconfined', suggestion: { title: 'Use the RuntimeDefault AppArmor profile', text: 'RuntimeDefault' } });
  } else {
    const annotation = getPair(getMapAt(container.pod.podMetadata, 'annotations'), APPARMOR_ANNOTATION_PREFIX + container.name);
    const value = scalarValue(annotation?.value);
    const suggestion = { title: 'Use the runtime/default AppArmor profile', text: 'runtime/default' };
    if (annotation && value === 'unconfined') out.push({ messageId: 'apparmorUnconfined', node: annotation.value, where: 'the pod annotations', value: 'unconfined', suggestion });
    // Anything but runtime/default or localhost/<profile> is not a profile the kubelet can apply.
    else if (annotation && (typeof value !== 'string' || (value !== 'runtime/default' && !value.startsWith('localhost/')))) out.push({ messageId: 'apparmorInvalid', node: annotation.value, where: 'the pod annotations', value: String(value ?? ''), suggestion });
  }
  // SELinux: a custom type outside the container domain, or a user/role override.
  const selinux = effectiveSecurity(container, 'seLinuxOptions');
  const options = asMap(selinux?.node);
  if (selinux && options) {
    const where = selinux.level === 'pod' ? 'the pod securityContext' : 'its securityContext';
    const type = getPair(options, 'type');
    const typeValue = scalarValue(type?.value);
    if (type && typeof typeValue === 'string' && typeValue !== '' && !CONTAINER_SELINUX_TYPES.has(typeValue)) out.push({ messageId: 'selinuxType', node: type.value, where, value: typeValue, suggestion: { title: 'Use the container_t SELinux type', text: 'container_t' } });
    for (const field of ['user', 'role']) {
      const pair = getPair(options, field);
      const v = scalarValue(pair?.value);
      if (pair && typeof v === 'string' && v !== '') out.push({ messageId: 'selinuxIdentity', node: pair.value, where, value: `${field}: ${v}` });
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'K8S030',
    slug: 'no-unconfined-apparmor-selinux',
    kind: 'kubernetes',
    title: 'Containers must not disable or override AppArmor and SELinux confinement',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'AppArmor and SELinux are the mandatory access control layers that stop a container process from touching host files and kernel interfaces even when it runs as root. Container runtimes apply a default profile (AppArmor `runtime/default`, SELinux type `container_t`) on nodes that support them, so leaving the fields unset is fine; what removes the protection is `Unconfined`, a custom SELinux type outside the container domain (for example `spc_t`, a super-privileged container), or a user/role override. Keeping confinement is a least-privilege control under SOC 2 CC6.1. The settings are read with pod-to-container inheritance, and the beta AppArmor annotation too.',
    remediation: 'Remove the override, or use `RuntimeDefault` (AppArmor), a `Localhost` profile you maintain, or one of the container SELinux types (`container_t`, `container_init_t`, `container_kvm_t`).',
    fix: 'suggestion',
    messages: {
      apparmorUnconfined: 'AppArmor is {{value}} for {{subject}} of {{resource}} (set in {{where}}): the process runs without mandatory access control.',
      apparmorInvalid: 'AppArmor profile "{{value}}" for {{subject}} of {{resource}} (set in {{where}}) is not runtime/default or localhost/<profile>, so the intended confinement is unclear and the kubelet rejects the pod.',
      selinuxType: 'SELinux type {{value}} for {{subject}} of {{resource}} (set in {{where}}) is outside the container domain, so the usual container confinement does not apply.',
      selinuxIdentity: 'SELinux {{value}} for {{subject}} of {{resource}} (set in {{where}}) overrides the container identity the runtime would assign, which can grant host-level access.',
    },
    peers: ['KSV-0002', 'KSV-0025', 'KICS 8b36775e', 'kubesec ApparmorAny', 'kubesec ApparmorUnconfined', 'SNYK-CC-K8S-32'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      // A pod-level setting shared by several containers is one finding.
      const grouped = new Map<unknown, { problem: Problem; containers: ContainerRef[] }>();
      for (const container of containers) {
        for (const problem of problemsOf(container)) {
          const group = grouped.get(problem.node) ?? { problem, containers: [] };
          group.containers.push(container);
          grouped.set(problem.node, group);
        }
      }
      for (const { problem, containers: affected } of grouped.values()) {
        const range = nodeRange(ctx.lines, problem.node);
        if (!range) continue;
        const suggestions: Fix[] = problem.suggestion ? [{ title: problem.suggestion.title, edits: [replaceNode(ctx.lines, problem.node, problem.suggestion.text)] }] : [];
        ctx.report({ messageId: problem.messageId, range, data: { subject: describeContainers(affected), resource: describeObject(pod.object), where: problem.where, value: problem.value }, resource: resourceOf(pod.object), suggestions });
      }
    }
  },
});
