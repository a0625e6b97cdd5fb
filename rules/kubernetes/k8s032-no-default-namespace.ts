import { describeObject, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getMapAt, getPair, keyRange, nodeRange, stringMap, type YAMLMap } from '../../server/src/engine/yaml';

function isControlPlane(map: YAMLMap): boolean {
  const labels = stringMap(getMapAt(map, 'metadata', 'labels'));
  return labels['tier'] === 'control-plane' || labels['component'] !== undefined || labels['k8s-app'] !== undefined;
}

/** Namespaced kinds whose placement matters for isolation (workloads and what they expose or read). */
const NAMESPACED = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Service',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'Ingress',
  'NetworkPolicy',
  'PersistentVolumeClaim',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
]);

export default defineRule({
  meta: {
    id: 'K8S032',
    slug: 'no-default-namespace',
    kind: 'kubernetes',
    title: 'Objects should not live in the default namespace',
    controls: ['CC6.1', 'CC6.6'],
    severity: 'info',
    profile: 'strict',
    description:
      'Namespaces are the unit of RBAC, NetworkPolicy, quotas and Pod Security admission. Objects left in `default` share it with everything else deployed carelessly, usually under no policy at all, and system namespaces (`kube-system`, `kube-public`) hold the cluster\'s own components and credentials (control-plane pods labelled `tier: control-plane`, `component` or `k8s-app` are expected in `kube-system` and left alone). Separating workloads by namespace supports least privilege and network segmentation (SOC 2 CC6.1, CC6.6). Many repositories set the namespace at deploy time (Helm `--namespace`, Kustomize `namespace:`), so an absent `metadata.namespace` is normal there: this rule is in the `strict` profile and reports a missing namespace only when the scan\'s default namespace is `default`, and never in a Helm template (Helm puts such objects in the release namespace).',
    remediation: 'Deploy into a dedicated namespace per application or team: set `metadata.namespace`, or set it in the deploy tooling and configure `defaultNamespace` accordingly.',
    fix: 'none',
    messages: {
      explicitDefault: '{{resource}} is placed in the default namespace, which is shared by everything deployed without a namespace and usually carries no RBAC or network policy.',
      system: '{{resource}} is placed in the system namespace {{namespace}}, which holds the cluster\'s own components and credentials.',
      missing: '{{resource}} sets no namespace, so it lands in the default namespace unless the deploy tooling sets one.',
    },
    peers: ['CKV_K8S_21', 'KICS 611ab018', 'KSV-0110', 'KSV-0037', 'kube-linter use-namespace', 'Datree WORKLOAD_INCORRECT_NAMESPACE_VALUE_DEFAULT'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (!NAMESPACED.has(object.kind) && !podSpecOf(object)) continue;
      const resource = resourceOf(object);
      const data = { resource: describeObject(object), namespace: object.namespace ?? '' };
      if (object.namespace !== undefined) {
        const node = getPair(getMapAt(object.map, 'metadata'), 'namespace')?.value;
        const range = nodeRange(ctx.lines, node);
        if (!range) continue;
        if (object.namespace === 'default') ctx.report({ messageId: 'explicitDefault', range, data, resource });
        // kube-system is where control-plane static pods belong: those (labelled tier: control-plane or
        // component: ...) are left alone, any other object there is flagged like kube-public.
        else if ((object.namespace === 'kube-system' && !isControlPlane(object.map)) || object.namespace === 'kube-public') ctx.report({ messageId: 'system', range, data, resource });
        continue;
      }
      if (ctx.config.defaultNamespace !== 'default') continue;
      // Helm installs a template's objects without a namespace into the release namespace
      // (`helm install -n`), never into `default` by omission; and a namespace a template prints
      // (`{{ include "common.names.namespace" . }}`) is unknown, not missing.
      if (ctx.kind === 'helm-template') continue;
      const metadata = getPair(object.map, 'metadata');
      const range = metadata && keyRange(ctx.lines, metadata);
      if (range) ctx.report({ messageId: 'missing', range, data, resource });
    }
  },
});
