import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs } from '../../server/src/engine/helm-values-keys';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getMapAt, getPair, nodeRange, type YAMLMap } from '../../server/src/engine/yaml';

function grantsRbac(map: YAMLMap | undefined): boolean {
  const rbac = getMapAt(map, 'rbac');
  return k8sBoolean(getPair(rbac, 'create')?.value) === true || k8sBoolean(getPair(rbac, 'enabled')?.value) === true;
}
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV010',
    slug: 'values-no-service-account-token-automount',
    kind: 'helm-values',
    title: 'Chart values must not auto-mount service-account tokens',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'The `helm create` scaffold sets `serviceAccount.automount: true` and Bitnami charts expose `automountServiceAccountToken`; set to true, the rendered pods get a Kubernetes API token in every container, a credential most applications never use and an attacker gladly does (SOC 2 CC6.1). The Helm-values counterpart of K8S015: an explicit true in `serviceAccount.automount` or any `automountServiceAccountToken` key is reported, outside disabled components and unless the component or the chart creates RBAC permissions (`rbac.create: true`), which means it calls the API and needs its token.',
    remediation: 'Set the value to false; charts for operators and controllers that call the API keep true, with a suppression stating the reason.',
    fix: 'quickfix',
    messages: {
      enabled: '{{path}} is true, so the chart mounts a Kubernetes API token into its pods whether they need one or not.',
    },
    peers: ['CKV_K8S_38', 'KICS 48471392', 'KSV-0036'],
  },
  check(ctx) {
    const docs = ctx.yaml?.docs ?? [];
    const hits = [
      ...findValuesPairs(docs, 'automountServiceAccountToken'),
      // `automount` only means the token inside a serviceAccount block.
      ...findValuesPairs(docs, 'automount').filter((h) => h.path[h.path.length - 2] === 'serviceAccount'),
    ];
    const root = asMap(docs[0]?.contents);
    for (const hit of hits) {
      if (hit.disabled || k8sBoolean(hit.pair.value) !== true) continue;
      // A component that is given RBAC permissions calls the API: its token is needed (operators,
      // controllers). `rbac.create`/`rbac.enabled` on the component, or on the chart root.
      const owner = hit.path[hit.path.length - 2] === 'serviceAccount' ? undefined : hit.parent;
      if ([owner, root].some((m) => grantsRbac(m))) continue;
      const range = nodeRange(ctx.lines, hit.pair.value);
      if (range) ctx.report({ messageId: 'enabled', range, data: { path: describeValuesPath(hit.path) }, fix: { title: 'Set it to false', edits: [replaceNode(ctx.lines, hit.pair.value, 'false')] } });
    }
  },
});
