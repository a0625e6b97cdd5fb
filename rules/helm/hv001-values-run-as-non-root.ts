import { findValuesSecurityContexts, isInForce, siblingContexts, describeValuesPath, type ValuesSecurityContext } from '../../server/src/engine/helm-values';
import { k8sBoolean, k8sInteger } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, keyRange, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode, setPath } from '../../server/src/engine/yaml-edit';

/** Same UID as K8S001's fix: above 10000, clear of host and distribution accounts. */
const FIX_UID = '10001';

/** The map itself keeps its containers off UID 0 (`runAsNonRoot: true` or a numeric non-zero UID). */
function setsNonRoot(sc: ValuesSecurityContext): boolean {
  if (k8sBoolean(getPair(sc.map, 'runAsNonRoot')?.value) === true) return true;
  const uid = k8sInteger(getPair(sc.map, 'runAsUser')?.value);
  return uid !== undefined && uid > 0;
}

/**
 * Whether an empty map is covered by a sibling of the same component: a pod-level map that keeps
 * containers off root covers the container maps (they inherit it); for the pod-level map, any
 * container-level sibling that does so covers it (helm create renders one container).
 */
function coveredBySibling(all: readonly ValuesSecurityContext[], sc: ValuesSecurityContext): boolean {
  return siblingContexts(all, sc).some((other) => isInForce(other) && setsNonRoot(other) && (sc.level === 'pod' ? other.level !== 'pod' : other.level === 'pod'));
}

export default defineRule({
  meta: {
    id: 'HV001',
    slug: 'values-run-as-non-root',
    kind: 'helm-values',
    title: 'Chart values must not let containers run as root',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'A chart\'s values decide the securityContext its templates render. `runAsUser: 0` runs the container as root; `runAsNonRoot: false` and an empty `{}` (the `helm create` default) leave the user to the image, and most images default to root. A root process in a container is one escape away from root on the node, which defeats the least-privilege boundary SOC 2 CC6.1 asks for. Maps switched off with Bitnami\'s `enabled: false`, or inside a component that is disabled, render nothing and are skipped.',
    remediation:
      'Set `runAsNonRoot: true` and a non-zero `runAsUser` (above 10000) in the chart\'s security-context values (`podSecurityContext`/`securityContext` for `helm create` charts, `podSecurityContext`/`containerSecurityContext` for Bitnami charts).',
    fix: 'quickfix',
    messages: {
      rootUser: '{{path}} sets runAsUser: 0: the chart runs this container as root, one escape away from root on the node.',
      nonRootDisabled: '{{path}} sets runAsNonRoot: false and no non-zero runAsUser: the image\'s user applies, often root.',
      empty: '{{path}} is empty: the chart renders no runAsNonRoot or runAsUser, so the image\'s user applies, often root.',
    },
    peers: ['CKV_K8S_23', 'KICS cf34805e', 'KSV-0012', 'KSV-0105', 'kube-linter run-as-non-root'],
  },
  check(ctx) {
    const all = findValuesSecurityContexts(ctx.yaml?.docs ?? []);
    const reportedEmptyParents = new Set<unknown>();
    // Container-level maps first, so an empty pod-level sibling is reported only when no container map is.
    const order = [...all].sort((a, b) => Number(a.level === 'pod') - Number(b.level === 'pod'));
    for (const sc of order) {
      if (!isInForce(sc)) continue;
      const path = describeValuesPath(sc.path);
      if (sc.empty) {
        // One finding per component when both its pod and container maps are empty: the container
        // map is where helm create's own commented example puts runAsNonRoot.
        if (coveredBySibling(all, sc) || (sc.level === 'pod' && reportedEmptyParents.has(sc.parent))) continue;
        if (sc.level !== 'pod') reportedEmptyParents.add(sc.parent);
        const range = keyRange(ctx.lines, sc.pair);
        const edit = setPath(ctx.lines, sc.parent, [sc.key, 'runAsNonRoot'], 'true');
        if (!range) continue;
        ctx.report({ messageId: 'empty', range, data: { path }, ...(edit ? { fix: { title: `Add runAsNonRoot: true to ${path}`, edits: [edit] } } : {}) });
        continue;
      }
      const user = getPair(sc.map, 'runAsUser');
      const uid = k8sInteger(user?.value);
      if (user && uid === 0) {
        const range = nodeRange(ctx.lines, user.value);
        if (range) ctx.report({ messageId: 'rootUser', range, data: { path }, fix: { title: `Set runAsUser: ${FIX_UID}`, edits: [replaceNode(ctx.lines, user.value, FIX_UID)] } });
      }
      const nonRoot = getPair(sc.map, 'runAsNonRoot');
      // With a non-zero UID the kubelet runs that UID: `runAsNonRoot: false` then changes nothing.
      if (nonRoot && k8sBoolean(nonRoot.value) === false && !(uid !== undefined && uid > 0)) {
        const range = nodeRange(ctx.lines, nonRoot.value);
        if (range) ctx.report({ messageId: 'nonRootDisabled', range, data: { path }, fix: { title: 'Set runAsNonRoot: true', edits: [replaceNode(ctx.lines, nonRoot.value, 'true')] } });
      }
    }
  },
});
