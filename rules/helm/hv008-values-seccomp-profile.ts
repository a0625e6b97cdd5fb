import { describeValuesPath, findValuesSecurityContexts, isInForce } from '../../server/src/engine/helm-values';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, keyRange, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV008',
    slug: 'values-seccomp-profile',
    kind: 'helm-values',
    title: 'Chart values must set a seccomp profile',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Without a seccomp profile the rendered pod runs `Unconfined`: every system call of the kernel is open to a compromised container. The Helm-values counterpart of K8S009. A `seccompProfile` of type `Unconfined` in any security-context map is reported; a pod-level map (not empty, in force) that sets no profile is reported unless a security-context map of the same component (at or below its level) sets one.',
    remediation: 'Add `seccompProfile: {type: RuntimeDefault}` to the pod security-context values (`podSecurityContext`).',
    fix: 'quickfix',
    messages: {
      missing: '{{path}} sets no seccompProfile and no other security context of this component does, so the rendered pod runs without a seccomp filter.',
      unconfined: '{{path}} sets the seccomp profile to Unconfined, so the rendered containers may make any system call.',
    },
    peers: ['CKV_K8S_31', 'KICS f377b83e', 'KSV-0030', 'KSV-0104'],
  },
  check(ctx) {
    const all = findValuesSecurityContexts(ctx.yaml?.docs ?? []);
    for (const sc of all) {
      if (!sc.map || !isInForce(sc)) continue;
      const path = describeValuesPath(sc.path);
      const type = getPair(asMap(getPair(sc.map, 'seccompProfile')?.value), 'type');
      if (type && scalarValue(type.value) === 'Unconfined') {
        const range = nodeRange(ctx.lines, type.value);
        if (range) ctx.report({ messageId: 'unconfined', range, data: { path }, fix: { title: 'Use the RuntimeDefault seccomp profile', edits: [replaceNode(ctx.lines, type.value, 'RuntimeDefault')] } });
        continue;
      }
      if (sc.level !== 'pod' || sc.empty || getPair(sc.map, 'seccompProfile')) continue;
      // The component's containers may carry the profile (Bitnami puts it in containerSecurityContext,
      // sometimes one level down: `registry.server.containerSecurityContext` for `registry.podSecurityContext`).
      const component = sc.path.slice(0, -1);
      const inComponent = all.filter((o) => o !== sc && component.every((part, i) => o.path[i] === part));
      if (inComponent.some((o) => getPair(o.map, 'seccompProfile'))) continue;
      const range = keyRange(ctx.lines, sc.pair);
      if (!range) continue;
      const edit = setPath(ctx.lines, sc.parent, [sc.key, 'seccompProfile', 'type'], 'RuntimeDefault');
      ctx.report({ messageId: 'missing', range, data: { path }, ...(edit ? { fix: { title: `Add seccompProfile RuntimeDefault to ${path}`, edits: [edit] } } : {}) });
    }
  },
});
