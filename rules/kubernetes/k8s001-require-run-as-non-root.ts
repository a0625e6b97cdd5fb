import {
  containerAnchor,
  describeContainers,
  describeObject,
  effectiveSecurity,
  k8sBoolean,
  k8sInteger,
  podAnchor,
  resourceOf,
  workloadContainers,
  type ContainerRef,
  type EffectiveSetting,
  type PodSpecRef,
} from '../../server/src/engine/kubernetes';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

/** The UID the fix puts in place of 0: above 10000, clear of host and distribution accounts. */
const FIX_UID = '10001';

type Messages = 'rootUser' | 'nonRootNotTrue' | 'mayRunAsRoot' | 'podMayRunAsRoot';

/** Why one container may run as root, and the setting to blame (undefined: nothing is set). */
type Verdict = { kind: 'ok' } | { kind: 'rootUser'; setting: EffectiveSetting } | { kind: 'nonRootNotTrue'; setting: EffectiveSetting } | { kind: 'missing' };

/**
 * The kubelet's view: a numeric non-zero `runAsUser` or `runAsNonRoot: true` keeps the process off
 * UID 0 (the latter by refusing to start a root image). A string UID is unknown: it neither proves
 * root nor proves non-root.
 */
function judge(container: ContainerRef): Verdict {
  const user = effectiveSecurity(container, 'runAsUser');
  const uid = user ? k8sInteger(user.node) : undefined;
  if (user && uid === 0) return { kind: 'rootUser', setting: user };
  const nonRoot = effectiveSecurity(container, 'runAsNonRoot');
  if (nonRoot && k8sBoolean(nonRoot.node) === true) return { kind: 'ok' };
  if (uid !== undefined && uid > 0) return { kind: 'ok' };
  if (nonRoot) return { kind: 'nonRootNotTrue', setting: nonRoot };
  return { kind: 'missing' };
}

function reportPodLevelMissing(ctx: RuleContext<Messages>, pod: PodSpecRef, containers: ContainerRef[]): void {
  const range = podAnchor(ctx.lines, pod);
  if (!range) return;
  const edit = setPath(ctx.lines, pod.spec, ['securityContext', 'runAsNonRoot'], 'true');
  const fix: Fix | undefined = edit && { title: 'Add runAsNonRoot: true to the pod securityContext', edits: [edit] };
  ctx.report({
    messageId: 'podMayRunAsRoot',
    range,
    data: { subject: describeContainers(containers), resource: describeObject(pod.object) },
    resource: resourceOf(pod.object),
    ...(fix ? { fix } : {}),
  });
}

function reportContainerMissing(ctx: RuleContext<Messages>, container: ContainerRef): void {
  const range = containerAnchor(ctx.lines, container);
  if (!range) return;
  const edit = setPath(ctx.lines, container.map, ['securityContext', 'runAsNonRoot'], 'true');
  const fix: Fix | undefined = edit && { title: 'Add runAsNonRoot: true to the container securityContext', edits: [edit] };
  ctx.report({
    messageId: 'mayRunAsRoot',
    range,
    data: { subject: describeContainers([container]), resource: describeObject(container.pod.object) },
    resource: resourceOf(container.pod.object),
    ...(fix ? { fix } : {}),
  });
}

/** One finding per offending setting: a pod-level value shared by several containers is reported once. */
function reportSetting(ctx: RuleContext<Messages>, pod: PodSpecRef, kind: 'rootUser' | 'nonRootNotTrue', setting: EffectiveSetting, containers: ContainerRef[]): void {
  const range = nodeRange(ctx.lines, setting.node);
  if (!range) return;
  const where = setting.level === 'pod' ? 'the pod securityContext' : 'its securityContext';
  // The source text, so a quoted "true" (a string the API server rejects) reads as such.
  const value = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end)) || 'empty';
  const data = { subject: describeContainers(containers), resource: describeObject(pod.object), where, value };
  const fix: Fix =
    kind === 'rootUser'
      ? { title: `Set runAsUser: ${FIX_UID}`, edits: [replaceNode(ctx.lines, setting.node, FIX_UID)] }
      : { title: 'Set runAsNonRoot: true', edits: [replaceNode(ctx.lines, setting.node, 'true')] };
  ctx.report({ messageId: kind, range, data, resource: resourceOf(pod.object), fix });
}

export default defineRule<Messages>({
  meta: {
    id: 'K8S001',
    slug: 'require-run-as-non-root',
    kind: 'kubernetes',
    title: 'Containers must not run as root',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'A container whose process runs as UID 0 is root inside the container, and root on the node as soon as it escapes through a kernel or runtime bug or a mounted host path. Unless the manifest sets `runAsNonRoot: true` or a non-zero `runAsUser` (in the container securityContext, or the pod securityContext it inherits), the image decides, and most base images default to root. Least privilege under SOC 2 CC6.1 means the manifest, not the image, guarantees a non-root user.',
    remediation:
      'Set `runAsNonRoot: true` in the pod securityContext (it covers every container, init and ephemeral included) or per container, and give containers a non-zero `runAsUser` (above 10000) when the image has no numeric non-root USER. Never set `runAsUser: 0`. A container setting `runAsNonRoot: false` overrides the pod\'s `true`.',
    fix: 'quickfix',
    messages: {
      rootUser: '{{subject}} of {{resource}} runs as root: runAsUser is 0 in {{where}}. A root process is one container escape away from root on the node; use a non-zero UID.',
      nonRootNotTrue: '{{subject}} of {{resource}} may run as root: runAsNonRoot is {{value}} in {{where}} and no non-zero runAsUser is set, so the image\'s user (often root) applies.',
      mayRunAsRoot: '{{subject}} of {{resource}} may run as root: it sets neither runAsNonRoot: true nor a non-zero runAsUser, and the pod securityContext does not either, so the image\'s user (often root) applies.',
      podMayRunAsRoot: '{{subject}} of {{resource}} may run as root: neither the pod nor any container sets runAsNonRoot: true or a non-zero runAsUser, so the image\'s user (often root) applies.',
    },
    peers: [
      'CKV_K8S_23',
      'KICS cf34805e',
      'KSV-0012',
      'KSV-0105',
      'kube-linter run-as-non-root',
      'Polaris runAsRootAllowed',
      'kubesec RunAsNonRoot',
      'SNYK-CC-K8S-10',
      'Datree CONTAINERS_INCORRECT_RUNASNONROOT_VALUE',
    ],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const verdicts = containers.map((container) => ({ container, verdict: judge(container) }));
      // Pod-level culprits are grouped by setting so a shared `runAsUser: 0` is one finding.
      const shared = new Map<unknown, { kind: 'rootUser' | 'nonRootNotTrue'; setting: EffectiveSetting; containers: ContainerRef[] }>();
      const missing: ContainerRef[] = [];
      for (const { container, verdict } of verdicts) {
        if (verdict.kind === 'ok') continue;
        if (verdict.kind === 'missing') {
          missing.push(container);
          continue;
        }
        if (verdict.setting.level === 'container') {
          reportSetting(ctx, pod, verdict.kind, verdict.setting, [container]);
          continue;
        }
        const group = shared.get(verdict.setting.node) ?? { kind: verdict.kind, setting: verdict.setting, containers: [] };
        group.containers.push(container);
        shared.set(verdict.setting.node, group);
      }
      for (const group of shared.values()) reportSetting(ctx, pod, group.kind, group.setting, group.containers);
      if (missing.length === 0) continue;
      // Nothing set anywhere: one pod-level finding whose fix covers every container at once.
      const nothingSet = missing.length === containers.length && containers.every((c) => isEmptyValue(getPair(c.securityContext, 'runAsUser')?.value));
      if (nothingSet) reportPodLevelMissing(ctx, pod, missing);
      else for (const container of missing) reportContainerMissing(ctx, container);
    }
  },
});
