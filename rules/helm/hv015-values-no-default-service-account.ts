import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs } from '../../server/src/engine/helm-values-keys';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, getString, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV015',
    slug: 'values-no-default-service-account',
    kind: 'helm-values',
    title: 'Chart values must not leave pods on the default service account',
    controls: ['CC6.1', 'CC6.2'],
    severity: 'warning',
    description:
      'With `serviceAccount.create: false` and no `serviceAccount.name` (the `helm create` scaffold and Bitnami charts both read the block this way), the chart\'s pods run as the namespace\'s `default` service account, which every workload of the namespace without its own account shares: a permission granted to one reaches all, and the API audit log cannot tell them apart (SOC 2 CC6.1, CC6.2). A `name` of `default` is the same. A name of an existing account, a sibling `serviceAccountName`, or a disabled component (`enabled: false`) is not reported. The Helm-values counterpart of K8S016.',
    remediation: 'Set `serviceAccount.create: true` so the chart creates an account of its own, or set `serviceAccount.name` to an account created for this workload.',
    fix: 'suggestion',
    messages: {
      defaultAccount: '{{path}}.create is false and no account name is set, so the pods run as the namespace\'s default service account, shared with every other workload there.',
      namedDefault: '{{path}}.name is "default", so the pods run as the namespace\'s default service account, shared with every other workload there.',
    },
    peers: ['CKV_K8S_41', 'KICS 591ade62', 'kube-linter default-service-account', 'kubesec ServiceAccountName'],
  },
  check(ctx) {
    for (const hit of findValuesPairs(ctx.yaml?.docs ?? [], 'serviceAccount')) {
      const block = asMap(hit.pair.value);
      const create = getPair(block, 'create');
      if (hit.disabled || !create || k8sBoolean(create.value) !== false) continue;
      const name = getString(block, 'name')?.trim() ?? '';
      // Some charts name the account beside the block (`serviceAccountName: app`).
      if (name !== 'default' && (name !== '' || (getString(hit.parent, 'serviceAccountName')?.trim() ?? '') !== '')) continue;
      const path = describeValuesPath(hit.path);
      const namePair = getPair(block, 'name');
      const named = name === 'default' && namePair !== undefined;
      // A created account named "default" would be the namespace's own: the name goes too.
      const edits = [replaceNode(ctx.lines, create.value, 'true'), ...(named ? [replaceNode(ctx.lines, namePair.value, '""')] : [])];
      const suggestions = [{ title: 'Let the chart create its own service account (create: true)', edits }];
      const at = named ? namePair.value : create.value;
      const range = nodeRange(ctx.lines, at);
      if (range) ctx.report({ messageId: named ? 'namedDefault' : 'defaultAccount', range, data: { path }, suggestions });
    }
  },
});
