import { addFlagEdit, controlPlaneContainers, describeComponent, flagOf, missingFlagRange } from '../../server/src/engine/control-plane';
import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, asSeq, getNode, getPair, isPair, nodeRange, pairKey, scalarValue } from '../../server/src/engine/yaml';

const STRONG = new Set(['kms', 'aescbc', 'aesgcm', 'secretbox']);

export default defineRule({
  meta: {
    id: 'K8S081',
    slug: 'control-plane-encryption-at-rest',
    kind: 'kubernetes',
    title: 'Secrets must be encrypted at rest in etcd',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'Without `--encryption-provider-config` the API server stores Secrets in etcd as plain base64: anyone with an etcd backup, a snapshot of the control-plane disk or etcd client access reads every credential of the cluster. An `EncryptionConfiguration` whose first provider is `identity` also writes new data unencrypted (the first provider encrypts; the others only decrypt). SOC 2 CC6.7 expects stored secrets to be encrypted.',
    remediation: 'Pass `--encryption-provider-config` with an EncryptionConfiguration that lists `kms` (v2) or `aescbc`/`secretbox` first for `secrets` (keep `identity` last, only to read data written before encryption), then rewrite existing Secrets (`kubectl get secrets -A -o json | kubectl replace -f -`).',
    fix: 'suggestion',
    messages: {
      missing: '{{component}} does not set --encryption-provider-config: Secrets are stored unencrypted in etcd.',
      identityFirst: '{{resource}} lists "{{provider}}" first for {{resources}}: new data is written unencrypted.',
    },
    peers: ['CKV_K8S_104', 'KICS cbd2db69', 'KICS 10efce34', 'KCV-0030'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver' || flagOf(cp, 'encryption-provider-config')) continue;
      const range = missingFlagRange(ctx.lines, cp);
      if (!range) continue;
      const edit = addFlagEdit(ctx.lines, cp, 'encryption-provider-config', '/etc/kubernetes/enc/encryption-config.yaml');
      ctx.report({ messageId: 'missing', range, data: { component: describeComponent(cp) }, resource: resourceOf(cp.container.pod.object), suggestions: edit ? [{ title: 'Add --encryption-provider-config (write and mount the EncryptionConfiguration)', edits: [edit] }] : [] });
    }
    for (const object of ctx.objects) {
      if (object.kind !== 'EncryptionConfiguration' || !object.apiVersion.startsWith('apiserver.config.k8s.io/')) continue;
      for (const item of asSeq(getNode(object.map, 'resources'))?.items ?? []) {
        const entry = asMap(item);
        const first = asMap(asSeq(getNode(entry, 'providers'))?.items[0]);
        const firstKey = first?.items.find(isPair);
        const provider = firstKey ? pairKey(firstKey) : undefined;
        if (!firstKey || !provider || STRONG.has(provider)) continue;
        const range = nodeRange(ctx.lines, firstKey.key);
        if (!range) continue;
        const resources = (asSeq(getPair(entry, 'resources')?.value)?.items ?? []).map((r) => String(scalarValue(r) ?? '')).join(', ');
        ctx.report({ messageId: 'identityFirst', range, data: { resource: describeObject(object), provider, resources: resources || 'its resources' }, resource: resourceOf(object) });
      }
    }
  },
});
