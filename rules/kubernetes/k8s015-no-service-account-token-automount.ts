import { describeObject, k8sBoolean, resourceOf, workloadContainers, type K8sObject, type PodSpecRef } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, getString, keyRange, labelString, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

const FIELD = 'automountServiceAccountToken';

/** The service account a pod runs as: `serviceAccountName`, the deprecated `serviceAccount`, else `default`. */
function serviceAccountOf(pod: PodSpecRef): string {
  return getString(pod.spec, 'serviceAccountName') || getString(pod.spec, 'serviceAccount') || 'default';
}

/** True when a ServiceAccount in the same file (same namespace) sets automountServiceAccountToken: false. */
function accountDisablesToken(objects: K8sObject[], pod: PodSpecRef, defaultNamespace: string): boolean {
  const name = serviceAccountOf(pod);
  const namespace = pod.object.namespace ?? defaultNamespace;
  return objects.some((o) => o.kind === 'ServiceAccount' && o.name === name && (o.namespace ?? defaultNamespace) === namespace && k8sBoolean(getPair(o.map, FIELD)?.value) === false);
}

export default defineRule({
  meta: {
    id: 'K8S015',
    slug: 'no-service-account-token-automount',
    kind: 'kubernetes',
    title: 'Service-account tokens must not be mounted automatically',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Unless the pod or its ServiceAccount sets `automountServiceAccountToken: false`, Kubernetes mounts an API token into every container. Most applications never call the Kubernetes API, yet anyone who compromises them gets a credential for it, with whatever RBAC the account holds (often more than expected once roles accumulate). Issuing credentials only to workloads that need them is least privilege under SOC 2 CC6.1. The rule checks pod specs (a ServiceAccount in the same file that disables automounting counts) and ServiceAccount objects.',
    remediation:
      'Set `automountServiceAccountToken: false` on the ServiceAccount, or in the pod spec. Workloads that call the API set it to `true` in their pod spec explicitly (and suppress this finding with the reason) or mount a projected token with a short lifetime and a narrow audience.',
    fix: 'quickfix',
    messages: {
      podDefault: '{{resource}} does not set automountServiceAccountToken: false, so every container gets a Kubernetes API token for service account "{{account}}" whether it needs one or not.',
      podEnabled: '{{resource}} sets automountServiceAccountToken to {{value}}, so every container gets a Kubernetes API token for service account "{{account}}".',
      accountDefault: '{{account}} does not set automountServiceAccountToken: false, so its API token is mounted into every pod that uses it.',
      accountEnabled: '{{account}} sets automountServiceAccountToken to {{value}}, so its API token is mounted into every pod that uses it.',
    },
    peers: ['CKV_K8S_38', 'KICS 48471392', 'KSV-0036', 'Polaris automountServiceAccountToken', 'kubesec AutomountServiceAccountToken', 'Datree SRVACC_INCORRECT_AUTOMOUNTSERVICEACCOUNTTOKEN_VALUE'],
  },
  check(ctx) {
    const shown = (node: unknown): string => {
      const r = nodeRange(ctx.lines, node);
      return r ? ctx.text.slice(ctx.lines.offsetAt(r.start), ctx.lines.offsetAt(r.end)) : '';
    };
    for (const object of ctx.objects) {
      if (object.kind !== 'ServiceAccount' || object.apiVersion !== 'v1') continue;
      const pair = getPair(object.map, FIELD);
      if (pair && !isEmptyValue(pair.value)) {
        if (k8sBoolean(pair.value) === false) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (range) ctx.report({ messageId: 'accountEnabled', range, data: { account: describeObject(object), value: shown(pair.value) }, resource: resourceOf(object), fix: { title: 'Set automountServiceAccountToken: false', edits: [replaceNode(ctx.lines, pair.value, 'false')] } });
        continue;
      }
      const kindPair = getPair(object.map, 'kind');
      const range = kindPair && keyRange(ctx.lines, kindPair);
      if (!range) continue;
      const edit = setPath(ctx.lines, object.map, [FIELD], 'false');
      ctx.report({ messageId: 'accountDefault', range, data: { account: describeObject(object) }, resource: resourceOf(object), ...(edit ? { fix: { title: 'Add automountServiceAccountToken: false', edits: [edit] } } : {}) });
    }
    for (const { pod } of workloadContainers(ctx.objects)) {
      const pair = getPair(pod.spec, FIELD);
      if (pair && !isEmptyValue(pair.value)) {
        if (k8sBoolean(pair.value) === false) continue;
        const range = nodeRange(ctx.lines, pair.value);
        // The pod's own setting wins over the account's, so the account name is for the message only.
        const account = labelString(pod.spec, 'serviceAccountName', '(templated)') || labelString(pod.spec, 'serviceAccount', '(templated)') || 'default';
        if (range) ctx.report({ messageId: 'podEnabled', range, data: { resource: describeObject(pod.object), account, value: shown(pair.value) }, resource: resourceOf(pod.object), fix: { title: 'Set automountServiceAccountToken: false', edits: [replaceNode(ctx.lines, pair.value, 'false')] } });
        continue;
      }
      const data = { resource: describeObject(pod.object), account: serviceAccountOf(pod) };
      if (accountDisablesToken(ctx.objects, pod, ctx.config.defaultNamespace)) continue;
      const range = keyRange(ctx.lines, pod.specPair);
      if (!range) continue;
      const edit = setPath(ctx.lines, pod.spec, [FIELD], 'false');
      ctx.report({ messageId: 'podDefault', range, data, resource: resourceOf(pod.object), ...(edit ? { fix: { title: 'Add automountServiceAccountToken: false to the pod spec', edits: [edit] } } : {}) });
    }
  },
});

