import { describeObject, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { configReferences, definitionsIn, isConcreteObjectName, managesNear } from '../../server/src/engine/object-references';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'WS005',
    slug: 'no-missing-config-reference',
    kind: 'workspace',
    title: 'Secrets and ConfigMaps a pod reads must exist in the workspace',
    controls: ['A1.2', 'CC6.7'],
    severity: 'warning',
    description:
      'A container whose env, envFrom or volume refers to a Secret or ConfigMap that does not exist does not start (CreateContainerConfigError, or a volume that never mounts), and a rename that reached only one side of the reference is the usual cause. It also leaves the origin of a credential undocumented: nothing in the repository says how the Secret the pod expects is provisioned (SOC 2 CC6.7, A1.2). The rule is judged over the whole workspace, per namespace, and only where the repository manages that kind of object: a reference to a Secret is checked only when the part of the repository holding the workload (its folder, a folder above or below it) defines at least one Secret in the namespace (SealedSecret, ExternalSecret, cert-manager Certificate and kustomize generators count as defining the Secret they produce), likewise for ConfigMaps. References marked `optional: true`, placeholder names and Helm templates are not judged; `imagePullSecrets` are not checked (registry credentials are usually provisioned by the cluster).',
    remediation: 'Correct the name so it matches the Secret or ConfigMap in the same namespace, add the missing manifest (for a Secret: a SealedSecret or ExternalSecret rather than plain data), or mark the reference `optional: true` if the pod works without it.',
    fix: 'none',
    messages: {
      missing: '{{resource}}: {{via}} reads {{kind}} "{{name}}", which no manifest in the workspace defines in namespace "{{namespace}}"; unless it is created outside the repository, the pod will not start.',
    },
    peers: ['kube-linter env-value-from'],
  },
  check(ctx) {
    const index = ctx.index;
    if (!index) return;
    const definitions = index.definitions();
    for (const object of ctx.objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      const namespace = object.namespace ?? ctx.config.defaultNamespace;
      const reported = new Set<unknown>();
      for (const ref of configReferences(pod)) {
        if (ref.optional || !isConcreteObjectName(ref.name) || reported.has(ref.node)) continue;
        const candidates = definitionsIn(definitions, ref.kind, namespace);
        // Only where the repository manages this kind of object in this namespace.
        if (!managesNear(definitions, ref.kind, namespace, ctx.uri) || candidates.some((d) => d.name === ref.name)) continue;
        const range = nodeRange(ctx.lines, ref.node);
        if (!range) continue;
        reported.add(ref.node);
        ctx.report({ messageId: 'missing', range, data: { resource: describeObject(object), via: ref.via, kind: ref.kind, name: ref.name, namespace }, resource: resourceOf(object) });
      }
    }
  },
});
